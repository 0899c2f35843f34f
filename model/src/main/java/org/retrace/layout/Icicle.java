package org.retrace.layout;

import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceState;

/**
 * An icicle of a search tree: a row per depth, each node a bar, its children side by side below it
 * in creation order sharing its width in proportion to their subtrees' sizes. It shows where the search spent its nodes at a
 * glance. Bars are fixed by the whole trace, so the picture fills in as the replay creates nodes,
 * without moving. A bar is a solution's colour when its subtree holds a solution, a failure's when
 * the node failed or the search is done with its subtree (all of it created, none open) and found
 * no solution, and a plain node's otherwise. Not for use by several threads at once: it keeps its
 * working arrays between frames.
 */
public final class Icicle implements OverviewPicture {
    /** Bars at least this many columns wide are parted from their neighbours by a blank column. */
    private static final double WIDE = 4;
    /** Bar ends computed in floating point land within this of a column's edge; they count as on it. */
    private static final double ROUNDING = 1e-9;
    private final Trace trace;
    private final DepthFirstOrder order;
    /** Where each node's bar starts and how wide it is, as fractions of the whole width. */
    private final double[] start;
    private final double[] width;
    private boolean[] solution;
    private boolean[] alive;
    private int[] createdBelow;
    private byte[] shown;

    /** The icicle of {@code trace}; costs O(n) for its subtree sizes and bars. */
    public Icicle(Trace trace) {
        this.trace = trace;
        order = new DepthFirstOrder(trace);
        int n = trace.nodeCount();
        start = new double[n];
        width = new double[n];
        double[] nextStart = new double[n];
        if (n > 0) {
            width[0] = 1;
        }
        // Parents come before their children and siblings in creation order, so one pass lays them out.
        for (int node = 1; node < n; node++) {
            int parent = trace.parent(node);
            start[node] = nextStart[parent] + start[parent];
            width[node] = width[parent] * order.size(node) / (order.size(parent) - 1);
            nextStart[parent] += width[node];
        }
    }

    @Override
    public int nodes() {
        return order.nodes();
    }

    /** As many columns as pixels: bars are as wide as their share of the view, whatever the node count. */
    @Override
    public int columnsFor(int pixels) {
        return Math.max(1, pixels);
    }

    @Override
    public int depths() {
        return trace.nodeCount() == 0 ? 0 : trace.maxDepth() + 1;
    }

    /**
     * The cells at {@code state}'s position, row by row ({@code depth * columns + column}), each
     * {@link PixelTree#EMPTY}, {@link PixelTree#NODE}, {@link PixelTree#FAILED} or
     * {@link PixelTree#SOLUTION}; where bars narrower than a column share it, the most telling
     * shows, and a bar four or more columns wide leaves its last column blank. Costs
     * O(n + columns × depths).
     */
    @Override
    public byte[] cells(TraceState state, int columns) {
        int across = Math.max(1, columns);
        byte[] cells = new byte[depths() * across];
        int created = outcomes(state);
        for (int node = 0; node < created; node++) {
            int row = trace.depth(node) * across;
            double from = start[node] * across;
            double to = (start[node] + width[node]) * across;
            int first;
            int end;
            if (to - from >= WIDE) {
                // A wide bar keeps its own columns and leaves its last one blank, to part it from its neighbour.
                first = (int) Math.round(from);
                end = (int) Math.round(to) - 1;
            } else {
                first = (int) from;
                end = Math.max(first + 1, (int) Math.ceil(to - ROUNDING));
            }
            for (int column = first; column < Math.min(end, across); column++) {
                if (shown[node] > cells[row + column]) {
                    cells[row + column] = shown[node];
                }
            }
        }
        return cells;
    }

    /**
     * Works out what each created node's bar shows at {@code state} into {@link #shown}, children
     * first, and gives the number of created nodes; costs O(n). The working arrays are kept and
     * cleared for the next frame, so that a replay step allocates nothing but the cells.
     */
    private int outcomes(TraceState state) {
        int created = state.nodeCount();
        if (solution == null) {
            solution = new boolean[trace.nodeCount()];
            alive = new boolean[trace.nodeCount()];
            createdBelow = new int[trace.nodeCount()];
            shown = new byte[trace.nodeCount()];
        }
        for (int node = created - 1; node >= 0; node--) {
            NodeStatus status = state.status(node);
            createdBelow[node]++;
            solution[node] |= status == NodeStatus.SOLUTION;
            alive[node] |= status == NodeStatus.SOLUTION || status == NodeStatus.OPEN;
            int parent = trace.parent(node);
            if (parent >= 0) {
                solution[parent] |= solution[node];
                alive[parent] |= alive[node];
                createdBelow[parent] += createdBelow[node];
            }
        }
        for (int node = 0; node < created; node++) {
            // Done means the whole subtree the trace will have is there and none of it is open.
            boolean done = order.size(node) > 1 && createdBelow[node] == order.size(node) && !alive[node];
            boolean failed = state.status(node) == NodeStatus.FAILED || done;
            shown[node] = solution[node] ? PixelTree.SOLUTION : failed ? PixelTree.FAILED : PixelTree.NODE;
            solution[node] = false;
            alive[node] = false;
            createdBelow[node] = 0;
        }
        return created;
    }

    /**
     * The created node whose bar covers ({@code column}, {@code depth}), or -1: the root's
     * descendant down that column. Costs O(depth × children).
     */
    @Override
    public int nodeAt(TraceState state, int columns, int column, int depth) {
        if (trace.nodeCount() == 0 || depth < 0 || depth >= depths()) {
            return -1;
        }
        double across = (column + 0.5) / columns;
        int node = 0;
        while (trace.depth(node) < depth) {
            int next = -1;
            for (int child = trace.firstChild(node); child >= 0 && next < 0; child = trace.nextSibling(child)) {
                if (across >= start[child] && across < start[child] + width[child]) {
                    next = child;
                }
            }
            if (next < 0) {
                return -1;
            }
            node = next;
        }
        return node < state.nodeCount() ? node : -1;
    }
}
