package org.retrace.layout;

import java.util.Arrays;

/**
 * Where each shown node of a trace is drawn: x in units of the gap between siblings, y its depth.
 * Filled by {@link TidyTreeLayout}; nodes not shown (not created yet, or inside a collapsed
 * subtree) have no position. Nodes of each depth are also kept sorted by x, so that a view finds
 * the nodes inside a rectangle by binary search instead of scanning them all.
 */
public final class TreeLayout {
    private double[] x = new double[0];
    private int[] levelStart = new int[1];
    private int[] levelNodes = new int[0];
    private int shownCount;
    private int depthCount;
    private double minX;
    private double maxX;

    /** How many nodes have a position. */
    public int shownCount() {
        return shownCount;
    }

    /** True when {@code node} has a position; costs O(1). */
    public boolean isShown(int node) {
        return node >= 0 && node < x.length && !Double.isNaN(x[node]);
    }

    /** The node's x, or NaN when it is not shown; the root is at 0. */
    public double x(int node) {
        return node < x.length ? x[node] : Double.NaN;
    }

    public double minX() {
        return minX;
    }

    public double maxX() {
        return maxX;
    }

    /** The number of depths with shown nodes (the deepest shown depth plus one). */
    public int depthCount() {
        return depthCount;
    }

    /** How many nodes are shown at {@code depth}. */
    public int levelSize(int depth) {
        checkDepth(depth);
        return levelStart[depth + 1] - levelStart[depth];
    }

    /** The k-th shown node of {@code depth} from the left. */
    public int levelNode(int depth, int k) {
        checkDepth(depth);
        return levelNodes[levelStart[depth] + k];
    }

    /** The position in its level of the leftmost node of {@code depth} with x &gt;= {@code left}; costs O(log n). */
    public int firstAtOrRightOf(int depth, double left) {
        checkDepth(depth);
        int low = levelStart[depth];
        int high = levelStart[depth + 1];
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (x[levelNodes[mid]] < left) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low - levelStart[depth];
    }

    /**
     * Makes room for a trace of {@code nodeCount} nodes and forgets every position from
     * {@code from} on; the caller sets or clears every position before it.
     */
    void reset(int nodeCount, int from) {
        if (x.length != nodeCount) {
            x = new double[nodeCount];
        }
        Arrays.fill(x, from, nodeCount, Double.NaN);
        shownCount = 0;
        depthCount = 0;
        minX = 0;
        maxX = 0;
    }

    void setX(int node, double value) {
        x[node] = value;
    }

    /** Stores the nodes of each depth, each level listed left to right. */
    void setLevels(int[] start, int[] nodes, int depths, int shown) {
        levelStart = start;
        levelNodes = nodes;
        depthCount = depths;
        shownCount = shown;
    }

    void setExtent(double left, double right) {
        minX = left;
        maxX = right;
    }

    private void checkDepth(int depth) {
        if (depth < 0 || depth >= depthCount) {
            throw new IllegalArgumentException("depth " + depth + " is outside 0.." + (depthCount - 1));
        }
    }
}
