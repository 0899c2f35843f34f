package org.retrace.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;

class TraceStatisticsTest {
    @Test
    void countsShapeAndOutcomes() {
        // r has children a, b, c; a has d, e; d failed, e solution, b pruned, c failed.
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("s"));
        int r = builder.addNode("r", -1, null, NodeStatus.EXPANDED, null, null, Double.NaN);
        int a = builder.addNode("a", r, null, NodeStatus.EXPANDED, null, null, Double.NaN);
        builder.addNode("b", r, null, NodeStatus.PRUNED, null, null, Double.NaN);
        builder.addNode("c", r, null, NodeStatus.FAILED, null, null, Double.NaN);
        int d = builder.addNode("d", a, null, NodeStatus.OPEN, null, null, Double.NaN);
        int e = builder.addNode("e", a, null, NodeStatus.OPEN, null, null, Double.NaN);
        builder.visit(d, Double.NaN);
        builder.status(d, NodeStatus.FAILED, Double.NaN);
        builder.backtrack(-1, a, Double.NaN);
        builder.visit(e, Double.NaN);
        builder.solution(e, Double.NaN);
        Trace trace = builder.build();

        TraceStatistics stats = TraceStatistics.of(trace, "test");

        assertEquals(new TraceStatistics(6, 2, 2.5, 4, 1, 2, 11, 1, "test"), stats);
    }
}
