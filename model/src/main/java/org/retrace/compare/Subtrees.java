package org.retrace.compare;

import java.util.function.IntUnaryOperator;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;

/**
 * For each node of one run, what its unmatched children's subtrees hold together: nodes,
 * solutions and failures. Counted once for the whole run, children before parents, since a
 * child is always created after its parent.
 */
final class Subtrees {
    private final int[] nodes;
    private final int[] solutions;
    private final int[] failed;

    private Subtrees(int size) {
        nodes = new int[size];
        solutions = new int[size];
        failed = new int[size];
    }

    /** The counts of {@code trace}, whose node {@code n} is matched when {@code partner} gives it one; costs O(n). */
    static Subtrees unmatched(Trace trace, IntUnaryOperator partner) {
        int size = trace.nodeCount();
        int[] wholeNodes = new int[size];
        int[] wholeSolutions = new int[size];
        int[] wholeFailed = new int[size];
        Subtrees only = new Subtrees(size);
        for (int node = size - 1; node >= 0; node--) {
            wholeNodes[node]++;
            NodeStatus status = trace.status(node);
            wholeSolutions[node] += status == NodeStatus.SOLUTION ? 1 : 0;
            wholeFailed[node] += status == NodeStatus.FAILED ? 1 : 0;
            int parent = trace.parent(node);
            if (parent < 0) {
                continue;
            }
            wholeNodes[parent] += wholeNodes[node];
            wholeSolutions[parent] += wholeSolutions[node];
            wholeFailed[parent] += wholeFailed[node];
            if (partner.applyAsInt(node) < 0 && partner.applyAsInt(parent) >= 0) {
                only.nodes[parent] += wholeNodes[node];
                only.solutions[parent] += wholeSolutions[node];
                only.failed[parent] += wholeFailed[node];
            }
        }
        return only;
    }

    int nodesUnder(int node) {
        return nodes[node];
    }

    int solutionsUnder(int node) {
        return solutions[node];
    }

    int failedUnder(int node) {
        return failed[node];
    }
}
