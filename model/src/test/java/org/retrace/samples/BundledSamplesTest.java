package org.retrace.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.retrace.decoding.SequenceHistory;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFiles;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.stats.TraceStatistics;

/** Every file in the repository's samples/ loads without warnings and tells a search with outcomes. */
class BundledSamplesTest {
    private static final Path SAMPLES = Path.of("..", "samples");

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            List<Path> traces = files.filter(file -> file.toString().endsWith(".jsonl")
                    || file.toString().endsWith(".json") || file.toString().endsWith(".csv")
                    || file.toString().endsWith(".md")).sorted().toList();
            assertTrue(traces.size() >= 3, "samples/ holds at least three traces, found " + traces);
            return traces.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void loadsWithoutWarningsAndHasBacktracksAndAnOutcome(Path sample) throws IOException {
        LoadedTraces loaded = TraceFiles.load(sample);
        Trace trace = loaded.first();
        TraceStatistics stats = TraceStatistics.of(trace, loaded.format());

        // A diffusion decoding backtracks at the level of tokens: it takes them back.
        int backtracks = SequenceHistory.canShow(trace) ? SequenceHistory.of(trace).remasks() : stats.backtracks();

        assertEquals(List.of(), loaded.warnings());
        assertTrue(backtracks >= 3, sample + " backtracks: " + backtracks);
        assertTrue(stats.solutions() >= 1, sample + " solutions: " + stats.solutions());
        assertTrue(TraceStatistics.count(trace, NodeStatus.FAILED) + TraceStatistics.count(trace, NodeStatus.PRUNED) >= 2,
                sample + " has dead ends");
    }
}
