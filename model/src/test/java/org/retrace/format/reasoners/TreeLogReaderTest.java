package org.retrace.format.reasoners;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFiles;
import org.retrace.format.fixtures.Fixtures;
import org.retrace.model.EventType;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;

class TreeLogReaderTest {
    /** Two snapshots: nodes 0-2, then 3 and 4 under 1; Q of node 1 goes from 0.81 to 0.85. */
    @Test
    void turnsSnapshotsIntoIterationsWithBackpropagatedQ() throws Exception {
        LoadedTraces loaded = TraceFiles.load(Fixtures.fixture("llm/llm-reasoners-treelog-synthetic.json"));
        Trace trace = loaded.first();

        assertEquals("llm-reasoners", loaded.format());
        assertEquals(5, trace.nodeCount());
        assertEquals(1, trace.parent(trace.findNode("3")));
        assertEquals(0.85, trace.metric(1, "Q"));
        assertEquals(0.81, trace.stateAt(7).metric(1, "Q"));
        assertEquals(0.85, trace.stateAt(8).metric(1, "Q"));
        assertEquals(NodeStatus.EXPANDED, trace.status(1));
        assertEquals(NodeStatus.OPEN, trace.status(trace.findNode("2")));
        assertEquals(1, trace.timeline().backtrackCount());
        assertEquals(trace.findNode("3"), trace.stateAt(trace.timeline().size()).cursor());
        assertEquals("block state: the orange block is on the table, ...", trace.text(trace.findNode("3")));
        assertEquals(14, trace.timeline().size());
        assertEquals(EventType.NOTE, trace.timeline().type(6));
    }
}
