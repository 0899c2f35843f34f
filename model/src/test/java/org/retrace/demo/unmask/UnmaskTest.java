package org.retrace.demo.unmask;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.decoding.SequenceHistory;
import org.retrace.demo.DemoSettings;
import org.retrace.demo.Demos;
import org.retrace.format.TraceFiles;
import org.retrace.model.Trace;

class UnmaskTest {
    @TempDir
    Path directory;

    /** With its defaults (36 clues, seed 2) the remasking sampler takes tokens back and ends with a valid grid. */
    @Test
    void theRemaskingSamplerRepairsItsClashesAndSolvesTheGrid() {
        Trace trace = Demos.named("unmask").run(new DemoSettings(36, 2, 2_000, "remask"));
        SequenceHistory history = SequenceHistory.of(trace);

        int last = history.steps() - 1;
        assertEquals(0, history.undecided());
        assertTrue(history.remasks() > 0, "it took tokens back");
        assertEquals(45, history.tokensDecided() - history.remasks(), "81 cells less 36 clues stand at the end");
        assertEquals(0, clashes(history, last), "no two peers share a digit");
    }

    @Test
    void theSamplerThatNeverTakesBackEndsWithClashes() {
        Trace trace = Demos.named("unmask").run(new DemoSettings(36, 2, 2_000, "no-remask"));
        SequenceHistory history = SequenceHistory.of(trace);

        assertEquals(0, history.remasks());
        assertEquals(45, history.tokensDecided());
        assertTrue(clashes(history, history.steps() - 1) > 0);
    }

    /** The demo's steps written as a LLaDA-style history read back as the same decoding. */
    @Test
    void theReaderReadsTheDemosHistoryAsTheDemoRecordedIt() throws Exception {
        SequenceHistory recorded = SequenceHistory.of(Demos.named("unmask").run(new DemoSettings(36, 2, 2_000, "remask")));
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
