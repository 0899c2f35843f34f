package org.retrace.format.diffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retrace.decoding.SequenceHistory;
import org.retrace.decoding.SequenceHistory.Change;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFiles;

/**
 * The bundled diffusion sample, read by hand: a 13-token prompt and 20 masked positions decided
 * over 8 steps, three a step but for step 4, which decides two. Steps 4, 5 and 6 each take one
 * token back: "six" (position 16), "They" (19) and "insects" (21).
 */
class DiffusionSampleTest {
    private static final Path SAMPLE = Path.of("../samples/diffusion-decoding.json");

    @Test
    void theSampleDecodesTwentyPositionsAndTakesThreeTokensBack() throws IOException {
        LoadedTraces loaded = TraceFiles.load(SAMPLE);
        SequenceHistory history = SequenceHistory.of(loaded.first());

        assertEquals(DiffusionHistoryReader.FORMAT, loaded.format());
        assertEquals(33, history.positions());
        assertEquals(9, history.steps(), "the prompt and 8 steps");
        assertArrayEquals(new int[] {0, 3, 3, 3, 2, 3, 3, 3, 3}, history.decidedPerStep());
        assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1, 1, 0, 0}, history.remasksPerStep());
        assertEquals(List.of(new Change(2, "six", 0.34), new Change(4, null, Double.NaN), new Change(5, "eight", 0.88)),
                history.history(16));
        assertEquals(List.of(new Change(4, "insects", 0.38), new Change(6, null, Double.NaN),
                new Change(7, "arachnids", 0.86)), history.history(21));
        assertEquals(0, history.undecided());
        assertEquals("LLaDA-8B-Instruct (illustration)", loaded.first().info().attributes().get("model"));
    }
}
