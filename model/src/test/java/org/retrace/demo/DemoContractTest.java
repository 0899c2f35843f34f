package org.retrace.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.retrace.format.TraceFiles;
import org.retrace.format.nativejson.NativeTraceWriter;
import org.retrace.format.nativejson.TraceAssertions;
import org.retrace.model.Bound;
import org.retrace.model.NodeStatus;
import org.retrace.model.Replay;
import org.retrace.model.Timeline;
import org.retrace.model.Trace;
import org.retrace.narration.Narration;
import org.retrace.model.TraceState;

/** What every demo promises, checked on each with its default settings and with every variant. */
class DemoContractTest {
    @TempDir
    Path directory;

    static Stream<DemoRun> runs() {
        List<DemoRun> runs = new ArrayList<>();
        for (Demo demo : Demos.all()) {
            for (String variant : demo.variants()) {
                DemoSettings defaults = demo.defaults();
                DemoSettings settings = new DemoSettings(defaults.size(), defaults.seed(), defaults.nodeLimit(), variant);
                runs.add(new DemoRun(demo, settings, demo.run(settings)));
            }
        }
        return runs.stream();
    }

    record DemoRun(Demo demo, DemoSettings settings, Trace trace) {
        @Override
        public String toString() {
            return demo.name() + " " + settings.variant();
        }
    }

    @ParameterizedTest
    @MethodSource("runs")
    void narratesEveryEventInItsOwnWords(DemoRun run) {
        Trace trace = run.trace();
        Timeline timeline = trace.timeline();
        for (int event = 0; event < timeline.size(); event++) {
            Object narration = timeline.attributes(event).get(DemoRecorder.NARRATION);
            String said = switch (timeline.type(event)) {
                case NODE -> trace.text(timeline.node(event));
                case NOTE -> timeline.note(event);
                default -> narration == null ? null : narration.toString();
            };
            assertNotNull(said, run + ": event " + event + " (" + timeline.type(event) + ") is not narrated");
            assertFalse(said.isBlank(), run + ": event " + event + " has an empty narration");
            assertEquals(said, Narration.of(trace, event));
        }
    }

    @ParameterizedTest
    @MethodSource("runs")
    void givesEveryNodeAStateAndNamesTheDemo(DemoRun run) {
        Trace trace = run.trace();
        assertEquals(run.demo().name(), trace.info().attributes().get(DemoRecorder.DEMO));
        assertTrue(trace.nodeCount() > 1, run + " made " + trace.nodeCount() + " nodes");
        for (int node = 0; node < trace.nodeCount(); node++) {
            assertNotNull(trace.attributes(node).get(DemoRecorder.STATE), run + ": node " + node + " has no state");
        }
    }

    @ParameterizedTest
    @MethodSource("runs")
    void replaysToTheEndAndStepsBackToTheStartUnchanged(DemoRun run) {
        Trace trace = run.trace();
        Replay replay = new Replay(trace);
        List<String> forward = new ArrayList<>();
        while (!replay.atEnd()) {
            forward.add(describe(trace, replay.state()));
            replay.stepForward();
        }
        assertEquals(trace.timeline().size(), replay.position());
        for (int position = forward.size() - 1; position >= 0; position--) {
            replay.stepBack();
            assertEquals(forward.get(position), describe(trace, replay.state()), run + " at " + position);
        }
        assertTrue(replay.atStart());
    }

    @ParameterizedTest
    @MethodSource("runs")
    void savesAndReadsBackAsTheSameTrace(DemoRun run) throws Exception {
        Path file = directory.resolve(run.demo().name() + ".jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            new NativeTraceWriter().writeEventLog(List.of(run.trace()), out);
        }
        TraceAssertions.assertSameTrace(run.trace(), TraceFiles.load(file).first());
    }

    @ParameterizedTest
    @MethodSource("runs")
    void refusesASizeOutsideItsRange(DemoRun run) {
        Demo demo = run.demo();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> demo.run(new DemoSettings(demo.maxSize() + 1, 1, 1000, "")));
        assertTrue(refused.getMessage().contains(demo.sizeMeaning()), refused.getMessage());
    }

    /** The replay state in full: every created node's status and metrics, the cursor and the bounds. */
    private static String describe(Trace trace, TraceState state) {
        StringBuilder text = new StringBuilder("cursor " + state.cursor() + " nodes " + state.nodeCount());
        for (int node = 0; node < state.nodeCount(); node++) {
            NodeStatus status = state.status(node);
            text.append(' ').append(status.ordinal());
            for (String metric : trace.metricNames()) {
                text.append(',').append(state.metric(node, metric));
            }
        }
        for (Bound bound : Bound.values()) {
            text.append(' ').append(state.bound(bound));
        }
        return text.toString();
    }
}
