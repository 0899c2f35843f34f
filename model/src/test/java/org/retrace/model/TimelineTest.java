package org.retrace.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimelineTest {
    private static final double NO_TIME = Double.NaN;
    private Trace trace;

    /**
     * Events: 0 create r, 1 visit r, 2 create a, 3 visit a, 4 a.value=1, 5 a failed, 6 backtrack to
     * r, 7 create b, 8 visit b, 9 b.visits=1, 10 b.visits=2, 11 b solution, 12 incumbent=5.
     */
    @BeforeEach
    void buildTrace() {
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("t"));
        int r = builder.addNode("r", -1, null, NodeStatus.OPEN, "root", null, NO_TIME);
        builder.visit(r, NO_TIME);
        int a = builder.addNode("a", r, null, NodeStatus.OPEN, "a", null, NO_TIME);
        builder.visit(a, NO_TIME);
        builder.metric(a, "value", 1, NO_TIME);
        builder.status(a, NodeStatus.FAILED, NO_TIME);
        builder.backtrack(-1, r, NO_TIME);
        int b = builder.addNode("b", r, null, NodeStatus.OPEN, "b", null, NO_TIME);
        builder.visit(b, NO_TIME);
        builder.metric(b, "visits", 1, NO_TIME);
        builder.metric(b, "visits", 2, NO_TIME);
        builder.solution(b, NO_TIME);
        builder.bound(Bound.INCUMBENT, 5, NO_TIME);
        trace = builder.build();
    }

    @Test
    void countsTheNodesCreatedSoFar() {
        assertEquals(0, trace.stateAt(0).nodeCount());
        assertEquals(1, trace.stateAt(1).nodeCount());
        assertEquals(2, trace.stateAt(7).nodeCount());
        assertEquals(3, trace.stateAt(8).nodeCount());
        assertFalse(trace.stateAt(7).exists(2));
        assertTrue(trace.stateAt(8).exists(2));
        assertNull(trace.stateAt(7).status(2));
    }

    @Test
    void movesTheCursorOnVisitsAndBacktracks() {
        assertEquals(-1, trace.stateAt(1).cursor());
        assertEquals(0, trace.stateAt(2).cursor());
        assertEquals(1, trace.stateAt(4).cursor());
        assertArrayEquals(new int[] {0, 1}, trace.stateAt(6).pathToCursor());
        assertEquals(0, trace.stateAt(7).cursor());
        assertArrayEquals(new int[] {0}, trace.stateAt(7).pathToCursor());
        assertArrayEquals(new int[] {0, 2}, trace.stateAt(13).pathToCursor());
        assertEquals(1, trace.timeline().backtrackOrigin(6));
    }

    @Test
    void givesEachNodesStatusAtAnyPosition() {
        assertEquals(NodeStatus.OPEN, trace.stateAt(5).status(1));
        assertEquals(NodeStatus.FAILED, trace.stateAt(6).status(1));
        assertEquals(NodeStatus.OPEN, trace.stateAt(11).status(2));
        assertEquals(NodeStatus.SOLUTION, trace.stateAt(12).status(2));
        assertEquals(NodeStatus.OPEN, trace.timeline().previousStatus(11));
        assertEquals(NodeStatus.SOLUTION, trace.timeline().newStatus(11));
    }

    @Test
    void givesEachNodesMetricsAtAnyPosition() {
        assertTrue(Double.isNaN(trace.stateAt(4).metric(1, "value")));
        assertEquals(1.0, trace.stateAt(5).metric(1, "value"));
        assertTrue(Double.isNaN(trace.stateAt(9).metric(2, "visits")));
        assertEquals(1.0, trace.stateAt(10).metric(2, "visits"));
        assertEquals(2.0, trace.stateAt(11).metric(2, "visits"));
        assertEquals(1.0, trace.timeline().previousValue(10));
        assertEquals(2.0, trace.timeline().value(10));
        assertEquals(trace.metricNames().indexOf("visits"), trace.timeline().metricColumn(10));
    }

    @Test
    void givesTheBoundsAtAnyPosition() {
        assertTrue(Double.isNaN(trace.stateAt(12).bound(Bound.INCUMBENT)));
        assertEquals(5.0, trace.stateAt(13).bound(Bound.INCUMBENT));
        assertTrue(Double.isNaN(trace.stateAt(13).bound(Bound.BEST_BOUND)));
        assertEquals(Bound.INCUMBENT, trace.timeline().bound(12));
    }

    @Test
    void reachesTheSameCursorAcrossCheckpoints() {
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("chain"));
        int previous = builder.addNode("0", -1, null, NodeStatus.OPEN, null, null, NO_TIME);
        for (int i = 1; i < 200; i++) {
            previous = builder.addNode(Integer.toString(i), previous, null, NodeStatus.OPEN, null, null, NO_TIME);
            builder.visit(previous, NO_TIME);
        }
        Trace chain = builder.build();
        for (int position = 0; position <= chain.timeline().size(); position++) {
            int expected = position < 3 ? -1 : (position - 1) / 2;
            assertEquals(expected, chain.stateAt(position).cursor(), "cursor at position " + position);
        }
    }

    @Test
    void remembersWhenTheCursorFirstReachedEachNode() {
        assertEquals(1, trace.timeline().firstVisit(0));
        assertEquals(3, trace.timeline().firstVisit(1));
        assertEquals(8, trace.timeline().firstVisit(2));
    }

    @Test
    void rejectsPositionsOutsideTheTimeline() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> trace.stateAt(14));
        assertEquals("position 14 is outside 0..13", error.getMessage());
    }

    @Test
    void recordsAVisitWhenABacktrackStartsAwayFromTheCursor() {
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("jump"));
        int r = builder.addNode("r", -1, null, NodeStatus.OPEN, null, null, NO_TIME);
        int a = builder.addNode("a", r, null, NodeStatus.OPEN, null, null, NO_TIME);
        builder.visit(r, NO_TIME);
        builder.backtrack(a, r, NO_TIME);
        Trace jump = builder.build();

        assertEquals(EventType.VISIT, jump.timeline().type(3));
        assertEquals(a, jump.timeline().node(3));
        assertEquals(a, jump.timeline().backtrackOrigin(4));
    }
}
