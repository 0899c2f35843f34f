package org.retrace.render;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.retrace.decoding.SequenceHistory;
import org.retrace.decoding.SequenceHistory.CellState;
import org.retrace.layout.SequenceGrid;
import org.retrace.model.NodeStatus;

/**
 * Draws a diffusion decoding as a grid: a row per step and a column per position, or transposed,
 * each cell coloured by what the step did to the position (masked, given, decided now, kept, taken
 * back now), a kept token shaded by its confidence; the token itself where the cell has room, cut
 * with an ellipsis when it is wider than the cell.
 * Beside the grid, per step, a bar of the tokens decided and one of those taken back. The whole
 * grid is made into an image once per history and orientation (one pixel a cell), so a frame only
 * scales the part in view: steps after the replay's stay empty. Fitted, the grid fills the view;
 * readable, each cell holds a token and the grid scrolls.
 */
public final class SequenceRenderer {
    private static final Font TOKEN_FONT = Font.font("DejaVu Sans", 12);
    /** The distinct tokens measured to size readable cells: enough to judge a vocabulary by. */
    private static final int MOST_TOKENS_MEASURED = 2_000;
    /** Room on either side of a token in its cell. */
    private static final double TOKEN_MARGIN = 6;
    private final Theme theme;
    private final StepBars bars;
    /** The canvas the bars draw on, retargeted at each frame's graphics context. */
    private final CanvasSurface canvas = new CanvasSurface();
    private final FittedTokens tokens = new FittedTokens(TOKEN_FONT);
    private final int masked;
    private final int prompt;
    private final int decided;
    private final int remasked;
    /** A kept token's colour by its confidence in tenths: paler the less sure. */
    private final int[] keptArgb = new int[11];
    private SequenceHistory history;
    private WritableImage image;
    private boolean transposed;
    private boolean readable;
    /** How wide a readable cell is for this history: room for nine tokens in ten. */
    private double readableWidth;
    /** The grid last placed, and the view and choice it was placed for: a frame allocates nothing. */
    private SequenceGrid placed;
    private double placedWidth;
    private double placedHeight;
    private boolean placedReadable;
    private double scrollX;
    private double scrollY;

    public SequenceRenderer(Theme theme) {
        this.theme = theme;
        masked = argb(Color.web("#e9ecef"));
        prompt = argb(theme.silhouette);
        decided = argb(theme.status(NodeStatus.SOLUTION));
        bars = new StepBars(theme.background, theme.status(NodeStatus.SOLUTION), theme.backtrackEvent);
        remasked = argb(theme.backtrackEvent);
        for (int shade = 0; shade <= 10; shade++) {
            keptArgb[shade] = argb(Color.web("#dbe4ff").interpolate(theme.branchEvent, shade / 10.0));
        }
    }

    private static int argb(Color colour) {
        return 0xff000000 | (int) Math.round(colour.getRed() * 255) << 16 | (int) Math.round(colour.getGreen() * 255) << 8
                | (int) Math.round(colour.getBlue() * 255);
    }

    /** Makes {@code shown}'s grid image; costs O(positions x steps), once. */
    public void show(SequenceHistory shown) {
        history = shown;
        bars.show(shown);
        readableWidth = tokens.widthForMost(shown, MOST_TOKENS_MEASURED) + TOKEN_MARGIN;
        placed = null;
        makeImage();
    }

    /** Makes positions the rows and steps the columns, or the other way back; costs a new image when it changes. */
    public void setTransposed(boolean positionsAsRows) {
        if (positionsAsRows != transposed) {
            transposed = positionsAsRows;
            if (history != null) {
                makeImage();
            }
        }
    }

    /** Gives every cell room for its token, the grid scrolling where it outgrows the view; else fits the view. */
    public void setReadable(boolean readable) {
        this.readable = readable;
    }

    /** Scrolls the grid to {@code x}, {@code y}, pixels from its top left corner; drawing keeps it in range. */
    public void setScroll(double x, double y) {
        scrollX = x;
        scrollY = y;
    }

    /** Where the grid goes in a view {@code width} x {@code height}; the same object while nothing changes. */
    public SequenceGrid grid(double width, double height) {
        if (placed == null || width != placedWidth || height != placedHeight || placed.stepsAsRows() == transposed
                || readable != placedReadable) {
            placed = SequenceGrid.of(history.positions(), history.steps(), transposed, readable ? readableWidth : 0,
                    width, height);
            placedWidth = width;
            placedHeight = height;
            placedReadable = readable;
        }
        return placed;
    }

    private void makeImage() {
        int positions = history.positions();
        int steps = history.steps();
        int[] pixels = new int[positions * steps];
        CellState[] states = new CellState[steps];
        double[] confidences = new double[steps];
        // Position by position: a position's changes are swept once, where a cell at a time would search them.
        for (int position = 0; position < positions; position++) {
            history.column(position, states, confidences);
            for (int step = 0; step < steps; step++) {
                int pixel = transposed ? position * steps + step : step * positions + position;
                pixels[pixel] = colour(states[step], confidences[step]);
            }
        }
        int width = transposed ? steps : positions;
        image = new WritableImage(width, transposed ? positions : steps);
        image.getPixelWriter().setPixels(0, 0, width, (int) image.getHeight(), PixelFormat.getIntArgbInstance(), pixels,
                0, width);
    }

    private int colour(int step, int position) {
        return colour(history.state(step, position), history.confidence(step, position));
    }

    private int colour(CellState state, double confidence) {
        return switch (state) {
            case MASKED -> masked;
            case PROMPT -> prompt;
            case DECIDED -> decided;
            case REMASKED -> remasked;
            case KEPT -> {
                int shade = Double.isNaN(confidence) ? 6 : (int) Math.round(Math.max(0, Math.min(1, confidence)) * 10);
                yield keptArgb[shade];
            }
        };
    }

    /**
     * Draws the steps up to {@code step} (the replay's) into {@code width} x {@code height}, the
     * step's row (or column) outlined and {@code selected} (a position, or -1) marked; costs
     * O(cells in view with text + steps in view).
     */
    public void draw(GraphicsContext gc, double width, double height, int step, int selected) {
        draw(gc, width, height, step, selected, Double.NaN);
    }

    /**
     * As {@link #draw(GraphicsContext, double, double, int, int)}, with the tokens {@code step} takes
     * back being lifted out of their cells, {@code lift} of the way (0 to 1; NaN for none): each
     * moves a cell back towards the step before (up, or left when transposed) and fades, as the
     * replay shows a remask.
     */
    public void draw(GraphicsContext gc, double width, double height, int step, int selected, double lift) {
        gc.setFill(theme.background);
        gc.fillRect(0, 0, width, height);
        if (history == null) {
            return;
        }
        SequenceGrid grid = grid(width, height);
        int shown = Math.max(0, Math.min(history.steps() - 1, step));
        double x0 = Math.max(0, Math.min(grid.maxScrollX(), scrollX));
        double y0 = Math.max(0, Math.min(grid.maxScrollY(), scrollY));
        int lastColumn = grid.stepsAsRows() ? grid.columns() - 1 : shown;
        int lastRow = grid.stepsAsRows() ? shown : grid.rows() - 1;
        int firstColumn = (int) (x0 / grid.cellWidth());
        int firstRow = (int) (y0 / grid.cellHeight());
        lastColumn = Math.min(lastColumn, (int) Math.ceil((x0 + grid.viewportWidth()) / grid.cellWidth()) - 1);
        lastRow = Math.min(lastRow, (int) Math.ceil((y0 + grid.viewportHeight()) / grid.cellHeight()) - 1);
        gc.setImageSmoothing(false);
        if (firstColumn <= lastColumn && firstRow <= lastRow) {
            int columns = lastColumn - firstColumn + 1;
            int rows = lastRow - firstRow + 1;
            gc.drawImage(image, firstColumn, firstRow, columns, rows, firstColumn * grid.cellWidth() - x0,
                    firstRow * grid.cellHeight() - y0, columns * grid.cellWidth(), rows * grid.cellHeight());
            if (grid.showsTokens()) {
                drawTokens(gc, grid, x0, y0, firstColumn, lastColumn, firstRow, lastRow);
            }
        }
        drawMarks(gc, grid, x0, y0, shown, selected);
        if (!Double.isNaN(lift) && shown > 0 && bars.remasks(shown)) {
            int firstPosition = grid.stepsAsRows() ? firstColumn : firstRow;
            int lastPosition = grid.stepsAsRows() ? lastColumn : lastRow;
            drawLifted(gc, grid, x0, y0, shown, firstPosition, lastPosition, Math.max(0, Math.min(1, lift)));
        }
        bars.draw(canvas.target(gc), grid, width, height, grid.stepsAsRows() ? y0 : x0, shown);
    }

    /** The outline of the shown step's row (or column) and of the selected position's. */
    private void drawMarks(GraphicsContext gc, SequenceGrid grid, double x0, double y0, int shown, int selected) {
        double cellWidth = grid.cellWidth();
        double cellHeight = grid.cellHeight();
        double across = Math.min(grid.stepsAsRows() ? grid.contentWidth() : grid.contentHeight(),
                grid.stepsAsRows() ? grid.viewportWidth() : grid.viewportHeight());
        double sofar = (shown + 1) * (grid.stepsAsRows() ? cellHeight : cellWidth);
        gc.setLineWidth(1.5);
        gc.setStroke(theme.cursor);
        if (grid.stepsAsRows()) {
            gc.strokeRect(0.75, shown * cellHeight - y0 + 0.75, across - 1.5, Math.max(1, cellHeight - 1.5));
        } else {
            gc.strokeRect(shown * cellWidth - x0 + 0.75, 0.75, Math.max(1, cellWidth - 1.5), across - 1.5);
        }
        if (selected >= 0 && selected < history.positions()) {
            gc.setStroke(theme.selection);
            if (grid.stepsAsRows()) {
                gc.strokeRect(selected * cellWidth - x0 + 0.75, 0.75 - y0, Math.max(1, cellWidth - 1.5), sofar - 1.5);
            } else {
                gc.strokeRect(0.75 - x0, selected * cellHeight - y0 + 0.75, sofar - 1.5, Math.max(1, cellHeight - 1.5));
            }
        }
        gc.setLineWidth(1);
    }

    /**
     * The tokens {@code step} takes back at the positions in view, {@code first} to {@code last},
     * lifted {@code lift} of a cell towards the step before and faded as much.
     */
    private void drawLifted(GraphicsContext gc, SequenceGrid grid, double x0, double y0, int step, int first, int last,
            double lift) {
        double back = grid.stepsAsRows() ? 0 : lift * grid.cellWidth();
        double rise = grid.stepsAsRows() ? lift * grid.cellHeight() : 0;
        gc.setGlobalAlpha(1 - lift);
        gc.setFont(TOKEN_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        for (int position = Math.max(0, first); position <= Math.min(last, history.positions() - 1); position++) {
            if (history.state(step, position) != CellState.REMASKED) {
                continue;
            }
            double x = grid.column(step, position) * grid.cellWidth() - x0 - back;
            double y = grid.row(step, position) * grid.cellHeight() - y0 - rise;
            gc.setFill(theme.backtrackEvent);
            gc.fillRect(x, y, grid.cellWidth(), grid.cellHeight());
            String token = history.token(step - 1, position);
            if (token != null && grid.showsTokens()) {
                gc.setFill(Color.WHITE);
                gc.fillText(tokens.fit(token, grid.cellWidth() - TOKEN_MARGIN), x + grid.cellWidth() / 2, y + grid.cellHeight() / 2);
            }
        }
        gc.setGlobalAlpha(1);
    }

    private void drawTokens(GraphicsContext gc, SequenceGrid grid, double x0, double y0, int firstColumn,
            int lastColumn, int firstRow, int lastRow) {
        gc.setFont(TOKEN_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        for (int row = firstRow; row <= lastRow; row++) {
            for (int column = firstColumn; column <= lastColumn; column++) {
                int step = grid.step(column, row);
                int position = grid.position(column, row);
                String token = history.token(step, position);
                CellState state = history.state(step, position);
                String text = token != null ? token : state == CellState.REMASKED ? "↑" : "";
                if (!text.isEmpty()) {
                    gc.setFill(state == CellState.KEPT ? theme.label : Color.WHITE);
                    gc.fillText(tokens.fit(text, grid.cellWidth() - TOKEN_MARGIN), (column + 0.5) * grid.cellWidth() - x0,
                            (row + 0.5) * grid.cellHeight() - y0);
                }
            }
        }
    }

    /** The most cells a vector picture draws one by one; a larger grid is drawn as an image only. */
    public static final int MOST_VECTOR_CELLS = 200_000;

    /**
     * The grid and bars {@link #draw} draws, fitted and unscrolled, without outlines, on any surface
     * (an SVG document), each row's runs of one colour as one rectangle; fails on grids over
     * {@link #MOST_VECTOR_CELLS} cells. Costs O(positions x steps shown).
     */
    public void drawVector(Surface surface, double width, double height, int step) {
        int positions = history.positions();
        int shown = Math.max(0, Math.min(history.steps() - 1, step));
        if ((long) positions * (shown + 1) > MOST_VECTOR_CELLS) {
            throw new IllegalArgumentException("a vector picture draws at most " + MOST_VECTOR_CELLS + " cells, and "
                    + "this decoding shows " + (long) positions * (shown + 1) + "; write a PNG instead");
        }
        surface.setFill(theme.background);
        surface.fillRect(0, 0, width, height);
        SequenceGrid grid = SequenceGrid.of(positions, history.steps(), transposed, 0, width, height);
        int columns = grid.stepsAsRows() ? grid.columns() : shown + 1;
        int rows = grid.stepsAsRows() ? shown + 1 : grid.rows();
        for (int row = 0; row < rows; row++) {
            int start = 0;
            for (int column = 1; column <= columns; column++) {
                int startColour = colour(grid.step(start, row), grid.position(start, row));
                if (column == columns || colour(grid.step(column, row), grid.position(column, row)) != startColour) {
                    surface.setFill(Color.rgb((startColour >> 16) & 0xff, (startColour >> 8) & 0xff, startColour & 0xff));
                    surface.fillRect(start * grid.cellWidth(), row * grid.cellHeight(), (column - start) * grid.cellWidth(),
                            grid.cellHeight());
                    start = column;
                }
            }
        }
        if (grid.showsTokens()) {
            surface.setFont(TOKEN_FONT);
            surface.setTextAlign(TextAlignment.CENTER);
            surface.setTextBaseline(VPos.CENTER);
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < columns; column++) {
                    String token = history.token(grid.step(column, row), grid.position(column, row));
                    if (token != null) {
                        CellState state = history.state(grid.step(column, row), grid.position(column, row));
                        surface.setFill(state == CellState.KEPT ? theme.label : Color.WHITE);
                        surface.fillText(tokens.fit(token, grid.cellWidth() - TOKEN_MARGIN), (column + 0.5) * grid.cellWidth(),
                                (row + 0.5) * grid.cellHeight());
                    }
                }
            }
        }
        bars.draw(surface, grid, width, height, 0, shown);
    }

    /** The position at {@code x}, {@code y} in a view {@code width} x {@code height}, or -1 outside the grid. */
    public int positionAt(double x, double y, double width, double height) {
        int[] cell = cellAt(x, y, width, height);
        return cell == null ? -1 : cell[1];
    }

    /** The step at {@code x}, {@code y} in a view {@code width} x {@code height}, or -1 outside the grid. */
    public int stepAt(double x, double y, double width, double height) {
        int[] cell = cellAt(x, y, width, height);
        return cell == null ? -1 : cell[0];
    }

    /**
     * The step whose bars are at {@code x}, {@code y} in a view {@code width} x {@code height}, or -1
     * away from the bars.
     */
    public int barStepAt(double x, double y, double width, double height) {
        if (history == null || x < 0 || y < 0) {
            return -1;
        }
        SequenceGrid grid = grid(width, height);
        return grid.stepsAsRows() ? bars.stepAt(grid, x, y + Math.max(0, Math.min(grid.maxScrollY(), scrollY)))
                : bars.stepAt(grid, y, x + Math.max(0, Math.min(grid.maxScrollX(), scrollX)));
    }

    /** {step, position} of the cell at {@code x}, {@code y}, or null outside the grid. */
    private int[] cellAt(double x, double y, double width, double height) {
        if (history == null || x < 0 || y < 0) {
            return null;
        }
        SequenceGrid grid = grid(width, height);
        if (x >= Math.min(grid.contentWidth(), grid.viewportWidth())
                || y >= Math.min(grid.contentHeight(), grid.viewportHeight())) {
            return null;
        }
        int column = (int) ((x + Math.max(0, Math.min(grid.maxScrollX(), scrollX))) / grid.cellWidth());
        int row = (int) ((y + Math.max(0, Math.min(grid.maxScrollY(), scrollY))) / grid.cellHeight());
        return new int[] {grid.step(column, row), grid.position(column, row)};
    }
}
