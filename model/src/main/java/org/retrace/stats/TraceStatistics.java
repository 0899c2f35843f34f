package org.retrace.stats;

import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;

/**
 * The shape of a search at a glance.
 *
 * @param nodes how many nodes the tree has
 * @param maxDepth the depth of the deepest node (the root has depth 0)
 * @param meanBranching children per inner node, on average (0 for a single node)
 * @param leaves nodes without children
 * @param solutions nodes whose final status is solution
 * @param failed nodes whose final status is failed
 * @param events timeline events
 * @param backtracks backtrack events
 * @param format the detected input format
 */
public record TraceStatistics(int nodes, int maxDepth, double meanBranching, int leaves, int solutions, int failed,
        int events, int backtracks, String format) {

    /** Counts over the whole trace; costs O(n). */
    public static TraceStatistics of(Trace trace, String format) {
        int leaves = 0;
        int solutions = 0;
        int failed = 0;
        for (int node = 0; node < trace.nodeCount(); node++) {
            if (trace.isLeaf(node)) {
                leaves++;
            }
            NodeStatus status = trace.status(node);
            if (status == NodeStatus.SOLUTION) {
                solutions++;
            } else if (status == NodeStatus.FAILED) {
                failed++;
            }
        }
        int inner = trace.nodeCount() - leaves;
        double meanBranching = inner == 0 ? 0 : (trace.nodeCount() - 1) / (double) inner;
        return new TraceStatistics(trace.nodeCount(), trace.maxDepth(), meanBranching, leaves, solutions, failed,
                trace.timeline().size(), trace.timeline().backtrackCount(), format);
    }

    /**
     * How many nodes end with {@code status}: a solver counts the open and skipped nodes of its
     * tree apart from those it processed, and so must a user who holds the two counts side by
     * side. Costs O(n).
     */
    public static int count(Trace trace, NodeStatus status) {
        int count = 0;
        for (int node = 0; node < trace.nodeCount(); node++) {
            if (trace.status(node) == status) {
                count++;
            }
        }
        return count;
    }
}
