package org.retrace.layout;

import java.util.Arrays;
import java.util.BitSet;
import org.retrace.model.Trace;

/**
 * The tidy tree layout of Buchheim, Jünger and Leipert (Walker's algorithm in linear time), as
 * d3-hierarchy's {@code d3.tree} computes it, over a trace's primitive arrays: siblings one unit
 * apart, cousins two, each parent centred over its children, no subtree overlapping another.
 *
 * <p>Both walks are loops over the parent, first-child and next-sibling arrays, not recursion, so a
 * path of any length lays out without touching the stack. Only a prefix of the nodes in creation
 * order is laid out (the tree as it stood at some moment of the timeline), and a collapsed node is
 * laid out as a leaf, so its hidden subtree costs nothing. Costs O(shown nodes) time; an instance
 * keeps its scratch arrays (about 60 bytes a node) for the next call, so reuse one per view.
 */
public final class TidyTreeLayout {
    private static final double SIBLING_GAP = 1;
    private static final double COUSIN_GAP = 2;

    private Trace trace;
    private int count;
    private BitSet collapsed;
    private int[] first = new int[0];
    private int[] last = new int[0];
    private int[] siblingIndex = new int[0];
    private int[] leftSibling = new int[0];
    private int[] thread = new int[0];
    private int[] ancestor = new int[0];
    private int[] defaultAncestor = new int[0];
    private double[] prelim = new double[0];
    private double[] modifier = new double[0];
    private double[] change = new double[0];
    private double[] shift = new double[0];

    /**
     * Lays out the first {@code count} nodes of {@code trace} (a prefix in creation order always
     * forms a tree) into {@code layout}, treating nodes in {@code collapsed} as leaves.
     */
    public void layout(Trace trace, int count, BitSet collapsed, TreeLayout layout) {
        if (count < 0 || count > trace.nodeCount()) {
            throw new IllegalArgumentException("count " + count + " is outside 0.." + trace.nodeCount());
        }
        this.trace = trace;
        this.count = count;
        this.collapsed = collapsed;
        layout.reset(trace.nodeCount());
        if (count == 0) {
            layout.setLevels(new int[1], new int[0], 0, 0);
            return;
        }
        prepare();
        firstWalk();
        secondWalk(layout);
        indexLevels(layout);
    }

    /** Children lists restricted to the shown nodes, and fresh scratch values; costs O(count). */
    private void prepare() {
        if (first.length < count) {
            int capacity = Math.max(count, first.length + first.length / 2);
            first = new int[capacity];
            last = new int[capacity];
            siblingIndex = new int[capacity];
            leftSibling = new int[capacity];
            thread = new int[capacity];
            ancestor = new int[capacity];
            defaultAncestor = new int[capacity];
            prelim = new double[capacity];
            modifier = new double[capacity];
            change = new double[capacity];
            shift = new double[capacity];
        }
        Arrays.fill(first, 0, count, -1);
        Arrays.fill(last, 0, count, -1);
        Arrays.fill(thread, 0, count, -1);
        Arrays.fill(defaultAncestor, 0, count, -1);
        Arrays.fill(prelim, 0, count, 0);
        Arrays.fill(modifier, 0, count, 0);
        Arrays.fill(change, 0, count, 0);
        Arrays.fill(shift, 0, count, 0);
        for (int node = 0; node < count; node++) {
            ancestor[node] = node;
        }
        siblingIndex[0] = 0;
        leftSibling[0] = -1;
        for (int node = 1; node < count; node++) {
            int parent = trace.parent(node);
            leftSibling[node] = last[parent];
            if (first[parent] < 0) {
                first[parent] = node;
                siblingIndex[node] = 0;
            } else {
                siblingIndex[node] = siblingIndex[last[parent]] + 1;
            }
            last[parent] = node;
        }
    }

    /** Post-order: every node after its children and after its left siblings. */
    private void firstWalk() {
        int node = leftmostDescendant(0);
        while (true) {
            placeRelativeToSiblings(node);
            if (node == 0) {
                return;
            }
            int next = trace.nextSibling(node);
            node = next >= 0 && next < count ? leftmostDescendant(next) : trace.parent(node);
        }
    }

    private int leftmostDescendant(int node) {
        int current = node;
        while (hasShownChildren(current)) {
            current = first[current];
        }
        return current;
    }

    private boolean hasShownChildren(int node) {
        return first[node] >= 0 && !collapsed.get(node);
    }

    private void placeRelativeToSiblings(int node) {
        int leftSibling = this.leftSibling[node];
        if (hasShownChildren(node)) {
            executeShifts(node);
            double midpoint = (prelim[first[node]] + prelim[last[node]]) / 2;
            if (leftSibling >= 0) {
                prelim[node] = prelim[leftSibling] + SIBLING_GAP;
                modifier[node] = prelim[node] - midpoint;
            } else {
                prelim[node] = midpoint;
            }
        } else if (leftSibling >= 0) {
            prelim[node] = prelim[leftSibling] + SIBLING_GAP;
        }
        if (node != 0) {
            int parent = trace.parent(node);
            int fallback = defaultAncestor[parent] >= 0 ? defaultAncestor[parent] : first[parent];
            defaultAncestor[parent] = apportion(node, leftSibling, fallback);
        }
    }

    private int apportion(int node, int leftSibling, int fallbackAncestor) {
        if (leftSibling < 0) {
            return fallbackAncestor;
        }
        int result = fallbackAncestor;
        int insideRight = node;
        int outsideRight = node;
        int insideLeft = leftSibling;
        int outsideLeft = first[trace.parent(node)];
        double shiftInsideRight = modifier[insideRight];
        double shiftOutsideRight = modifier[outsideRight];
        double shiftInsideLeft = modifier[insideLeft];
        double shiftOutsideLeft = modifier[outsideLeft];
        while (true) {
            insideLeft = nextRight(insideLeft);
            insideRight = nextLeft(insideRight);
            if (insideLeft < 0 || insideRight < 0) {
                break;
            }
            outsideLeft = nextLeft(outsideLeft);
            outsideRight = nextRight(outsideRight);
            ancestor[outsideRight] = node;
            double gap = prelim[insideLeft] + shiftInsideLeft - prelim[insideRight] - shiftInsideRight
                    + separation(insideLeft, insideRight);
            if (gap > 0) {
                moveSubtree(nextAncestor(insideLeft, node, result), node, gap);
                shiftInsideRight += gap;
                shiftOutsideRight += gap;
            }
            shiftInsideLeft += modifier[insideLeft];
            shiftInsideRight += modifier[insideRight];
            shiftOutsideLeft += modifier[outsideLeft];
            shiftOutsideRight += modifier[outsideRight];
        }
        if (insideLeft >= 0 && nextRight(outsideRight) < 0) {
            thread[outsideRight] = insideLeft;
            modifier[outsideRight] += shiftInsideLeft - shiftOutsideRight;
        }
        if (insideRight >= 0 && nextLeft(outsideLeft) < 0) {
            thread[outsideLeft] = insideRight;
            modifier[outsideLeft] += shiftInsideRight - shiftOutsideLeft;
            result = node;
        }
        return result;
    }

    private int nextLeft(int node) {
        return hasShownChildren(node) ? first[node] : thread[node];
    }

    private int nextRight(int node) {
        return hasShownChildren(node) ? last[node] : thread[node];
    }

    private int nextAncestor(int insideLeft, int node, int fallbackAncestor) {
        int candidate = ancestor[insideLeft];
        return trace.parent(candidate) == trace.parent(node) ? candidate : fallbackAncestor;
    }

    private void moveSubtree(int leftRoot, int rightRoot, double amount) {
        double perSubtree = amount / (siblingIndex[rightRoot] - siblingIndex[leftRoot]);
        change[rightRoot] -= perSubtree;
        shift[rightRoot] += amount;
        change[leftRoot] += perSubtree;
        prelim[rightRoot] += amount;
        modifier[rightRoot] += amount;
    }

    /** Spreads the shifts recorded by {@link #moveSubtree} over the children in between. */
    private void executeShifts(int node) {
        double totalShift = 0;
        double totalChange = 0;
        for (int child = last[node]; child >= 0; child = leftSibling[child]) {
            prelim[child] += totalShift;
            modifier[child] += totalShift;
            totalChange += change[child];
            totalShift += shift[child] + totalChange;
        }
    }

    private double separation(int a, int b) {
        return trace.parent(a) == trace.parent(b) ? SIBLING_GAP : COUSIN_GAP;
    }

    /** Pre-order (parents have smaller indexes than their children): absolute x from the modifiers. */
    private void secondWalk(TreeLayout layout) {
        modifier[0] = -prelim[0];
        layout.setX(0, 0);
        double left = 0;
        double right = 0;
        for (int node = 1; node < count; node++) {
            int parent = trace.parent(node);
            if (collapsed.get(parent) || !layout.isShown(parent)) {
                continue;
            }
            double x = prelim[node] + modifier[parent];
            modifier[node] += modifier[parent];
            layout.setX(node, x);
            left = Math.min(left, x);
            right = Math.max(right, x);
        }
        layout.setExtent(left, right);
    }

    /** Lists each depth's shown nodes left to right, which is pre-order; costs O(shown nodes). */
    private void indexLevels(TreeLayout layout) {
        int depths = 0;
        int shown = 0;
        int[] perDepth = new int[trace.maxDepth() + 2];
        for (int node = 0; node < count; node++) {
            if (layout.isShown(node)) {
                perDepth[trace.depth(node) + 1]++;
                depths = Math.max(depths, trace.depth(node) + 1);
                shown++;
            }
        }
        int[] start = Arrays.copyOf(perDepth, depths + 1);
        for (int d = 0; d < depths; d++) {
            start[d + 1] += start[d];
        }
        int[] fill = Arrays.copyOf(start, depths);
        int[] nodes = new int[shown];
        int node = 0;
        while (node >= 0) {
            nodes[fill[trace.depth(node)]++] = node;
            node = nextInPreorder(node);
        }
        layout.setLevels(start, nodes, depths, shown);
    }

    private int nextInPreorder(int node) {
        if (hasShownChildren(node)) {
            return first[node];
        }
        for (int current = node; current != 0; current = trace.parent(current)) {
            int next = trace.nextSibling(current);
            if (next >= 0 && next < count) {
                return next;
            }
        }
        return -1;
    }
}
