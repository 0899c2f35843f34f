package org.retrace.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;
import org.retrace.model.TraceState;
import org.retrace.navigation.TreeNavigation.Move;

class TreeNavigationTest {
    /** r with children a (failed), b and c (solution); b has child d (solution), created last. */
    private static Trace tree() {
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("moves"));
        int r = builder.addNode("r", -1, "state", NodeStatus.EXPANDED, "r", null, 0);
        builder.addNode("a", r, "state", NodeStatus.FAILED, "a", null, 1);
        int b = builder.addNode("b", r, "state", NodeStatus.EXPANDED, "b", null, 2);
        builder.addNode("c", r, "state", NodeStatus.SOLUTION, "c", null, 3);
        builder.addNode("d", b, "state", NodeStatus.SOLUTION, "d", null, 4);
        return builder.build();
    }

    @Test
    void movesAmongTheCreatedNodesByTreeAndByOutcome() {
        Trace trace = tree();
        TraceState end = trace.stateAt(trace.timeline().size());
        int r = trace.findNode("r");
        int a = trace.findNode("a");
        int b = trace.findNode("b");
        int c = trace.findNode("c");
        int d = trace.findNode("d");

        assertEquals(r, TreeNavigation.move(trace, end, d, Move.ROOT));
        assertEquals(b, TreeNavigation.move(trace, end, d, Move.PARENT));
        assertEquals(-1, TreeNavigation.move(trace, end, r, Move.PARENT), "the root has no parent");
        assertEquals(a, TreeNavigation.move(trace, end, r, Move.FIRST_CHILD));
        assertEquals(c, TreeNavigation.move(trace, end, b, Move.NEXT_SIBLING));
        assertEquals(a, TreeNavigation.move(trace, end, b, Move.PREVIOUS_SIBLING));
        assertEquals(-1, TreeNavigation.move(trace, end, a, Move.PREVIOUS_SIBLING));
        assertEquals(c, TreeNavigation.move(trace, end, a, Move.NEXT_SOLUTION));
        assertEquals(d, TreeNavigation.move(trace, end, c, Move.NEXT_SOLUTION));
        assertEquals(c, TreeNavigation.move(trace, end, d, Move.PREVIOUS_SOLUTION));
        assertEquals(a, TreeNavigation.move(trace, end, -1, Move.NEXT_FAILURE));
    }

    @Test
    void leavesOutNodesTheReplayHasNotCreatedYet() {
        Trace trace = tree();
        TraceState early = trace.stateAt(trace.createdAt(trace.findNode("c")) + 1);

        assertEquals(-1, TreeNavigation.move(trace, early, trace.findNode("b"), Move.FIRST_CHILD), "d comes later");
        assertEquals(-1, TreeNavigation.move(trace, early, trace.findNode("c"), Move.NEXT_SOLUTION));
    }
}
