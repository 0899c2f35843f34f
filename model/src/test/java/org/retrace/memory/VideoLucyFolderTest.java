package org.retrace.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFiles;
import org.retrace.format.TraceFormatException;
import org.retrace.model.Trace;

class VideoLucyFolderTest {
    @TempDir
    Path cache;

    @Test
    void assemblesCoarseFineAndSuperFineMemoriesFromACacheFolder() throws Exception {
        Files.createDirectories(cache.resolve("coarse_memory"));
        Files.writeString(cache.resolve("coarse_memory/demo.json"), "[{\"time_period\":[0,60],\"general_memory\":\"a\"},"
                + "{\"time_period\":[60,120],\"general_memory\":\"b\"}]");
        Files.writeString(cache.resolve("coarse_memory/demo_Summarization.json"), "{\"summary\":\"ignored\"}");
        Path fine = Files.createDirectories(cache.resolve("fine_memory_1700000000"));
        Files.writeString(fine.resolve("60s_120s_demo_q1_entire.json"),
                "[{\"time_period\":[60,120],\"general_memory\":\"b, seen closely\"}]");
        Files.writeString(fine.resolve("60s_120s_demo_q1_divided.json"),
                "[{\"time_period\":[60,70],\"general_memory\":\"b1\"},{\"time_period\":[70,80],\"general_memory\":\"b2\"}]");
        Path superFine = Files.createDirectories(cache.resolve("super_fine_memory_1700000100"));
        Files.writeString(superFine.resolve("70s_80s_demo_q1_entire.json"),
                "{\"time_period\":[70,80],\"general_memory\":\"b2, frame by frame\"}");
        Files.writeString(superFine.resolve("70s_80s_demo_q1_divided.json"),
                "[{\"time_period\":[74,75],\"general_memory\":\"the car is red\"}]");

        LoadedTraces loaded = TraceFiles.load(cache);
        Trace trace = loaded.first();

        assertEquals("videolucy", loaded.format());
        assertEquals(8, trace.nodeCount());
        assertEquals(5, trace.maxDepth());
        int answer = trace.findNode("L4 [74, 75]");
        assertEquals("the car is red", trace.text(answer));
        assertEquals(trace.findNode("L3 [70, 80]"), trace.parent(answer));
        assertEquals(trace.findNode("L1 [60, 120]"), trace.parent(trace.findNode("L2 [70, 80]")));
    }

    @Test
    void saysSoWhenAFolderHoldsNoMemory() throws Exception {
        Files.writeString(cache.resolve("notes.txt"), "nothing here");

        TraceFormatException error = assertThrows(TraceFormatException.class, () -> TraceFiles.load(cache));

        assertEquals(true, error.reason().startsWith("no VideoLucy memory files in this folder"));
    }
}
