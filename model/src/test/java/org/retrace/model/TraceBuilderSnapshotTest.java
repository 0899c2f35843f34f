package org.retrace.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.retrace.format.nativejson.TraceAssertions;

class TraceBuilderSnapshotTest {
    @Test
    void aSnapshotKeepsTheSearchAsItWasWhileTheBuilderGoesOn() {
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("live"));
        int root = builder.addNode("r", -1, "state", NodeStatus.OPEN, "root", null, Double.NaN);
        builder.visit(root, Double.NaN);
        int left = builder.addNode("a", root, "state", NodeStatus.OPEN, "left", null, Double.NaN);
        builder.metric(left, "value", 0.5, Double.NaN);

        Trace early = builder.snapshot();

        builder.status(left, NodeStatus.FAILED, Double.NaN);
        builder.setLabel(left, "left, failed");
        builder.setAttribute(left, "nogood", "x != 1");
        int right = builder.addNode("b", root, "state", NodeStatus.OPEN, "right", "a text", Double.NaN);
        builder.moveCursorTo(right, Double.NaN);
        builder.note(right, "why", Double.NaN);
        builder.setEventAttribute(builder.eventCount() - 1, "k", 1L);

        assertEquals(2, early.nodeCount());
        assertEquals(4, early.timeline().size());
        assertEquals(NodeStatus.OPEN, early.status(left));
        assertEquals("left", early.label(left));
        assertEquals(-1, early.findNode("b"));
        assertEquals(-1, early.nextSibling(left));
        assertEquals(0.5, early.metric(left, "value"));
        assertEquals(java.util.Map.of(), early.attributes(left));

        Trace later = builder.snapshot();
        TraceAssertions.assertSameTrace(builder.build(), later);
    }
}
