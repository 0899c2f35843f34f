package org.retrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.decoding.SequenceHistory;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFiles;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;

class DemoCommandTest {
    @TempDir
    Path directory;

    @Test
    void listsTheSixDemos() {
        CommandRun run = CommandRun.of("demo", "--list");
        assertEquals(0, run.exitCode(), run.err());
        for (String name : new String[] {"nqueens", "sudoku", "countdown", "mcts", "sat", "knapsack"}) {
            assertTrue(run.out().contains(name + " "), run.out());
        }
    }

    @Test
    void writesEightQueensWithItsNinetyTwoSolutionsAsATraceRenderCanDraw() throws Exception {
        Path trace = directory.resolve("queens.jsonl");
        CommandRun run = CommandRun.of("demo", "nqueens", "--size", "8", "-o", trace.toString());
        assertEquals(0, run.exitCode(), run.err());
        Trace queens = TraceFiles.load(trace).first();
        assertEquals(2057, queens.nodeCount());
        int solutions = 0;
        for (int node = 0; node < queens.nodeCount(); node++) {
            solutions += queens.status(node) == NodeStatus.SOLUTION ? 1 : 0;
        }
        assertEquals(92, solutions);

        Path png = directory.resolve("queens.png");
        CommandRun render = CommandRun.of("render", trace.toString(), "-o", png.toString(), "--width", "400",
                "--height", "300");
        assertEquals(0, render.exitCode(), render.err());
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void writesCountdownAsStreamOfSearchTextThatReadsBack() throws Exception {
        Path text = directory.resolve("countdown.txt");
        CommandRun run = CommandRun.of("demo", "countdown", "--variant", "bfs", "-o", text.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(text).startsWith("Current State: "));
        LoadedTraces loaded = TraceFiles.load(text);
        assertEquals("sos", loaded.format());
    }

    @Test
    void writesEveryVariantOfOneProblemIntoOneDocumentAndComparesThem() throws Exception {
        Path both = directory.resolve("sudoku.json");
        CommandRun run = CommandRun.of("demo", "sudoku", "--all-variants", "-o", both.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("  dfs: 12 nodes, 1 solution, 5 failed"), run.out());
        assertTrue(run.out().contains("  sampling: 31 nodes, 1 solution, 7 failed"), run.out());
        LoadedTraces loaded = TraceFiles.load(both);
        assertEquals(2, loaded.traces().size());
        assertEquals(loaded.traces().get(0).info().attributes().get("puzzle"),
                loaded.traces().get(1).info().attributes().get("puzzle"));
    }

    /** The two samplers of demo unmask, side by side on the default puzzle, summed up as decodings. */
    @Test
    void summarisesEveryVariantOfADecodingInStepsAndTokens() {
        CommandRun run = CommandRun.of("demo", "unmask", "--all-variants", "-o", directory.resolve("u.json").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("  remask: 12 steps, 57 tokens decided, 8 taken back, solved\n"), run.out());
        assertTrue(run.out().contains("  no-remask: 9 steps, 49 tokens decided, 0 taken back, ends with 8 clashes"),
                run.out());
    }

    /** --puzzle gives demo unmask a grid of one's own: here a row missing only its 9 decodes in one step. */
    @Test
    void decodesAGivenPuzzle() throws Exception {
        String puzzle = "12345678." + "456789123" + "789123456" + "214365897" + "365897214" + "897214365"
                + "531642978" + "642978531" + "978531642";
        Path trace = directory.resolve("unmask.jsonl");

        CommandRun run = CommandRun.of("demo", "unmask", "--puzzle", puzzle, "-o", trace.toString());
        CommandRun refused = CommandRun.of("demo", "unmask", "--puzzle", "123", "-o", trace.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("unmask remask (80 clues, seed 11)"), run.out());
        assertEquals("9", SequenceHistory.of(TraceFiles.load(trace).first()).token(1, 8));
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("a Sudoku puzzle is 81 characters, found 3"), refused.err());
    }

    @Test
    void solvesADimacsFile() throws Exception {
        Path cnf = Files.writeString(directory.resolve("tiny.cnf"), "p cnf 3 3\n1 2 0\n-1 3 0\n-3 -2 0\n");
        Path trace = directory.resolve("sat.jsonl");
        CommandRun run = CommandRun.of("demo", "sat", "--cnf", cnf.toString(), "-o", trace.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("3 clauses"), run.out());
    }

    @Test
    void refusesAnUnknownDemoOrSizeWithTheRangeAndWritesNothing() {
        Path trace = directory.resolve("none.jsonl");
        CommandRun unknown = CommandRun.of("demo", "chess", "-o", trace.toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("there is no demo called 'chess'"), unknown.err());
        CommandRun tooBig = CommandRun.of("demo", "nqueens", "--size", "13", "-o", trace.toString());
        assertEquals(2, tooBig.exitCode());
        assertTrue(tooBig.err().contains("nqueens: the board size must be 4 to 12, found 13"), tooBig.err());
        CommandRun text = CommandRun.of("demo", "sat", "-o", directory.resolve("sat.txt").toString());
        assertEquals(2, text.exitCode());
        assertFalse(Files.exists(trace));
    }
}
