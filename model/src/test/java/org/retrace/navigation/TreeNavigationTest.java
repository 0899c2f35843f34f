package org.retrace.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.retrace.format.fixtures.Fixtures;
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

    /**
     * On whole solver trees and the generated one: the moves undo each other, and stepping from
     * solution to solution (or failure to failure) meets every one once, in creation order.
     */
    @ParameterizedTest
    @ValueSource(strings = {"solver/scip-gcg-p2050-1.vbc", "solver/grumpy-p0201-glpk-bak.vbc",
            "solver/symphony-mkp20-vbc-emulation1.vbc", "generated"})
    void movesUndoEachOtherAndOutcomesAreEachMetOnce(String fixture) throws Exception {
        Trace trace = Fixtures.solverOrGenerated(fixture, 5_000);
        TraceState end = trace.stateAt(trace.timeline().size());

        for (int node = 0; node < trace.nodeCount(); node++) {
            int child = TreeNavigation.move(trace, end, node, Move.FIRST_CHILD);
            if (child >= 0) {
                assertEquals(node, TreeNavigation.move(trace, end, child, Move.PARENT));
            }
            int sibling = TreeNavigation.move(trace, end, node, Move.NEXT_SIBLING);
            if (sibling >= 0) {
                assertEquals(node, TreeNavigation.move(trace, end, sibling, Move.PREVIOUS_SIBLING));
            }
            assertEquals(0, TreeNavigation.move(trace, end, node, Move.ROOT));
        }
        assertEquals(count(trace, NodeStatus.SOLUTION), walk(trace, end, Move.NEXT_SOLUTION), fixture);
        assertEquals(count(trace, NodeStatus.FAILED), walk(trace, end, Move.NEXT_FAILURE), fixture);
    }

    private static int count(Trace trace, NodeStatus status) {
        return (int) IntStream.range(0, trace.nodeCount()).filter(node -> trace.status(node) == status).count();
    }

    private static int walk(Trace trace, TraceState state, Move move) {
        int met = 0;
        int previous = -1;
        for (int node = TreeNavigation.move(trace, state, -1, move); node > previous;
                node = TreeNavigation.move(trace, state, node, move)) {
            met++;
            previous = node;
        }
        return met;
    }
}
