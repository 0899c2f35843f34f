package org.retrace.render;

import java.util.Arrays;
import javafx.scene.paint.Color;
import org.retrace.decoding.SequenceHistory;
import org.retrace.layout.SequenceGrid;

/**
 * The band beside a decoding's grid with two bars per step, the tokens decided and the tokens
 * taken back, each scaled to its largest: side by side right of the grid when steps are rows, one
 * over the other under it when positions are, on a canvas or in an SVG document. The counts are
 * copied once per history, so a frame allocates nothing.
 */
final class StepBars {
    private static final double MOST_THICKNESS = 16;
    private final Color background;
    private final Color decidedColour;
    private final Color remaskedColour;
    private int[] decided = new int[0];
    private int[] remasked = new int[0];
    private int mostDecided;
    private int mostRemasked;

    StepBars(Color background, Color decidedColour, Color remaskedColour) {
        this.background = background;
        this.decidedColour = decidedColour;
        this.remaskedColour = remaskedColour;
    }

    /** Counts {@code history}'s steps; costs O(steps). */
    void show(SequenceHistory history) {
        decided = history.decidedPerStep();
        remasked = history.remasksPerStep();
        mostDecided = Arrays.stream(decided).max().orElse(0);
        mostRemasked = Arrays.stream(remasked).max().orElse(0);
    }

    /** Whether {@code step} takes a token back. */
    boolean remasks(int step) {
        return remasked[step] > 0;
    }

    /**
     * Draws the bars of the steps up to {@code shown} that are in view, the grid scrolled by
     * {@code scroll} along its steps, into a view {@code width} x {@code height}; costs O(steps in view).
     */
    void draw(Surface gc, SequenceGrid grid, double width, double height, double scroll, int shown) {
        double start = grid.barsStart();
        double half = SequenceGrid.BARS / 2 - 6;
        double cell = stepLength(grid);
        // Thin cells' bars touch, as a chart's would; wide cells' stay bars, not blocks.
        double thickness = cell < 4 ? Math.max(1, cell) : Math.min(cell - 1, MOST_THICKNESS);
        double inset = Math.max(0, (cell - thickness) / 2);
        gc.setFill(background);
        if (grid.stepsAsRows()) {
            gc.fillRect(start, 0, width - start, height);
        } else {
            gc.fillRect(0, start, width, height - start);
        }
        double viewport = grid.stepsAsRows() ? grid.viewportHeight() : grid.viewportWidth();
        for (int step = (int) (scroll / cell); step <= shown; step++) {
            double along = step * cell - scroll + inset;
            if (along > viewport) {
                break;
            }
            if (mostDecided > 0 && decided[step] > 0) {
                gc.setFill(decidedColour);
                bar(gc, grid, start + 4, along, half * decided[step] / mostDecided, thickness);
            }
            if (mostRemasked > 0 && remasked[step] > 0) {
                gc.setFill(remaskedColour);
                bar(gc, grid, start + SequenceGrid.BARS / 2 + 2, along, half * remasked[step] / mostRemasked, thickness);
            }
        }
    }

    /**
     * The step whose bars are at {@code across} the band and {@code along} the steps (the scroll
     * added), or -1 away from the band or past the last step.
     */
    int stepAt(SequenceGrid grid, double across, double along) {
        int step = (int) (along / stepLength(grid));
        boolean inBand = across >= grid.barsStart() && across < grid.barsStart() + SequenceGrid.BARS;
        return inBand && along >= 0 && step < decided.length ? step : -1;
    }

    private static double stepLength(SequenceGrid grid) {
        return grid.stepsAsRows() ? grid.cellHeight() : grid.cellWidth();
    }

    /** A bar {@code length} long from {@code from} across the band, at {@code along} the steps. */
    private static void bar(Surface gc, SequenceGrid grid, double from, double along, double length,
            double thickness) {
        if (grid.stepsAsRows()) {
            gc.fillRect(from, along, length, thickness);
        } else {
            gc.fillRect(along, from, thickness, length);
        }
    }
}
