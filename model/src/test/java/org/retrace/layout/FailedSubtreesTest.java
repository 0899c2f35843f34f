package org.retrace.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;

class FailedSubtreesTest {
    @Test
    void findsTheTopmostInnerNodesWhoseSubtreesHoldNoSolutionAndNoOpenNode() {
        // r(expanded) -> a(expanded) -> a1 failed, a2 pruned; b(expanded) -> b1 solution;
        // c(expanded) -> c1(expanded) -> c11 failed; d open.
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("f"));
        int r = add(builder, "r", -1, NodeStatus.EXPANDED);
        int a = add(builder, "a", r, NodeStatus.EXPANDED);
        add(builder, "a1", a, NodeStatus.FAILED);
        add(builder, "a2", a, NodeStatus.PRUNED);
        int b = add(builder, "b", r, NodeStatus.EXPANDED);
        add(builder, "b1", b, NodeStatus.SOLUTION);
        int c = add(builder, "c", r, NodeStatus.EXPANDED);
        int c1 = add(builder, "c1", c, NodeStatus.EXPANDED);
        add(builder, "c11", c1, NodeStatus.FAILED);
        add(builder, "d", r, NodeStatus.OPEN);
        Trace trace = builder.build();

        BitSet roots = FailedSubtrees.roots(trace, trace.stateAt(trace.timeline().size()));

        BitSet expected = new BitSet();
        expected.set(a);
        expected.set(c);
        assertEquals(expected, roots);
    }

    private static int add(TraceBuilder builder, String id, int parent, NodeStatus status) {
        return builder.addNode(id, parent, null, status, null, null, Double.NaN);
    }
}
