package org.retrace.layout;

import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceState;

/**
 * CP-Profiler's pixel tree of a search: a column per node in depth-first order, a row per depth,
 * squeezed so that several nodes share a column when there are more nodes than columns. A cell
 * shows its most telling node: a solution over a failure over any other. Columns are fixed by the
 * whole trace, so the picture fills in as the replay creates nodes, without moving.
 */
public final class PixelTree implements OverviewPicture {
    /** What a cell shows. */
    public static final byte EMPTY = 0;
    public static final byte NODE = 1;
    public static final byte FAILED = 2;
    public static final byte SOLUTION = 3;

    private final Trace trace;
    private final DepthFirstOrder order;

    /** The pixel tree of {@code trace}; costs O(n) for its depth-first order. */
    public PixelTree(Trace trace) {
        this.trace = trace;
        order = new DepthFirstOrder(trace);
    }

    /** The nodes of the trace, created or not: the most columns the picture needs. */
    @Override
    public int nodes() {
        return order.nodes();
    }

    /** The rows: one per depth. */
    @Override
    public int depths() {
        return trace.nodeCount() == 0 ? 0 : trace.maxDepth() + 1;
    }

    /** The column of the k-th node in depth-first order, out of {@code columns}. */
    private int columnOf(int k, int columns) {
        return (int) ((long) k * columns / order.nodes());
    }

    /**
     * The cells at {@code state}'s position, row by row ({@code depth * columns + column}), each
     * {@link #EMPTY}, {@link #NODE}, {@link #FAILED} or {@link #SOLUTION}; costs O(n).
     */
    @Override
    public byte[] cells(TraceState state, int columns) {
        byte[] cells = new byte[depths() * Math.max(1, columns)];
        // Nodes in index order read the trace's columns one after another; only the small grid is written at random.
        int created = state.nodeCount();
        for (int node = 0; node < created; node++) {
            NodeStatus status = state.status(node);
            byte shown = status == NodeStatus.SOLUTION ? SOLUTION : status == NodeStatus.FAILED ? FAILED : NODE;
            int cell = trace.depth(node) * columns + columnOf(order.place(node), columns);
            if (shown > cells[cell]) {
                cells[cell] = shown;
            }
        }
        return cells;
    }

    /** The first created node in the cell at ({@code column}, {@code depth}), or -1; costs O(n / columns). */
    @Override
    public int nodeAt(TraceState state, int columns, int column, int depth) {
        int first = (int) Math.ceil((double) column * order.nodes() / columns);
        for (int k = Math.max(0, first - 1); k < order.nodes() && columnOf(k, columns) <= column; k++) {
            int node = order.node(k);
            if (columnOf(k, columns) == column && trace.depth(node) == depth && node < state.nodeCount()) {
                return node;
            }
        }
        return -1;
    }
}
