package org.retrace.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFiles;
import org.retrace.stats.ReasoningStatistics;

class SyntheticReasoningTest {
    @TempDir
    Path directory;

    private static byte[] records(int count, long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SyntheticReasoning.write(out, count, seed);
        return out.toByteArray();
    }

    @Test
    void writesTheSameRecordsForTheSameSeedAndReadsAsChainsOfThoughtThatGoBack() throws IOException {
        byte[] written = records(3, 7);
        assertArrayEquals(written, records(3, 7));
        Path file = Files.write(directory.resolve("three.jsonl"), written);

        LoadedTraces loaded = TraceFiles.load(file);

        assertEquals("cot", loaded.format());
        assertEquals(List.of("three.jsonl: gen-000001", "three.jsonl: gen-000002", "three.jsonl: gen-000003"),
                loaded.traces().stream().map(trace -> trace.info().name()).toList());
        assertTrue(written.length / 3 > 4000, "about 5 KB a record: " + written.length / 3);
        assertTrue(ReasoningStatistics.of(loaded.first()).backtracks() > 0, "it says 'Wait, that's not right'");
    }

    @Test
    void refusesADatasetOfNoRecords() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> records(0, 1));
        assertTrue(refused.getMessage().contains("found 0"), refused.getMessage());
    }
}
