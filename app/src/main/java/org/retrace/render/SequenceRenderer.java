package org.retrace.render;

import java.util.Arrays;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.retrace.decoding.SequenceHistory;
import org.retrace.decoding.SequenceHistory.CellState;
import org.retrace.model.NodeStatus;

/**
 * Draws a diffusion decoding as a grid: a row per step, a column per position, each cell coloured
 * by what the step did to the position (masked, given, decided now, kept, taken back now), a kept
 * token shaded by its confidence; the token itself where the cell has room. Beside the grid, per
 * step, a bar of the tokens decided and one of those taken back. The whole grid is made into an
 * image once per history (one pixel a cell), so a frame only scales part of it: rows after the
 * replay's step stay empty.
 */
public final class SequenceRenderer {
    /** Width of the two bar columns beside the grid. */
    public static final double BARS = 90;
    private static final double TEXT_CELL_WIDTH = 26;
    /** The largest a cell grows, so that a short decoding stays a compact table. */
    private static final double WIDEST_CELL = 120;
    private static final double TALLEST_CELL = 40;
    private static final double TEXT_CELL_HEIGHT = 13;
    private static final Font TOKEN_FONT = Font.font("DejaVu Sans", 12);
    private final Theme theme;
    private final int masked;
    private final int prompt;
    private final int decided;
    private final int remasked;
    private final Color decidedColour;
    /** A kept token's colour by its confidence in tenths: paler the less sure. */
    private final int[] keptArgb = new int[11];
    private SequenceHistory history;
    private WritableImage image;
    private int mostDecided;
    private int mostRemasked;

    public SequenceRenderer(Theme theme) {
        this.theme = theme;
        masked = argb(Color.web("#e9ecef"));
        prompt = argb(theme.silhouette);
        decidedColour = theme.status(NodeStatus.SOLUTION);
        decided = argb(decidedColour);
        remasked = argb(theme.backtrackEvent);
        for (int shade = 0; shade <= 10; shade++) {
            keptArgb[shade] = argb(Color.web("#dbe4ff").interpolate(theme.branchEvent, shade / 10.0));
        }
    }

    private static int argb(Color colour) {
        return 0xff000000 | (int) Math.round(colour.getRed() * 255) << 16 | (int) Math.round(colour.getGreen() * 255) << 8
                | (int) Math.round(colour.getBlue() * 255);
    }

    /** Makes {@code shown}'s grid image; costs O(positions x steps x log changes), once. */
    public void show(SequenceHistory shown) {
        history = shown;
        int positions = shown.positions();
        int steps = shown.steps();
        int[] pixels = new int[positions * steps];
        CellState[] states = new CellState[steps];
        double[] confidences = new double[steps];
        // Column by column: a position's changes are swept once, where a cell at a time would search them.
        for (int position = 0; position < positions; position++) {
            shown.column(position, states, confidences);
            for (int step = 0; step < steps; step++) {
                pixels[step * positions + position] = colour(states[step], confidences[step]);
            }
        }
        image = new WritableImage(positions, steps);
        image.getPixelWriter().setPixels(0, 0, positions, steps, PixelFormat.getIntArgbInstance(), pixels, 0, positions);
        mostDecided = Arrays.stream(shown.decidedPerStep()).max().orElse(0);
        mostRemasked = Arrays.stream(shown.remasksPerStep()).max().orElse(0);
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

    /** A cell's width in a view {@code width} wide: the grid fills what the bars leave, up to a widest cell. */
    private double cellWidth(double width) {
        return Math.min(WIDEST_CELL, Math.max(1, width - BARS) / history.positions());
    }

    /** A cell's height in a view {@code height} tall, up to a tallest cell. */
    private double cellHeight(double height) {
        return Math.min(TALLEST_CELL, height / history.steps());
    }

    /**
     * Draws the rows up to {@code step} (the replay's) into {@code width} x {@code height}, the row of
     * {@code step} outlined and {@code selected} (a position, or -1) marked; costs O(visible cells with
     * text + steps).
     */
    public void draw(GraphicsContext gc, double width, double height, int step, int selected) {
        draw(gc, width, height, step, selected, Double.NaN);
    }

    /**
     * As {@link #draw(GraphicsContext, double, double, int, int)}, with the tokens {@code step} takes
     * back being lifted out of their cells, {@code lift} of the way (0 to 1; NaN for none): each
     * rises a cell's height and fades, as the replay shows a remask.
     */
    public void draw(GraphicsContext gc, double width, double height, int step, int selected, double lift) {
        gc.setFill(theme.background);
        gc.fillRect(0, 0, width, height);
        if (history == null) {
            return;
        }
        int positions = history.positions();
        int steps = history.steps();
        int shown = Math.max(0, Math.min(steps - 1, step));
        double cellWidth = cellWidth(width);
        double gridWidth = cellWidth * positions;
        double cellHeight = cellHeight(height);
        gc.setImageSmoothing(false);
        gc.drawImage(image, 0, 0, positions, shown + 1, 0, 0, gridWidth, (shown + 1) * cellHeight);
        if (cellWidth >= TEXT_CELL_WIDTH && cellHeight >= TEXT_CELL_HEIGHT) {
            drawTokens(gc, shown, cellWidth, cellHeight);
        }
        gc.setStroke(theme.cursor);
        gc.setLineWidth(1.5);
        gc.strokeRect(0.75, shown * cellHeight + 0.75, gridWidth - 1.5, Math.max(1, cellHeight - 1.5));
        if (selected >= 0 && selected < positions) {
            gc.setStroke(theme.selection);
            gc.strokeRect(selected * cellWidth + 0.75, 0.75, Math.max(1, cellWidth - 1.5), (shown + 1) * cellHeight - 1.5);
        }
        gc.setLineWidth(1);
        drawBars(gc, gridWidth, cellHeight, shown);
        if (!Double.isNaN(lift) && shown > 0 && history.remasksPerStep()[shown] > 0) {
            drawLifted(gc, shown, cellWidth, cellHeight, Math.max(0, Math.min(1, lift)));
        }
    }

    /** The tokens taken back at {@code step}, risen {@code lift} of a cell and faded as much. */
    private void drawLifted(GraphicsContext gc, int step, double cellWidth, double cellHeight, double lift) {
        double rise = lift * cellHeight;
        gc.setGlobalAlpha(1 - lift);
        gc.setFont(TOKEN_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        for (int position = 0; position < history.positions(); position++) {
            if (history.state(step, position) != CellState.REMASKED) {
                continue;
            }
            double x = position * cellWidth;
            double y = step * cellHeight - rise;
            gc.setFill(theme.backtrackEvent);
            gc.fillRect(x, y, cellWidth, cellHeight);
            String token = history.token(step - 1, position);
            if (token != null && cellWidth >= TEXT_CELL_WIDTH && cellHeight >= TEXT_CELL_HEIGHT) {
                gc.setFill(Color.WHITE);
                gc.fillText(token, x + cellWidth / 2, y + cellHeight / 2, cellWidth - 2);
            }
        }
        gc.setGlobalAlpha(1);
    }

    private void drawTokens(GraphicsContext gc, int shown, double cellWidth, double cellHeight) {
        gc.setFont(TOKEN_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        for (int step = 0; step <= shown; step++) {
            for (int position = 0; position < history.positions(); position++) {
                String token = history.token(step, position);
                CellState state = history.state(step, position);
                String text = token != null ? token : state == CellState.REMASKED ? "↑" : "";
                if (!text.isEmpty()) {
                    gc.setFill(state == CellState.DECIDED || state == CellState.REMASKED || state == CellState.PROMPT
                            ? Color.WHITE : theme.label);
                    gc.fillText(text, (position + 0.5) * cellWidth, (step + 0.5) * cellHeight, cellWidth - 2);
                }
            }
        }
    }

    /** The most cells a vector picture draws one by one; a larger grid is drawn as an image only. */
    public static final int MOST_VECTOR_CELLS = 200_000;

    /**
     * The same picture as {@link #draw} on any surface (an SVG document), each row's runs of one
     * colour as one rectangle; fails on grids over {@link #MOST_VECTOR_CELLS} cells. Costs
     * O(positions x steps shown).
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
        double cellWidth = cellWidth(width);
        double cellHeight = cellHeight(height);
        for (int row = 0; row <= shown; row++) {
            int start = 0;
            for (int position = 1; position <= positions; position++) {
                if (position == positions || colour(row, position) != colour(row, start)) {
                    int argb = colour(row, start);
                    surface.setFill(Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff));
                    surface.fillRect(start * cellWidth, row * cellHeight, (position - start) * cellWidth, cellHeight);
                    start = position;
                }
            }
        }
        if (cellWidth >= TEXT_CELL_WIDTH && cellHeight >= TEXT_CELL_HEIGHT) {
            surface.setFont(TOKEN_FONT);
            surface.setTextAlign(TextAlignment.CENTER);
            surface.setTextBaseline(VPos.CENTER);
            for (int row = 0; row <= shown; row++) {
                for (int position = 0; position < positions; position++) {
                    String token = history.token(row, position);
                    if (token != null) {
                        CellState state = history.state(row, position);
                        surface.setFill(state == CellState.KEPT ? theme.label : Color.WHITE);
                        surface.fillText(token, (position + 0.5) * cellWidth, (row + 0.5) * cellHeight, cellWidth - 2);
                    }
                }
            }
        }
    }

    /** Per step, the tokens decided (left bar) and taken back (right bar), each scaled to its largest. */
    private void drawBars(GraphicsContext gc, double left, double cellHeight, int shown) {
        int[] decidedPerStep = history.decidedPerStep();
        int[] remasksPerStep = history.remasksPerStep();
        double half = BARS / 2 - 6;
        double barHeight = Math.max(1, cellHeight - (cellHeight >= 4 ? 1 : 0));
        for (int step = 0; step <= shown; step++) {
            double y = step * cellHeight;
            if (mostDecided > 0 && decidedPerStep[step] > 0) {
                gc.setFill(decidedColour);
                gc.fillRect(left + 4, y, half * decidedPerStep[step] / mostDecided, barHeight);
            }
            if (mostRemasked > 0 && remasksPerStep[step] > 0) {
                gc.setFill(theme.backtrackEvent);
                gc.fillRect(left + BARS / 2 + 2, y, half * remasksPerStep[step] / mostRemasked, barHeight);
            }
        }
    }

    /** The position under {@code x} in a view {@code width} wide, or -1 beside the grid. */
    public int positionAt(double x, double width) {
        if (history == null || x < 0 || x >= cellWidth(width) * history.positions()) {
            return -1;
        }
        return (int) (x / cellWidth(width));
    }

    /** The step under {@code y} in a view {@code height} tall. */
    public int stepAt(double y, double height) {
        return history == null ? -1 : (int) Math.max(0, Math.min(history.steps() - 1, y / cellHeight(height)));
    }
}
