package org.retrace.layout;

import org.retrace.model.TraceState;

/**
 * A picture of a whole search tree as a grid, for trees too big to draw node by node: a row per
 * depth, columns across the tree's depth-first order, each cell {@link PixelTree#EMPTY},
 * {@link PixelTree#NODE}, {@link PixelTree#FAILED} or {@link PixelTree#SOLUTION}.
 */
public interface OverviewPicture {
    /** The nodes of the trace, created or not: the most columns the picture needs. */
    int nodes();

    /** The columns to draw in {@code pixels} across: one per node at most. */
    default int columnsFor(int pixels) {
        return Math.max(1, Math.min(pixels, nodes()));
    }

    /** The rows: one per depth. */
    int depths();

    /** The cells at {@code state}'s position, row by row ({@code depth * columns + column}). */
    byte[] cells(TraceState state, int columns);

    /** The created node the cell at ({@code column}, {@code depth}) stands for, or -1. */
    int nodeAt(TraceState state, int columns, int column, int depth);
}
