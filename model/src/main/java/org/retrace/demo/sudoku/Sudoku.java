package org.retrace.demo.sudoku;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.retrace.demo.DemoRecorder;
import org.retrace.demo.DemoSettings;
import org.retrace.demo.GivenPuzzle;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;

/**
 * Sudoku two ways on the same puzzle: depth-first search with constraint propagation (fill every
 * cell that has one candidate, and every digit that has one place in a row, column or box, then
 * guess in the cell with the fewest candidates and back up on a contradiction), and parallel
 * independent samples (best-of-n: each sample guesses at random with the same propagation and
 * never backs up; a failed sample is dropped and a fresh one starts from the puzzle). A node's
 * state is its grid, 81 characters row by row with '.' for an empty cell; the puzzle's clues are
 * the trace's {@code puzzle} attribute.
 */
public final class Sudoku implements GivenPuzzle {
    private static final Description DESCRIPTION = new Description("sudoku", "Sudoku: backtracking or parallel samples",
            "Fills forced cells by propagation, then guesses: depth first with backtracking, or as independent "
                    + "random samples that never back up (best-of-n).",
            "number of clues", 17, 80, new DemoSettings(22, 3, 2_000, ""), List.of("dfs", "sampling"));

    @Override
    public Description description() {
        return DESCRIPTION;
    }

    /**
     * A puzzle with one solution, cut from a full grid drawn from the seed: clues are taken away in
     * random order as long as the solution stays unique, down to {@code clues} or as few as this
     * grid allows (rarely under 22).
     */
    public static String puzzle(int clues, long seed) {
        Random random = new Random(seed);
        Grid full = fillRandomly(new Grid(), random);
        List<Integer> cells = new ArrayList<>();
        for (int cell = 0; cell < Grid.CELLS; cell++) {
            cells.add(cell);
        }
        Collections.shuffle(cells, random);
        char[] puzzle = full.text().toCharArray();
        int left = Grid.CELLS;
        for (int cell : cells) {
            if (left == clues) {
                break;
            }
            char digit = puzzle[cell];
            puzzle[cell] = '.';
            if (solutions(parse(new String(puzzle)), 2) == 1) {
                left--;
            } else {
                puzzle[cell] = digit;
            }
        }
        return new String(puzzle);
    }

    /** How many solutions {@code grid} has, counting no further than {@code limit}. */
    static int solutions(Grid grid, int limit) {
        Grid copy = new Grid(grid);
        if (Propagation.run(copy).contradiction() != null) {
            return 0;
        }
        if (copy.isFull()) {
            return 1;
        }
        int cell = Search.tightestCell(copy);
        int found = 0;
        for (int digit : Grid.digitsOf(copy.candidates(cell))) {
            Grid next = new Grid(copy);
            next.place(cell, digit);
            found += solutions(next, limit - found);
            if (found >= limit) {
                break;
            }
        }
        return found;
    }

    /** A full grid completing {@code grid}, digits tried in random order; null when there is none. */
    private static Grid fillRandomly(Grid grid, Random random) {
        int cell = -1;
        for (int c = 0; c < Grid.CELLS && cell < 0; c++) {
            if (grid.digit(c) == 0) {
                cell = c;
            }
        }
        if (cell < 0) {
            return grid;
        }
        List<Integer> digits = new ArrayList<>();
        for (int digit : Grid.digitsOf(grid.candidates(cell))) {
            digits.add(digit);
        }
        Collections.shuffle(digits, random);
        for (int digit : digits) {
            Grid next = new Grid(grid);
            next.place(cell, digit);
            Grid full = fillRandomly(next, random);
            if (full != null) {
                return full;
            }
        }
        return null;
    }

    @Override
    public Trace run(DemoSettings settings) {
        String variant = check(settings);
        String puzzle = puzzle(settings.size(), settings.seed());
        return run(settings, variant, puzzle);
    }

    /** Solves {@code puzzle} (81 characters, '.' or '0' for empty) with the settings' variant and node limit. */
    public Trace run(DemoSettings settings, String puzzle) {
        return run(settings, check(settings), puzzle);
    }

    private Trace run(DemoSettings settings, String variant, String puzzle) {
        Grid grid = parse(puzzle);
        boolean sampling = "sampling".equals(variant);
        DemoRecorder recorder = new DemoRecorder(this, settings, variant, "Sudoku with " + clues(grid) + " clues, "
                + (sampling ? "parallel samples" : "depth first with propagation"), sampling ? "best-of-n sampling"
                : "backtracking", Map.of("puzzle", grid.text()));
        Search search = new Search(recorder, new Random(settings.seed()));
        if (sampling) {
            search.sample(grid);
        } else {
            search.depthFirst(grid);
        }
        return recorder.build();
    }

    /**
     * {@code puzzle} as 81 characters, '.' for an empty cell; fails, saying where, on a puzzle that
     * is not 81 cells of 1-9, '.' or 0, or that repeats a digit in a row, column or box.
     */
    public static String checked(String puzzle) {
        return parse(puzzle).text();
    }

    private static Grid parse(String puzzle) {
        if (puzzle.length() != Grid.CELLS) {
            throw new IllegalArgumentException("a Sudoku puzzle is 81 characters, found " + puzzle.length());
        }
        Grid grid = new Grid();
        for (int cell = 0; cell < Grid.CELLS; cell++) {
            char ch = puzzle.charAt(cell);
            if (ch >= '1' && ch <= '9') {
                if (!grid.isCandidate(cell, ch - '0')) {
                    throw new IllegalArgumentException("the puzzle repeats " + ch + " in a row, column or box at "
                            + SudokuUnits.cellName(cell));
                }
                grid.place(cell, ch - '0');
            } else if (ch != '.' && ch != '0') {
                throw new IllegalArgumentException("a Sudoku cell is 1-9, '.' or '0', found '" + ch + "' at "
                        + SudokuUnits.cellName(cell));
            }
        }
        return grid;
    }

    private static int clues(Grid grid) {
        int clues = 0;
        for (int cell = 0; cell < Grid.CELLS; cell++) {
            if (grid.digit(cell) != 0) {
                clues++;
            }
        }
        return clues;
    }

    private static final class Search {
        private final DemoRecorder recorder;
        private final Random random;
        private boolean stopped;

        Search(DemoRecorder recorder, Random random) {
            this.recorder = recorder;
            this.random = random;
        }

        void depthFirst(Grid puzzle) {
            Grid grid = new Grid(puzzle);
            Propagation propagation = Propagation.run(grid);
            int root = root(grid, propagation);
            boolean solved = settle(root, grid, propagation);
            if (stopped) {
                recorder.note(-1, "The node limit is reached: the search stops unsolved.");
            } else if (!solved) {
                recorder.note(-1, "Every guess led to a contradiction: the puzzle has no solution.");
            }
        }

        /** The puzzle's node, its grid already propagated; the search starts there. */
        private int root(Grid grid, Propagation propagation) {
            int root = recorder.node(-1, "grid", "puzzle", grid.text(),
                    "The puzzle: fill every row, column and box with 1 to 9.");
            recorder.visit(root, "Start from the clues.");
            recorder.note(root, propagation.summary());
            return root;
        }

        /** Finishes a node whose propagation has run: solved, failed, or branch on the tightest cell. */
        private boolean settle(int node, Grid grid, Propagation propagation) {
            if (propagation.contradiction() != null) {
                recorder.status(node, NodeStatus.FAILED, propagation.contradiction() + ": contradiction, back up.");
                return false;
            }
            if (grid.isFull()) {
                recorder.solution(node, "Every cell is filled and no rule is broken: solved.");
                return true;
            }
            int cell = tightestCell(grid);
            int[] digits = Grid.digitsOf(grid.candidates(cell));
            recorder.status(node, NodeStatus.EXPANDED, SudokuUnits.cellName(cell) + " has the fewest candidates ("
                    + list(digits) + "): guess each in turn.");
            for (int i = 0; i < digits.length; i++) {
                if (recorder.full()) {
                    stopped = true;
                    return false;
                }
                Grid next = new Grid(grid);
                next.place(cell, digits[i]);
                Propagation after = Propagation.run(next);
                int child = recorder.node(node, "guess", SudokuUnits.cellName(cell) + "=" + digits[i], next.text(),
                        "Guess " + digits[i] + " in " + SudokuUnits.cellName(cell) + ".");
                recorder.attribute(child, "cell", cell);
                recorder.visit(child, "Put " + digits[i] + " in " + SudokuUnits.cellName(cell) + " and see what follows.");
                recorder.note(child, after.summary());
                if (settle(child, next, after)) {
                    return true;
                }
                if (stopped) {
                    return false;
                }
                recorder.backtrack(node, i < digits.length - 1 ? "Take back " + digits[i] + " in "
                        + SudokuUnits.cellName(cell) + ": try " + digits[i + 1] + "."
                        : "No candidate of " + SudokuUnits.cellName(cell) + " works: back up further.");
            }
            return false;
        }

        void sample(Grid puzzle) {
            Grid start = new Grid(puzzle);
            Propagation first = Propagation.run(start);
            int root = root(start, first);
            if (first.contradiction() != null || start.isFull()) {
                settle(root, start, first);
                return;
            }
            recorder.status(root, NodeStatus.EXPANDED, "Each sample starts here and guesses at random, never "
                    + "backing up; the first sample to fill the grid wins.");
            for (int sample = 1; ; sample++) {
                if (recorder.full()) {
                    recorder.note(-1, "The node limit is reached after " + (sample - 1) + " samples: none solved it.");
                    return;
                }
                if (runSample(root, start, sample)) {
                    recorder.note(-1, "Sample " + sample + " solved the puzzle, using " + recorder.nodeCount()
                            + " nodes in all.");
                    return;
                }
                recorder.backtrack(root, "Sample " + sample + " is dropped; sample " + (sample + 1)
                        + " starts afresh from the puzzle.");
            }
        }

        /** One sample's chain of random guesses from the root; true when it fills the grid. */
        private boolean runSample(int root, Grid start, int sample) {
            Grid grid = new Grid(start);
            int node = root;
            int guesses = 0;
            while (true) {
                int cell = tightestCell(grid);
                int[] digits = Grid.digitsOf(grid.candidates(cell));
                int digit = digits[random.nextInt(digits.length)];
                grid.place(cell, digit);
                Propagation after = Propagation.run(grid);
                guesses++;
                node = recorder.node(node, "guess", SudokuUnits.cellName(cell) + "=" + digit, grid.text(), "Sample "
                        + sample + ", guess " + guesses + ": " + digit + " in " + SudokuUnits.cellName(cell) + ", picked at "
                        + "random from " + list(digits) + ".");
                recorder.attribute(node, "cell", cell);
                recorder.attribute(node, "sample", sample);
                recorder.visit(node, "Sample " + sample + " puts " + digit + " in " + SudokuUnits.cellName(cell) + ".");
                recorder.note(node, after.summary());
                if (after.contradiction() != null) {
                    recorder.status(node, NodeStatus.FAILED, after.contradiction() + ": sample " + sample
                            + " fails after " + guesses + (guesses == 1 ? " guess." : " guesses."));
                    return false;
                }
                if (grid.isFull()) {
                    recorder.solution(node, "Sample " + sample + " fills every cell without breaking a rule: "
                            + "solved.");
                    return true;
                }
                if (recorder.full()) {
                    return false;
                }
                recorder.status(node, NodeStatus.EXPANDED, SudokuUnits.cellName(tightestCell(grid))
                        + " has the fewest candidates: sample " + sample + " guesses there next.");
            }
        }

        /** The empty cell with the fewest candidates, the first such in reading order. */
        static int tightestCell(Grid grid) {
            int best = -1;
            int fewest = Integer.MAX_VALUE;
            for (int cell = 0; cell < Grid.CELLS; cell++) {
                if (grid.digit(cell) == 0) {
                    int count = Integer.bitCount(grid.candidates(cell));
                    if (count < fewest) {
                        fewest = count;
                        best = cell;
                    }
                }
            }
            return best;
        }

        private static String list(int[] digits) {
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < digits.length; i++) {
                list.append(i == 0 ? "" : i == digits.length - 1 ? " or " : ", ").append(digits[i]);
            }
            return list.toString();
        }
    }
}
