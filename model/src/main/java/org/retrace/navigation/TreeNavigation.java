package org.retrace.navigation;

import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceState;

/**
 * Where a move through the tree leads, among the nodes a replay position has created: to the
 * root, the parent, the first child, a sibling, or the next or previous solution or failure in
 * creation order. Node indices are creation order, so "created" is "below the state's count".
 */
public final class TreeNavigation {
    /** The moves, as the window's keys make them. */
    public enum Move {
        ROOT, PARENT, FIRST_CHILD, NEXT_SIBLING, PREVIOUS_SIBLING, NEXT_SOLUTION, PREVIOUS_SOLUTION, NEXT_FAILURE
    }

    private TreeNavigation() {
    }

    /**
     * The node {@code move} leads to from {@code node} (-1: from before the first node), or -1 when
     * there is none yet. Costs O(1) for the root and parent, O(siblings) for a sibling, O(n) for a
     * solution or failure.
     */
    public static int move(Trace trace, TraceState state, int node, Move move) {
        int created = state.nodeCount();
        if (created == 0) {
            return -1;
        }
        return switch (move) {
            case ROOT -> 0;
            case PARENT -> node > 0 ? trace.parent(node) : -1;
            case FIRST_CHILD -> node >= 0 ? created(trace.firstChild(node), created) : -1;
            case NEXT_SIBLING -> node > 0 ? created(trace.nextSibling(node), created) : -1;
            case PREVIOUS_SIBLING -> node > 0 ? previousSibling(trace, node) : -1;
            case NEXT_SOLUTION -> next(state, node, NodeStatus.SOLUTION);
            case PREVIOUS_SOLUTION -> previous(state, node, NodeStatus.SOLUTION);
            case NEXT_FAILURE -> next(state, node, NodeStatus.FAILED);
        };
    }

    private static int created(int node, int created) {
        return node >= 0 && node < created ? node : -1;
    }

    private static int previousSibling(Trace trace, int node) {
        int before = -1;
        for (int child = trace.firstChild(trace.parent(node)); child != node; child = trace.nextSibling(child)) {
            before = child;
        }
        return before;
    }

    private static int next(TraceState state, int node, NodeStatus wanted) {
        for (int candidate = node + 1; candidate < state.nodeCount(); candidate++) {
            if (state.status(candidate) == wanted) {
                return candidate;
            }
        }
        return -1;
    }

    private static int previous(TraceState state, int node, NodeStatus wanted) {
        for (int candidate = Math.min(node, state.nodeCount()) - 1; candidate >= 0; candidate--) {
            if (state.status(candidate) == wanted) {
                return candidate;
            }
        }
        return -1;
    }
}
