package org.retrace.layout;

import java.util.BitSet;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceState;

/**
 * The subtrees that hold no solution and no open node, as CP-Profiler and Gist collapse them: the
 * search is done with them and found nothing. Only the topmost such nodes with children count, so
 * collapsing them hides every failed branch once.
 */
public final class FailedSubtrees {
    private FailedSubtrees() {
    }

    /** The roots of the failed subtrees at {@code state}; costs O(n log c) for n created nodes. */
    public static BitSet roots(Trace trace, TraceState state) {
        int count = state.nodeCount();
        BitSet alive = new BitSet(count);
        BitSet inner = new BitSet(count);
        for (int node = count - 1; node >= 0; node--) {
            NodeStatus status = state.status(node);
            if (status == NodeStatus.SOLUTION || status == NodeStatus.OPEN) {
                alive.set(node);
            }
            if (node > 0) {
                int parent = trace.parent(node);
                inner.set(parent);
                if (alive.get(node)) {
                    alive.set(parent);
                }
            }
        }
        BitSet roots = new BitSet(count);
        for (int node = inner.nextSetBit(0); node >= 0; node = inner.nextSetBit(node + 1)) {
            if (!alive.get(node) && (node == 0 || alive.get(trace.parent(node)))) {
                roots.set(node);
            }
        }
        return roots;
    }
}
