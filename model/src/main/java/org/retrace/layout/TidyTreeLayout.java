package org.retrace.layout;

import java.util.Arrays;
import java.util.BitSet;
import org.retrace.model.Trace;

/**
 * The tidy tree layout of Buchheim, Jünger and Leipert (Walker's algorithm in linear time), as
 * d3-hierarchy's {@code d3.tree} computes it, over a trace's primitive arrays: siblings one unit
 * apart, cousins two, each parent centred over its children, no subtree overlapping another.
 *
 * <p>Only a prefix of the nodes in creation order is laid out (the tree as it stood at some moment
 * of the timeline), and a collapsed node is laid out as a leaf, so its hidden subtree costs
 * nothing. No step recurses: the walks follow the parent, first-child and next-sibling links in
 * loops, so a path of any length lays out without touching the stack.
 *
 * <p>Incremental: {@link #update} follows the replay. A node created later is always its parent's
 * last child, so when nodes come or go only their ancestors' placements of their children change.
 * Every placement records the two contour threads it adds (each node gets a thread at most once),
 * so those ancestors' placements are undone and redone and everything else is kept: the first walk
 * then costs O(changed nodes x depth x branching) instead of O(n). The final pass that turns
 * relative offsets into positions, and the per-depth index, stay O(n).
 *
 * <p>An instance keeps its scratch arrays (about 90 bytes a node) between calls; use one per view.
 */
public final class TidyTreeLayout {
    private static final double SIBLING_GAP = 1;
    private static final double COUSIN_GAP = 2;

    private Trace trace;
    private int count = -1;
    private BitSet collapsed = new BitSet();
    private boolean anyCollapsed;
    private int[] first = new int[0];
    private int[] last = new int[0];
    private int[] leftSibling = new int[0];
    private int[] siblingIndex = new int[0];
    private int[] thread = new int[0];
    private int[] ancestor = new int[0];
    private int[] defaultAncestor = new int[0];
    private double[] prelim = new double[0];
    private double[] modifier = new double[0];
    private double[] change = new double[0];
    private double[] shift = new double[0];
    private double[] midpoint = new double[0];
    private int[] rightThreadNode = new int[0];
    private double[] rightThreadDelta = new double[0];
    private int[] leftThreadNode = new int[0];
    private double[] leftThreadDelta = new double[0];
    private double[] absolute = new double[0];
    private final BitSet dirty = new BitSet();

    /**
     * Lays out the first {@code count} nodes of {@code trace} (a prefix in creation order always
     * forms a tree) into {@code layout}, treating nodes in {@code collapsed} as leaves. Costs O(count).
     */
    public void layout(Trace trace, int count, BitSet collapsed, TreeLayout layout) {
        checkCount(trace, count);
        this.trace = trace;
        this.count = count;
        this.collapsed = (BitSet) collapsed.clone();
        this.anyCollapsed = !collapsed.isEmpty();
        ensureCapacity(count);
        addNodes(0, count);
        if (count > 0) {
            firstWalk();
            placeRoot();
        }
        publish(layout);
    }

    /**
     * Post-order over the shown nodes, by following first-child, next-sibling and parent links: a
     * node is placed right after its own subtree, while the contours its placement walks are still
     * in the cache. This is twice as fast as taking the nodes from the last to the first.
     */
    private void firstWalk() {
        int node = leftmostDescendant(0);
        while (true) {
            if (hasShownChildren(node)) {
                executeShifts(node);
                midpoint[node] = (prelim[first[node]] + prelim[last[node]]) / 2;
            }
            if (node == 0) {
                return;
            }
            placeBesideLeftSiblings(node);
            int next = nextChild(node);
            node = next >= 0 ? leftmostDescendant(next) : trace.parent(node);
        }
    }

    private int leftmostDescendant(int node) {
        int current = node;
        while (hasShownChildren(current)) {
            current = first[current];
        }
        return current;
    }

    /**
     * Lays out the first {@code newCount} nodes of the trace last laid out, reusing the last layout
     * where the change leaves it valid. With collapsed nodes, or a different trace, it lays out
     * afresh. Costs O(changed nodes x depth x branching) for the first walk, plus O(n) to publish.
     */
    public void update(Trace newTrace, int newCount, BitSet newCollapsed, TreeLayout layout) {
        checkCount(newTrace, newCount);
        if (newTrace != trace || count < 0 || !newCollapsed.isEmpty() || !collapsed.isEmpty()) {
            layout(newTrace, newCount, newCollapsed, layout);
            return;
        }
        if (newCount == count) {
            publish(layout);
            return;
        }
        markDirty(Math.min(count, newCount), Math.max(count, newCount));
        for (int node = dirty.nextSetBit(0); node >= 0 && node < count; node = dirty.nextSetBit(node + 1)) {
            undoPlacementsUnder(node);
        }
        ensureCapacity(newCount);
        if (newCount > count) {
            addNodes(count, newCount);
        } else {
            unlinkChildren(newCount, count);
        }
        count = newCount;
        for (int node = dirty.previousSetBit(count - 1); node >= 0; node = dirty.previousSetBit(node - 1)) {
            if (hasShownChildren(node)) {
                placeChildren(node);
            }
        }
        placeRoot();
        publish(layout);
    }

    private static void checkCount(Trace trace, int count) {
        if (count < 0 || count > trace.nodeCount()) {
            throw new IllegalArgumentException("count " + count + " is outside 0.." + trace.nodeCount());
        }
    }

    /** Marks the nodes in [from, to) and all their ancestors; each node is marked once, so O(to - from + depth). */
    private void markDirty(int from, int to) {
        dirty.clear();
        for (int node = from; node < to; node++) {
            for (int current = node; current >= 0 && !dirty.get(current); current = trace.parent(current)) {
                dirty.set(current);
            }
        }
    }

    /** Takes back the contour threads that placing {@code node}'s children added. */
    private void undoPlacementsUnder(int node) {
        for (int child = first[node]; child >= 0; child = nextChild(child)) {
            if (rightThreadNode[child] >= 0) {
                thread[rightThreadNode[child]] = -1;
                modifier[rightThreadNode[child]] -= rightThreadDelta[child];
                rightThreadNode[child] = -1;
            }
            if (leftThreadNode[child] >= 0) {
                thread[leftThreadNode[child]] = -1;
                modifier[leftThreadNode[child]] -= leftThreadDelta[child];
                leftThreadNode[child] = -1;
            }
        }
    }

    private int nextChild(int child) {
        int next = trace.nextSibling(child);
        return next >= 0 && next < count ? next : -1;
    }

    private void ensureCapacity(int needed) {
        if (first.length >= needed) {
            return;
        }
        int capacity = Math.max(needed, first.length + first.length / 2);
        first = Arrays.copyOf(first, capacity);
        last = Arrays.copyOf(last, capacity);
        leftSibling = Arrays.copyOf(leftSibling, capacity);
        siblingIndex = Arrays.copyOf(siblingIndex, capacity);
        thread = Arrays.copyOf(thread, capacity);
        ancestor = Arrays.copyOf(ancestor, capacity);
        defaultAncestor = Arrays.copyOf(defaultAncestor, capacity);
        prelim = Arrays.copyOf(prelim, capacity);
        modifier = Arrays.copyOf(modifier, capacity);
        change = Arrays.copyOf(change, capacity);
        shift = Arrays.copyOf(shift, capacity);
        midpoint = Arrays.copyOf(midpoint, capacity);
        rightThreadNode = Arrays.copyOf(rightThreadNode, capacity);
        rightThreadDelta = Arrays.copyOf(rightThreadDelta, capacity);
        leftThreadNode = Arrays.copyOf(leftThreadNode, capacity);
        leftThreadDelta = Arrays.copyOf(leftThreadDelta, capacity);
        absolute = Arrays.copyOf(absolute, capacity);
    }

    /**
     * Appends nodes [from, to) to their parents' child lists (a later node is always a last child)
     * and gives them fresh scratch values. Whole-array fills first: they vectorise, where one loop
     * writing a dozen arrays per node ran at half the speed.
     */
    private void addNodes(int from, int to) {
        Arrays.fill(first, from, to, -1);
        Arrays.fill(last, from, to, -1);
        Arrays.fill(thread, from, to, -1);
        Arrays.fill(defaultAncestor, from, to, -1);
        Arrays.fill(prelim, from, to, 0);
        Arrays.fill(modifier, from, to, 0);
        Arrays.fill(change, from, to, 0);
        Arrays.fill(shift, from, to, 0);
        Arrays.fill(midpoint, from, to, 0);
        Arrays.fill(rightThreadNode, from, to, -1);
        Arrays.fill(leftThreadNode, from, to, -1);
        for (int node = from; node < to; node++) {
            ancestor[node] = node;
            if (node == 0) {
                leftSibling[0] = -1;
                siblingIndex[0] = 0;
                continue;
            }
            int parent = trace.parent(node);
            int previous = last[parent];
            leftSibling[node] = previous;
            siblingIndex[node] = previous < 0 ? 0 : siblingIndex[previous] + 1;
            if (previous < 0) {
                first[parent] = node;
            }
            last[parent] = node;
        }
    }

    /** Removes nodes [from, to), the newest ones, from their parents' child lists. */
    private void unlinkChildren(int from, int to) {
        for (int node = to - 1; node >= from; node--) {
            int parent = trace.parent(node);
            if (parent >= 0 && parent < from) {
                last[parent] = leftSibling[node];
                if (first[parent] == node) {
                    first[parent] = -1;
                }
            }
        }
    }

    private boolean hasShownChildren(int node) {
        return first[node] >= 0 && !(anyCollapsed && collapsed.get(node));
    }

    /**
     * Places {@code node}'s children side by side, each against the contours of those to its left,
     * then centres {@code node}'s children under it. The children's own subtrees are already laid out.
     */
    private void placeChildren(int node) {
        defaultAncestor[node] = -1;
        for (int child = first[node]; child >= 0; child = nextChild(child)) {
            change[child] = 0;
            shift[child] = 0;
        }
        for (int child = first[node]; child >= 0; child = nextChild(child)) {
            placeBesideLeftSiblings(child);
        }
        executeShifts(node);
        midpoint[node] = (prelim[first[node]] + prelim[last[node]]) / 2;
    }

    private void placeBesideLeftSiblings(int node) {
        int left = leftSibling[node];
        if (hasShownChildren(node)) {
            prelim[node] = left >= 0 ? prelim[left] + SIBLING_GAP : midpoint[node];
            modifier[node] = left >= 0 ? prelim[node] - midpoint[node] : 0;
        } else {
            prelim[node] = left >= 0 ? prelim[left] + SIBLING_GAP : 0;
            modifier[node] = 0;
        }
        int parent = trace.parent(node);
        int fallback = defaultAncestor[parent] >= 0 ? defaultAncestor[parent] : first[parent];
        defaultAncestor[parent] = apportion(node, left, fallback);
    }

    private void placeRoot() {
        if (count > 0) {
            prelim[0] = hasShownChildren(0) ? midpoint[0] : 0;
            modifier[0] = 0;
        }
    }

    /**
     * Moves {@code node}'s subtree right until it clears the contours of its left siblings'. The
     * threads it adds are recorded against {@code node}, whose records are empty beforehand.
     */
    private int apportion(int node, int left, int fallbackAncestor) {
        if (left < 0) {
            return fallbackAncestor;
        }
        int result = fallbackAncestor;
        int insideRight = node;
        int outsideRight = node;
        int insideLeft = left;
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
            double delta = shiftInsideLeft - shiftOutsideRight;
            thread[outsideRight] = insideLeft;
            modifier[outsideRight] += delta;
            rightThreadNode[node] = outsideRight;
            rightThreadDelta[node] = delta;
        }
        if (insideRight >= 0 && nextLeft(outsideLeft) < 0) {
            double delta = shiftInsideRight - shiftOutsideLeft;
            thread[outsideLeft] = insideRight;
            modifier[outsideLeft] += delta;
            leftThreadNode[node] = outsideLeft;
            leftThreadDelta[node] = delta;
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
        return candidate < count && trace.parent(candidate) == trace.parent(node) ? candidate : fallbackAncestor;
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

    /** Absolute positions from the relative ones, parents first, then the per-depth index; O(count). */
    private void publish(TreeLayout layout) {
        layout.reset(trace.nodeCount(), count);
        if (count == 0) {
            layout.setLevels(new int[1], new int[0], 0, 0);
            return;
        }
        int[] perDepth = new int[trace.maxDepth() + 2];
        absolute[0] = modifier[0];
        layout.setX(0, 0);
        perDepth[1] = 1;
        int shown = 1;
        int depths = 1;
        double left = 0;
        double right = 0;
        for (int node = 1; node < count; node++) {
            int parent = trace.parent(node);
            if (!layout.isShown(parent) || anyCollapsed && collapsed.get(parent)) {
                layout.setX(node, Double.NaN);
                continue;
            }
            double x = prelim[node] + absolute[parent] - prelim[0];
            absolute[node] = modifier[node] + absolute[parent];
            layout.setX(node, x);
            left = Math.min(left, x);
            right = Math.max(right, x);
            int depth = trace.depth(node);
            perDepth[depth + 1]++;
            depths = Math.max(depths, depth + 1);
            shown++;
        }
        layout.setExtent(left, right);
        indexLevels(layout, perDepth, depths, shown);
    }

    /**
     * Lists each depth's shown nodes left to right, which is the order a pre-order walk meets them
     * in; the walk follows creation order closely, which keeps it cache-friendly. Costs O(shown nodes).
     */
    private void indexLevels(TreeLayout layout, int[] perDepth, int depths, int shown) {
        int[] start = Arrays.copyOf(perDepth, depths + 1);
        for (int d = 0; d < depths; d++) {
            start[d + 1] += start[d];
        }
        int[] fill = Arrays.copyOf(start, depths);
        int[] nodes = new int[shown];
        for (int node = 0; node >= 0; node = nextInPreorder(node)) {
            nodes[fill[trace.depth(node)]++] = node;
        }
        layout.setLevels(start, nodes, depths, shown);
    }

    private int nextInPreorder(int node) {
        if (hasShownChildren(node)) {
            return first[node];
        }
        for (int current = node; current != 0; current = trace.parent(current)) {
            int next = nextChild(current);
            if (next >= 0) {
                return next;
            }
        }
        return -1;
    }
}
