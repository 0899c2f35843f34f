package org.retrace.format.nativejson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.retrace.model.Timeline;
import org.retrace.model.Trace;

/** Field-by-field equality of two traces: the tree, every node field and every event. */
public final class TraceAssertions {
    private TraceAssertions() {
    }

    public static void assertSameTrace(Trace expected, Trace actual) {
        assertEquals(expected.info(), actual.info());
        assertEquals(expected.nodeCount(), actual.nodeCount(), "node count");
        assertEquals(expected.metricNames(), actual.metricNames(), "metric names");
        for (int node = 0; node < expected.nodeCount(); node++) {
            String where = "node " + node;
            assertEquals(expected.id(node), actual.id(node), where);
            assertEquals(expected.parent(node), actual.parent(node), where);
            assertEquals(expected.kind(node), actual.kind(node), where);
            assertEquals(expected.status(node), actual.status(node), where);
            assertEquals(expected.label(node), actual.label(node), where);
            assertEquals(expected.text(node), actual.text(node), where);
            assertEquals(expected.createdAt(node), actual.createdAt(node), where);
            for (String metric : expected.metricNames()) {
                assertEquals(expected.metric(node, metric), actual.metric(node, metric), where + " " + metric);
            }
            assertEquals(expected.spanStart(node), actual.spanStart(node), where);
            assertEquals(expected.spanEnd(node), actual.spanEnd(node), where);
            assertEquals(expected.sourceStart(node), actual.sourceStart(node), where);
            assertEquals(expected.sourceEnd(node), actual.sourceEnd(node), where);
            assertEquals(expected.attributes(node), actual.attributes(node), where);
        }
        Timeline before = expected.timeline();
        Timeline after = actual.timeline();
        assertEquals(before.size(), after.size(), "event count");
        for (int e = 0; e < before.size(); e++) {
            String where = "event " + e;
            assertEquals(before.type(e), after.type(e), where);
            assertEquals(before.node(e), after.node(e), where);
            assertEquals(before.backtrackOrigin(e), after.backtrackOrigin(e), where);
            assertEquals(before.newStatus(e), after.newStatus(e), where);
            assertEquals(before.metricColumn(e), after.metricColumn(e), where);
            assertEquals(before.bound(e), after.bound(e), where);
            assertEquals(before.value(e), after.value(e), where);
            assertEquals(before.previousValue(e), after.previousValue(e), where);
            assertEquals(before.time(e), after.time(e), where);
            assertEquals(before.note(e), after.note(e), where);
            assertEquals(before.attributes(e), after.attributes(e), where);
        }
    }
}
