package org.retrace.compare;

import java.util.Locale;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;

/**
 * Two compared runs drawn as one tree: the part both have once, and under each node where they
 * part a mark per run that stands for the subtrees only that run has, labelled with their size
 * and outcomes ("only A: 12 nodes ✓1 ✗3"), green when they hold a solution, red when they hold
 * only failures. The shared nodes keep the first run's ids, labels and statuses.
 */
public final class MergedTrace {
    /** The kind of a node both runs have. */
    public static final String SHARED = "shared";
    /** The kinds of the marks for what only one run has. */
    public static final String ONLY_A = "only A";
    public static final String ONLY_B = "only B";

    private MergedTrace() {
    }

    /** The merged tree of {@code comparison}, named after both runs; costs O(nodes of both). */
    public static Trace of(TreeComparison comparison) {
        Trace a = comparison.a();
        Trace b = comparison.b();
        TraceBuilder builder = new TraceBuilder(TraceInfo.named(a.info().name() + " vs " + b.info().name()));
        if (a.nodeCount() == 0 || b.nodeCount() == 0) {
            return builder.build();
        }
        Subtrees onlyA = Subtrees.unmatched(a, comparison::partnerInB);
        Subtrees onlyB = Subtrees.unmatched(b, comparison::partnerInA);
        int[] merged = new int[a.nodeCount()];
        double time = 0;
        for (int node = 0; node < a.nodeCount(); node++) {
            int partner = comparison.partnerInB(node);
            if (partner < 0) {
                continue;
            }
            merged[node] = builder.addNode(a.id(node), node == 0 ? -1 : merged[a.parent(node)], SHARED,
                    a.status(node), a.label(node), sharedText(a, b, node, partner), time++);
        }
        for (int node = 0; node < a.nodeCount(); node++) {
            int partner = comparison.partnerInB(node);
            if (partner >= 0) {
                mark(builder, merged[node], "A", ONLY_A, a.id(node), onlyA, node, time++);
                mark(builder, merged[node], "B", ONLY_B, a.id(node), onlyB, partner, time++);
            }
        }
        return builder.build();
    }

    private static String sharedText(Trace a, Trace b, int node, int partner) {
        return a.status(node) == b.status(partner) ? a.text(node)
                : "A: " + a.status(node).wireName() + ", B: " + b.status(partner).wireName();
    }

    /** A mark under {@code parent} for what only one run has under its node {@code node}, if anything. */
    private static void mark(TraceBuilder builder, int parent, String run, String kind, String parentId,
            Subtrees only, int node, double time) {
        int nodes = only.nodesUnder(node);
        if (nodes == 0) {
            return;
        }
        int solutions = only.solutionsUnder(node);
        int failed = only.failedUnder(node);
        String label = String.format(Locale.ROOT, "only %s: %,d node%s%s%s", run, nodes, nodes == 1 ? "" : "s",
                solutions > 0 ? " \u2713" + solutions : "", failed > 0 ? " \u2717" + failed : "");
        NodeStatus status = solutions > 0 ? NodeStatus.SOLUTION : failed > 0 ? NodeStatus.FAILED : NodeStatus.OPEN;
        int mark = builder.addNode(kind + " under " + parentId, parent, kind, status, label, null, time);
        builder.setInitialMetric(mark, "nodes", nodes);
    }
}
