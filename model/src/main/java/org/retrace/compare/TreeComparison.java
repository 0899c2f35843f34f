package org.retrace.compare;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.retrace.model.Trace;

/**
 * Two runs' trees matched node for node, from the roots down, as CP-Profiler merges executions:
 * a child of a matched node matches the other run's child with the same key, and a child with no
 * partner starts a subtree only one run has. The key is the child's place among its siblings
 * (branch position, for solver trees whose branching order is fixed) or its label, counted
 * among same-labelled siblings (label path, for reasoning traces whose steps may come in any
 * order). Costs O(nodes of both) time and memory.
 */
public final class TreeComparison {
    /** How a child finds its partner. */
    public enum Matching {
        /** The k-th child matches the k-th child, in creation order. */
        BRANCH_POSITION,
        /** The k-th child with a label matches the k-th child with the same label. */
        LABEL_PATH
    }

    private final Trace a;
    private final Trace b;
    private final Matching matching;
    private final int[] partnerOfA;
    private final int[] partnerOfB;
    private final int common;

    private TreeComparison(Trace a, Trace b, Matching matching) {
        this.a = a;
        this.b = b;
        this.matching = matching;
        partnerOfA = new int[a.nodeCount()];
        partnerOfB = new int[b.nodeCount()];
        Arrays.fill(partnerOfA, -1);
        Arrays.fill(partnerOfB, -1);
        common = match();
    }

    /** Matches {@code a} and {@code b} from their roots down; either may be empty of nodes. */
    public static TreeComparison of(Trace a, Trace b, Matching matching) {
        if (matching == null) {
            throw new IllegalArgumentException("say how nodes match: by branch position or by label path");
        }
        return new TreeComparison(a, b, matching);
    }

    private int match() {
        if (a.nodeCount() == 0 || b.nodeCount() == 0) {
            return 0;
        }
        int matched = 0;
        Deque<int[]> pairs = new ArrayDeque<>();
        pairs.push(new int[] {0, 0});
        while (!pairs.isEmpty()) {
            int[] pair = pairs.pop();
            partnerOfA[pair[0]] = pair[1];
            partnerOfB[pair[1]] = pair[0];
            matched++;
            Map<String, Integer> childrenOfB = keyedChildren(b, pair[1]);
            Map<String, Integer> seen = new HashMap<>();
            for (int child = a.firstChild(pair[0]); child >= 0; child = a.nextSibling(child)) {
                Integer partner = childrenOfB.get(key(a, child, seen));
                if (partner != null) {
                    pairs.push(new int[] {child, partner});
                }
            }
        }
        return matched;
    }

    private Map<String, Integer> keyedChildren(Trace trace, int node) {
        Map<String, Integer> keyed = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int child = trace.firstChild(node); child >= 0; child = trace.nextSibling(child)) {
            keyed.put(key(trace, child, seen), child);
        }
        return keyed;
    }

    /** The child's key among the siblings met so far, counted in {@code seen}. */
    private String key(Trace trace, int child, Map<String, Integer> seen) {
        String base = matching == Matching.BRANCH_POSITION ? "" : trace.label(child);
        int occurrence = seen.merge(base, 1, Integer::sum);
        return base + '\u0000' + occurrence;
    }

    public Trace a() {
        return a;
    }

    public Trace b() {
        return b;
    }

    public Matching matching() {
        return matching;
    }

    /** Nodes both runs have, matched in pairs. */
    public int common() {
        return common;
    }

    /** Nodes only the first run has. */
    public int onlyInA() {
        return a.nodeCount() - common;
    }

    /** Nodes only the second run has. */
    public int onlyInB() {
        return b.nodeCount() - common;
    }

    /** The node of the second run matched with {@code nodeOfA}, or -1. */
    public int partnerInB(int nodeOfA) {
        return partnerOfA[nodeOfA];
    }

    /** The node of the first run matched with {@code nodeOfB}, or -1. */
    public int partnerInA(int nodeOfB) {
        return partnerOfB[nodeOfB];
    }

    /** The first node, in the first run's creation order, that the second run has not; -1 if none. */
    public int firstOnlyInA() {
        return firstUnmatched(partnerOfA);
    }

    /** The first node, in the second run's creation order, that the first run has not; -1 if none. */
    public int firstOnlyInB() {
        return firstUnmatched(partnerOfB);
    }

    /**
     * The node of the first run where the runs part: the parent of the first node only one of them
     * has (the first run's first, else the second's, mapped back); -1 when they are the same tree.
     */
    public int partsAtInA() {
        int onlyA = firstOnlyInA();
        if (onlyA > 0) {
            return a.parent(onlyA);
        }
        int onlyB = firstOnlyInB();
        return onlyB > 0 ? partnerOfB[b.parent(onlyB)] : -1;
    }

    private static int firstUnmatched(int[] partners) {
        for (int node = 0; node < partners.length; node++) {
            if (partners[node] < 0) {
                return node;
            }
        }
        return -1;
    }
}
