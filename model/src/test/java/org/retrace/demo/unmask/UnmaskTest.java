package org.retrace.demo.unmask;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.dataset.TraceRow;
import org.retrace.decoding.SequenceHistory;
import org.retrace.demo.DemoSettings;
import org.retrace.demo.Demos;
import org.retrace.demo.VariantComparison;
import org.retrace.format.TraceFiles;
import org.retrace.model.Trace;
import org.retrace.narration.Narration;

class UnmaskTest {
    @TempDir
    Path directory;

    /**
     * With its defaults (32 clues, seed 11) the remasking sampler backtracks once, at step 6, where a
     * cell has no digit left, and repairs a clash between two guesses at step 11; it ends solved.
     */
    @Test
    void theRemaskingSamplerRepairsItsClashesAndSolvesTheGrid() {
        Trace trace = Demos.named("unmask").run(new DemoSettings(32, 11, 2_000, "remask"));
        SequenceHistory history = SequenceHistory.of(trace);

        int last = history.steps() - 1;
        assertEquals(0, history.undecided());
        assertEquals(13, history.steps());
        assertEquals(7, history.remasksPerStep()[6], "the latest guess and the 6 tokens committed after it");
        assertEquals(1, history.remasksPerStep()[11], "the weaker of two clashing guesses");
        assertEquals(8, history.remasks());
        assertEquals(49, history.tokensDecided() - history.remasks(), "81 cells less 32 clues stand at the end");
        assertEquals(0, clashes(history, last), "no two peers share a digit");
        assertEquals(true, trace.info().attributes().get("solved"));
    }

    @Test
    void theSamplerThatNeverTakesBackEndsWithClashes() {
        Trace trace = Demos.named("unmask").run(new DemoSettings(32, 11, 2_000, "no-remask"));
        SequenceHistory history = SequenceHistory.of(trace);

        assertEquals(0, history.remasks());
        assertEquals(49, history.tokensDecided());
        assertEquals(8, clashes(history, history.steps() - 1));
        assertEquals(8L, trace.info().attributes().get("clashes"));
        assertEquals(false, trace.info().attributes().get("solved"));
    }

    /** Backtracking over its guesses in the order it made them, the remasking sampler solves hard puzzles too. */
    @Test
    void theRemaskingSamplerSolvesEveryPuzzleOfTwentyFourClues() {
        int fewestSteps = Integer.MAX_VALUE;
        int mostSteps = 0;
        for (long seed = 1; seed <= 10; seed++) {
            Trace trace = Demos.named("unmask").run(new DemoSettings(24, seed, 2_000, "remask"));
            SequenceHistory history = SequenceHistory.of(trace);

            assertEquals(0, history.undecided(), "seed " + seed);
            assertEquals(0, clashes(history, history.steps() - 1), "seed " + seed);
            fewestSteps = Math.min(fewestSteps, history.steps() - 1);
            mostSteps = Math.max(mostSteps, history.steps() - 1);
        }
        assertEquals(11, fewestSteps, "as the README says");
        assertEquals(53, mostSteps, "as the README says");
    }

    /** A puzzle whose first row leaves its last cell no digit has no solution, and the sampler says so. */
    @Test
    void aPuzzleWithoutSolutionStopsTheSamplerWithAReason() {
        String puzzle = "12345678." + "........9" + ".".repeat(63);

        Trace trace = new Unmask().run(new DemoSettings(32, 11, 2_000, "remask"), puzzle);

        assertEquals(1, SequenceHistory.of(trace).steps(), "nothing committed");
        assertEquals(false, trace.info().attributes().get("solved"));
        assertEquals("unmask remask (9 clues, seed 11)", trace.info().name());
        assertEquals(9L, trace.info().attributes().get("size"), "the puzzle's clues, not the default size");
        String last = Narration.of(trace, trace.timeline().size() - 1);
        assertTrue(last.startsWith("As r1c9 has no digit left and no guess is left to take back, the puzzle has no "
                + "solution."), last);
    }

    @Test
    void aPuzzleThatRepeatsADigitIsRefusedSayingWhere() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new Unmask().run(
                new DemoSettings(32, 11, 2_000, "remask"), "11" + ".".repeat(79)));

        assertEquals("the puzzle repeats 1 in a row, column or box at r1c2", refused.getMessage());
    }

    /** "Run every variant" sets the two samplers side by side on the same puzzle, in a decoding's own terms. */
    @Test
    void everyVariantIsSummedUpInStepsTokensAndOutcome() {
        List<Trace> variants = VariantComparison.run(new Unmask(), new Unmask().defaults());

        assertEquals(List.of("remask: 12 steps, 57 tokens decided, 8 taken back, solved",
                "no-remask: 9 steps, 49 tokens decided, 0 taken back, ends with 8 clashes"),
                VariantComparison.summary(variants));
    }

    /** A dataset row of a decoding counts its remasks as backtracks and carries its steps and outcome. */
    @Test
    void aDecodingsDatasetRowCountsItsStepsAndRemasks() {
        TraceRow row = TraceRow.of(new Unmask().run(new Unmask().defaults()), "unmask.json", "retrace-json");

        assertEquals(8, row.backtracks());
        assertEquals(12, row.value("steps"));
        assertEquals(57, row.value("tokens"));
        assertEquals(0, row.value("undecided"));
        assertEquals(true, row.value("solved"));
    }

    /** The demo's steps written as a LLaDA-style history read back as the same decoding. */
    @Test
    void theReaderReadsTheDemosHistoryAsTheDemoRecordedIt() throws Exception {
        SequenceHistory recorded = SequenceHistory.of(Demos.named("unmask").run(new DemoSettings(32, 11, 2_000, "remask")));
        List<List<String>> steps = new ArrayList<>();
        for (int step = 0; step < recorded.steps(); step++) {
            List<String> tokens = new ArrayList<>();
            for (int position = 0; position < recorded.positions(); position++) {
                String token = recorded.token(step, position);
                tokens.add(token == null ? "[MASK]" : token);
            }
            steps.add(tokens);
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("mask", "[MASK]");
        file.put("steps", steps);
        Path history = directory.resolve("unmask-history.json");
        new ObjectMapper().writeValue(history.toFile(), file);

        SequenceHistory read = SequenceHistory.of(TraceFiles.load(history).first());

        assertArrayEquals(recorded.decidedPerStep(), read.decidedPerStep());
        assertArrayEquals(recorded.remasksPerStep(), read.remasksPerStep());
        assertEquals(recorded.finallyDecidedPerStep(), read.finallyDecidedPerStep());
    }

    private static int clashes(SequenceHistory history, int step) {
        int clashes = 0;
        for (int a = 0; a < 81; a++) {
            for (int b = a + 1; b < 81; b++) {
                boolean peers = a / 9 == b / 9 || a % 9 == b % 9 || (a / 27 == b / 27 && a % 9 / 3 == b % 9 / 3);
                String digit = history.token(step, a);
                if (peers && digit != null && digit.equals(history.token(step, b))) {
                    clashes++;
                }
            }
        }
        return clashes;
    }
}
