package org.retrace.format.nativejson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFiles;
import org.retrace.generate.SyntheticSearch;
import org.retrace.model.Bound;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;

class RoundTripTest {
    @TempDir
    Path directory;

    @Test
    void keepsEveryFieldOfARichTraceInBothForms() throws IOException {
        Trace rich = richTrace("rich");
        assertSameAfterWriting(List.of(rich), true);
        assertSameAfterWriting(List.of(rich), false);
    }

    @Test
    void keepsSeveralTracesInADocument() throws IOException {
        assertSameAfterWriting(List.of(richTrace("one"), richTrace("two")), false);
    }

    @Property(tries = 25)
    void keepsAnyGeneratedSearch(@ForAll @IntRange(min = 1, max = 3000) int nodes,
            @ForAll @IntRange(min = 0, max = 1000) int seed, @ForAll boolean eventLog) throws IOException {
        Path scratch = Files.createTempDirectory("retrace-roundtrip");
        try {
            Trace generated = SyntheticSearch.generate(nodes, seed);
            Trace reread = writeAndRead(List.of(generated), eventLog, scratch).first();
            TraceAssertions.assertSameTrace(generated, reread);
        } finally {
            try (var files = Files.list(scratch)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(scratch);
        }
    }

    private void assertSameAfterWriting(List<Trace> traces, boolean eventLog) throws IOException {
        LoadedTraces reread = writeAndRead(traces, eventLog, directory);
        assertEquals(traces.size(), reread.traces().size());
        for (int i = 0; i < traces.size(); i++) {
            TraceAssertions.assertSameTrace(traces.get(i), reread.traces().get(i));
        }
    }

    private static LoadedTraces writeAndRead(List<Trace> traces, boolean eventLog, Path directory)
            throws IOException {
        Path file = directory.resolve(eventLog ? "out.jsonl" : "out.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            if (eventLog) {
                new NativeTraceWriter().writeEventLog(traces, out);
            } else {
                new NativeTraceWriter().writeDocument(traces, out);
            }
        }
        return TraceFiles.load(file);
    }

    private static Trace richTrace(String name) {
        TraceBuilder builder = new TraceBuilder(new TraceInfo(name, "mcts", "Step one. Step two.",
                Map.of("model", "test-llm", "budget", 8L)));
        int root = builder.addNode("root", -1, "state", NodeStatus.EXPANDED, "question", "What is 6 x 7?", 0.0);
        builder.setInitialMetric(root, "visits", 0);
        builder.visit(root, 0.1);
        int step = builder.addNode("s1", root, "thought", NodeStatus.OPEN, "step 1", "Step one.", 0.2);
        builder.setSourceRange(step, 0, 9);
        builder.setAttribute(step, "tokens", List.of(3L, 4L));
        int clip = builder.addNode("clip", root, "memory-clip", NodeStatus.SKIPPED, "0-60 s", null, Double.NaN);
        builder.setSpan(clip, 0, 60);
        builder.visit(step, 0.3);
        builder.metric(step, "visits", 1, 0.4);
        builder.metric(root, "visits", 1, 0.4);
        builder.setEventAttribute(builder.eventCount() - 1, "phase", "backpropagate");
        builder.status(step, NodeStatus.FAILED, 0.5);
        builder.note(step, "wait, that is wrong", 0.6);
        builder.backtrack(-1, root, 0.7);
        builder.bound(Bound.BEST_BOUND, 42.5, Double.NaN);
        builder.solution(clip, 0.9);
        builder.note(-1, "done", Double.NaN);
        return builder.build();
    }
}
