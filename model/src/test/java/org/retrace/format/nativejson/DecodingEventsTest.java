package org.retrace.format.nativejson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.decoding.SequenceHistory;
import org.retrace.decoding.SequenceHistory.Change;
import org.retrace.format.TraceFiles;
import org.retrace.format.TraceFormatException;

/** A sampler's own log of a three-position decoding, in the native format's decoding events. */
class DecodingEventsTest {
    private static final String HEADER = "{\"format\":\"retrace\",\"version\":1,\"name\":\"logged\","
            + "\"search\":\"diffusion decoding\"}\n{\"ev\":\"sequence\",\"length\":3,\"mask\":\"[MASK]\",\"t\":0}\n";

    @TempDir
    Path directory;

    /**
     * Step 1 unmasks "The" and "."; step 2 "cat" (0.4); step 3 takes "cat" back; step 4 unmasks
     * "dog" (0.8); step 5 replaces it with "cow".
     */
    @Test
    void aLoggedDecodingReadsAsASavedHistoryDoes() throws IOException {
        Path log = Files.writeString(directory.resolve("logged.jsonl"), HEADER + """
                {"ev":"unmask","pos":0,"token":"The","confidence":0.9,"t":1}
                {"ev":"unmask","pos":2,"token":".","t":1}
                {"ev":"unmask","pos":1,"token":"cat","confidence":0.4,"t":2}
                {"ev":"remask","pos":1,"t":3}
                {"ev":"unmask","pos":1,"token":"dog","confidence":0.8,"t":4}
                {"ev":"replace","pos":1,"token":"cow","t":5}
                """);

        SequenceHistory history = SequenceHistory.of(TraceFiles.load(log).first());

        assertEquals(3, history.positions());
        assertEquals(6, history.steps());
        assertArrayEquals(new int[] {0, 2, 1, 0, 1, 1}, history.decidedPerStep());
        assertArrayEquals(new int[] {0, 0, 0, 1, 0, 0}, history.remasksPerStep());
        assertEquals(List.of(new Change(2, "cat", 0.4), new Change(3, null, Double.NaN), new Change(4, "dog", 0.8),
                new Change(5, "cow", Double.NaN)), history.history(1));
    }

    @Test
    void unmaskingAPositionThatHoldsATokenIsNamedWithItsLine() throws IOException {
        Path log = Files.writeString(directory.resolve("bad.jsonl"), HEADER + """
                {"ev":"unmask","pos":0,"token":"The","t":1}
                {"ev":"unmask","pos":0,"token":"A","t":2}
                """);

        TraceFormatException failure = assertThrows(TraceFormatException.class, () -> TraceFiles.load(log));

        assertTrue(failure.getMessage().startsWith(log + ":4:1: position 0 holds a token already: use replace"),
                failure.getMessage());
    }
}
