package org.retrace.format.lats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFileFixture;
import org.retrace.format.TraceFiles;
import org.retrace.format.fixtures.Fixtures;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;

class LatsLogReaderTest {
    @TempDir
    Path directory;

    @Test
    void infersParentsFromDepthAndOrderAndReplaysReselectionsAsBacktracks() throws Exception {
        Path log = new TraceFileFixture(directory).write("lats.log", """
                2023-10-10 01:00:00,000 - INFO - Iteration 1...
                2023-10-10 01:00:01,000 - INFO - NEW NODE: Node(depth=1, value=0.00, visits=0, thought=look, action=search[a], observation=page
                with two lines)
                2023-10-10 01:00:02,000 - INFO - NEW NODE: Node(depth=1, value=0.00, visits=0, action=search[b], observation=none)
                2023-10-10 01:00:03,000 - INFO - NEW NODE: Node(depth=2, value=0.50, visits=1, action=click[x], observation=item)
                2023-10-10 01:00:04,000 - INFO - Need to backtrack or terminal node with reward 0 found at iteration 1, reselecting...
                2023-10-10 01:00:05,000 - INFO - Iteration 2...
                2023-10-10 01:00:06,000 - INFO - NEW NODE: Node(depth=2, value=0.90, visits=2, action=click[y], observation=buy)
                2023-10-10 01:00:06,500 - INFO - reward:1.0
                2023-10-10 01:00:07,000 - INFO - Terminal node with reward 1 found at iteration 2
                """);

        LoadedTraces loaded = TraceFiles.load(log);
        Trace trace = loaded.first();

        assertEquals(List.of(), loaded.warnings());
        assertEquals(5, trace.nodeCount());
        assertEquals(trace.findNode("node 2"), trace.parent(trace.findNode("node 3")));
        assertEquals(trace.findNode("node 2"), trace.parent(trace.findNode("node 4")));
        assertEquals(NodeStatus.FAILED, trace.status(trace.findNode("node 3")));
        assertEquals(NodeStatus.SOLUTION, trace.status(trace.findNode("node 4")));
        assertEquals("Thought: look\nAction: search[a]\nObservation: page\nwith two lines",
                trace.text(trace.findNode("node 1")));
        assertEquals(0.9, trace.metric(trace.findNode("node 4"), "value"));
        assertEquals(1.0, trace.metric(trace.findNode("node 4"), "reward"));
        assertEquals(7.0, trace.timeline().time(trace.timeline().size() - 1));
        assertEquals(1, trace.timeline().backtrackCount());
    }

    @Test
    void readsTheRealWebshopExcerptUpToItsCutOffLastRecord() throws Exception {
        LoadedTraces loaded = TraceFiles.load(Fixtures.fixture("llm/lats-webshop-excerpt.log"));
        Trace trace = loaded.first();

        // 10 NEW NODE records, all at depth 1, under the question; the excerpt stops inside the last one.
        assertEquals(11, trace.nodeCount());
        assertEquals(10, trace.childCount(0));
        assertEquals(13, trace.timeline().size());
        assertEquals("search[long clip-in hair extension natural looking under 40.00 dollars]", trace.label(7));
        assertEquals(1, loaded.warnings().size());
    }
}
