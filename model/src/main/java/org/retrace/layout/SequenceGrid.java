package org.retrace.layout;

/**
 * Where a diffusion decoding's grid of steps by positions goes in a view: the size of a cell, how
 * many columns and rows there are, and the viewport the grid is scrolled in, beside the band of
 * per-step bars (right of the grid when steps are rows, under it when positions are). Fitted, the
 * grid shrinks to the view; readable, a cell is wide enough for most tokens and the grid scrolls.
 * Costs O(1).
 *
 * @param stepsAsRows whether a row is a step and a column a position; else the grid is transposed
 * @param cellWidth a cell's width in pixels
 * @param cellHeight a cell's height in pixels
 * @param columns positions, or steps when transposed
 * @param rows steps, or positions when transposed
 * @param viewportWidth the width the grid is shown in, the bars' band left out when steps are rows
 * @param viewportHeight the height the grid is shown in, the bars' band left out when transposed
 */
public record SequenceGrid(boolean stepsAsRows, double cellWidth, double cellHeight, int columns, int rows,
        double viewportWidth, double viewportHeight) {
    /** The depth of the band of per-step bars: tokens decided and tokens taken back. */
    public static final double BARS = 90;
    /** The widest and tallest a cell grows, so that a short decoding stays a compact table. */
    public static final double WIDEST_CELL = 120;
    public static final double TALLEST_CELL = 40;
    /** The smallest cell a token is written in. */
    public static final double TEXT_CELL_WIDTH = 26;
    public static final double TEXT_CELL_HEIGHT = 13;
    /** A readable cell's smallest size: a short token in 12-point type, with a margin. */
    public static final double READABLE_CELL_WIDTH = 30;
    public static final double READABLE_CELL_HEIGHT = 18;
    private static final double HALF_PIXEL = 0.5;

    /**
     * The grid of {@code positions} by {@code steps} in a view {@code width} x {@code height};
     * {@code transposed} makes positions the rows. A {@code readableWidth} above 0 makes every cell
     * readable, at least that wide (and {@link #READABLE_CELL_WIDTH}, at most {@link #WIDEST_CELL})
     * and {@link #READABLE_CELL_HEIGHT} tall; 0 fits the grid to the view.
     */
    public static SequenceGrid of(int positions, int steps, boolean transposed, double readableWidth, double width,
            double height) {
        if (positions < 1 || steps < 1) {
            throw new IllegalArgumentException("a grid needs a position and a step, found " + positions + " positions and "
                    + steps + " steps");
        }
        int columns = transposed ? steps : positions;
        int rows = transposed ? positions : steps;
        double viewportWidth = Math.max(1, transposed ? width : width - BARS);
        double viewportHeight = Math.max(1, transposed ? height - BARS : height);
        double cellWidth = Math.min(WIDEST_CELL, viewportWidth / columns);
        double cellHeight = Math.min(TALLEST_CELL, viewportHeight / rows);
        if (readableWidth > 0) {
            cellWidth = Math.max(Math.min(WIDEST_CELL, Math.max(READABLE_CELL_WIDTH, readableWidth)), cellWidth);
            cellHeight = Math.max(READABLE_CELL_HEIGHT, cellHeight);
        }
        return new SequenceGrid(!transposed, cellWidth, cellHeight, columns, rows, viewportWidth, viewportHeight);
    }

    public double contentWidth() {
        return cellWidth * columns;
    }

    public double contentHeight() {
        return cellHeight * rows;
    }

    /** How far the grid scrolls sideways: 0 when it fits, rounding errors of a fitted grid included. */
    public double maxScrollX() {
        return overflow(contentWidth(), viewportWidth);
    }

    public double maxScrollY() {
        return overflow(contentHeight(), viewportHeight);
    }

    /** A fitted grid's cells times their count can come out a hair over the viewport; that is no overflow. */
    private static double overflow(double content, double viewport) {
        return content - viewport < HALF_PIXEL ? 0 : content - viewport;
    }

    /** Whether a cell has room for its token. */
    public boolean showsTokens() {
        return cellWidth >= TEXT_CELL_WIDTH && cellHeight >= TEXT_CELL_HEIGHT;
    }

    /** The column of the cell of {@code step} and {@code position}. */
    public int column(int step, int position) {
        return stepsAsRows ? position : step;
    }

    /** The row of the cell of {@code step} and {@code position}. */
    public int row(int step, int position) {
        return stepsAsRows ? step : position;
    }

    /** The step of the cell at {@code column} and {@code row}. */
    public int step(int column, int row) {
        return stepsAsRows ? row : column;
    }

    /** The position of the cell at {@code column} and {@code row}. */
    public int position(int column, int row) {
        return stepsAsRows ? column : row;
    }

    /**
     * Where the bars' band begins: right of the grid (an x) when steps are rows, under it (a y)
     * when positions are; at the viewport's edge when the grid fills it, so the bars never scroll
     * out of sight.
     */
    public double barsStart() {
        return stepsAsRows ? Math.min(contentWidth(), viewportWidth) : Math.min(contentHeight(), viewportHeight);
    }

    /**
     * The scroll nearest to {@code scrollX}, {@code scrollY} that shows the whole of {@code step}'s
     * row (or column, when transposed): how the view follows the replay. Returns {x, y}.
     */
    public double[] scrollToShow(int step, double scrollX, double scrollY) {
        if (stepsAsRows) {
            return new double[] {scrollX, within(scrollY, step * cellHeight, cellHeight, viewportHeight, maxScrollY())};
        }
        return new double[] {within(scrollX, step * cellWidth, cellWidth, viewportWidth, maxScrollX()), scrollY};
    }

    private static double within(double scroll, double start, double length, double viewport, double most) {
        double shown = scroll;
        if (start < shown) {
            shown = start;
        } else if (start + length > shown + viewport) {
            shown = start + length - viewport;
        }
        return Math.max(0, Math.min(most, shown));
    }
}
