package org.retrace.generate;

import java.util.Map;
import java.util.SplittableRandom;
import org.retrace.model.Bound;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;

/**
 * A seeded depth-first branch-and-bound search over a random tree, for benchmarks and demos. Each
 * node gets a lower bound ("value"); leaves fail, are pruned or, rarely, are solutions that improve
 * the incumbent; after each leaf the search backtracks to the deepest ancestor with untried
 * branches. Above a depth limit that grows with log n the tree branches about twice per node;
 * below it nearly every node is a leaf, so the search stays bushy for any size and stops when it
 * has created n nodes; should the whole space be searched before that, the root branches again. The same node count and seed always give the same trace. Costs O(n).
 */
public final class SyntheticSearch {
    private static final double NO_TIME = Double.NaN;

    private SyntheticSearch() {
    }

    public static Trace generate(int nodeCount, long seed) {
        if (nodeCount < 1) {
            throw new IllegalArgumentException("a search needs at least one node, asked for " + nodeCount);
        }
        SplittableRandom random = new SplittableRandom(seed);
        TraceBuilder builder = new TraceBuilder(new TraceInfo("synthetic-" + nodeCount + "-" + seed,
                "branch-and-bound", "", Map.of("generator", "retrace generate", "seed", seed)));
        int[] path = new int[64];
        int[] untried = new int[64];
        int top = 0;
        path[0] = builder.addNode("0", -1, "solver node", NodeStatus.OPEN, "root", null, NO_TIME);
        builder.setInitialMetric(path[0], "value", 0);
        untried[0] = 2 + random.nextInt(3);
        builder.visit(path[0], NO_TIME);
        double incumbent = Double.POSITIVE_INFINITY;
        int bushyDepth = (int) Math.ceil(Math.log(nodeCount) / Math.log(2.1)) + 2;
        while (builder.nodeCount() < nodeCount) {
            int parent = path[top];
            int branch = untried[top]--;
            if (builder.currentStatus(parent) == NodeStatus.OPEN) {
                builder.status(parent, NodeStatus.EXPANDED, NO_TIME);
            }
            int depth = top + 1;
            int child = builder.addNode(Integer.toString(builder.nodeCount()), parent, "solver node",
                    NodeStatus.OPEN, "x" + depth + (branch % 2 == 0 ? " <= " : " >= ") + random.nextInt(10), null,
                    NO_TIME);
            double bound = builder.currentMetric(parent, "value") + random.nextDouble() * 2;
            builder.setInitialMetric(child, "value", Math.round(bound * 100) / 100.0);
            builder.visit(child, NO_TIME);
            double leafChance = depth < bushyDepth ? 0.3 : 0.9;
            if (random.nextDouble() < leafChance || depth == path.length - 1) {
                incumbent = closeLeaf(builder, random, child, bound, incumbent);
                while (top > 0 && untried[top] == 0) {
                    top--;
                }
                if (untried[0] == 0) {
                    // The space below the root is exhausted before n nodes: the root branches again.
                    untried[0] = 1 + random.nextInt(2);
                }
                if (builder.nodeCount() < nodeCount) {
                    builder.backtrack(child, path[top], NO_TIME);
                }
            } else {
                top = depth;
                path[top] = child;
                untried[top] = 2 + random.nextInt(3);
            }
        }
        return builder.build();
    }

    private static double closeLeaf(TraceBuilder builder, SplittableRandom random, int leaf, double bound,
            double incumbent) {
        double roll = random.nextDouble();
        if (roll < 0.01 && bound < incumbent) {
            builder.solution(leaf, NO_TIME);
            builder.bound(Bound.INCUMBENT, Math.round(bound * 100) / 100.0, NO_TIME);
            return bound;
        }
        builder.status(leaf, roll < 0.76 ? NodeStatus.FAILED : NodeStatus.PRUNED, NO_TIME);
        return incumbent;
    }
}
