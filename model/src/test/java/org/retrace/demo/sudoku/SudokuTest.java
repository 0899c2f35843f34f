package org.retrace.demo.sudoku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.retrace.demo.DemoRecorder;
import org.retrace.demo.DemoSettings;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.stats.TraceStatistics;

class SudokuTest {
    /** Arto Inkala's "world's hardest" puzzle (2012); its one solution starts 812753649. */
    private static final String HARD =
            "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..";

    @Test
    void solvesAHardPuzzleDepthFirstWithEveryConstraintMet() {
        Trace trace = new Sudoku().run(new DemoSettings(24, 1, 20_000, "dfs"), HARD);
        String solution = solved(trace);
        assertTrue(solution.startsWith("812753649"), solution);
        assertKeepsTheCluesAndMeetsEveryConstraint(HARD, solution);
        assertTrue(TraceStatistics.count(trace, NodeStatus.FAILED) > 0, "a hard puzzle needs at least one backtrack");
    }

    @Test
    void solvesGeneratedPuzzlesByBothMethodsWithEveryConstraintMet() {
        for (long seed = 1; seed <= 8; seed++) {
            String puzzle = Sudoku.puzzle(30, seed);
            assertEquals(30, puzzle.chars().filter(ch -> ch != '.').count());
            assertEquals(1, Sudoku.solutions(parseForTest(puzzle), 5), "the puzzle of seed " + seed);
            for (String variant : new String[] {"dfs", "sampling"}) {
                Trace trace = new Sudoku().run(new DemoSettings(30, seed, 20_000, variant));
                assertEquals(puzzle, trace.info().attributes().get("puzzle"));
                assertKeepsTheCluesAndMeetsEveryConstraint(puzzle, solved(trace));
            }
        }
    }

    @Test
    void samplesNeverBackUpWithinASampleAndStartEachFromThePuzzle() {
        Trace trace = new Sudoku().run(new DemoSettings(22, 3, 20_000, "sampling"));
        for (int event = 0; event < trace.timeline().size(); event++) {
            if (trace.timeline().type(event) == org.retrace.model.EventType.BACKTRACK) {
                assertEquals(0, trace.timeline().node(event), "a sample is dropped back to the puzzle itself");
            }
        }
        for (int node = 1; node < trace.nodeCount(); node++) {
            assertTrue(trace.childCount(node) <= 1, "sample nodes form chains, found " + trace.childCount(node)
                    + " children under node " + node);
        }
    }

    @Test
    void refusesAPuzzleThatRepeatsADigitWithTheCellNamed() {
        String broken = "11" + HARD.substring(2);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Sudoku().run(new DemoSettings(24, 1, 100, "dfs"), broken));
        assertEquals("the puzzle repeats 1 in a row, column or box at r1c2", refused.getMessage());
    }

    private static Grid parseForTest(String puzzle) {
        Grid grid = new Grid();
        for (int cell = 0; cell < 81; cell++) {
            if (puzzle.charAt(cell) != '.') {
                grid.place(cell, puzzle.charAt(cell) - '0');
            }
        }
        return grid;
    }

    private static String solved(Trace trace) {
        for (int node = 0; node < trace.nodeCount(); node++) {
            if (trace.status(node) == NodeStatus.SOLUTION) {
                return (String) trace.attributes(node).get(DemoRecorder.STATE);
            }
        }
        throw new AssertionError("no solution in " + trace.nodeCount() + " nodes");
    }

    private static void assertKeepsTheCluesAndMeetsEveryConstraint(String puzzle, String solution) {
        for (int cell = 0; cell < 81; cell++) {
            if (puzzle.charAt(cell) != '.') {
                assertEquals(puzzle.charAt(cell), solution.charAt(cell), "clue at cell " + cell);
            }
        }
        for (int i = 0; i < 9; i++) {
            Set<Character> row = new HashSet<>();
            Set<Character> column = new HashSet<>();
            Set<Character> box = new HashSet<>();
            for (int j = 0; j < 9; j++) {
                row.add(solution.charAt(i * 9 + j));
                column.add(solution.charAt(j * 9 + i));
                box.add(solution.charAt((i / 3 * 3 + j / 3) * 9 + i % 3 * 3 + j % 3));
            }
            for (Set<Character> unit : java.util.List.of(row, column, box)) {
                assertEquals(Set.of('1', '2', '3', '4', '5', '6', '7', '8', '9'), unit, solution);
            }
        }
    }
}
