package org.retrace.gui.replay;

import java.util.function.IntConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.retrace.model.EventType;
import org.retrace.model.NodeStatus;
import org.retrace.model.Timeline;
import org.retrace.render.Theme;

/**
 * The whole timeline across the window: for each pixel column, how many branches (node
 * creations), backtracks, failures and solutions fall in its share of the events, and a playhead
 * at the current position. Press or drag to scrub. The per-column counts are computed once per
 * trace and width (one pass over the events), so a frame only draws columns.
 */
public final class TimelineBar extends Region {
    private static final double HEIGHT = 34;
    private static final int BRANCH = 0;
    private static final int BACKTRACK = 1;
    private static final int FAILURE = 2;
    private static final int SOLUTION = 3;

    private final Canvas canvas = new Canvas();
    private final Theme theme = Theme.standard();
    private final Color[] kindColors;
    private Timeline timeline;
    private int position;
    private int[][] counts = new int[4][0];
    private final int[] densest = new int[4];
    private final Color branchFill;
    private int countedWidth = -1;
    private boolean dirty = true;
    private IntConsumer onSeek = target -> { };

    public TimelineBar() {
        getChildren().add(canvas);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        kindColors = new Color[] {theme.branchEvent, theme.backtrackEvent, theme.failureEvent, theme.solutionEvent};
        branchFill = theme.branchEvent.deriveColor(0, 1, 1, 0.35);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::scrub);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::scrub);
    }

    public void setOnSeek(IntConsumer onSeek) {
        this.onSeek = onSeek;
    }

    public void show(Timeline shown) {
        timeline = shown;
        countedWidth = -1;
        position = 0;
        dirty = true;
    }

    public void setPosition(int newPosition) {
        if (newPosition != position) {
            position = newPosition;
            dirty = true;
        }
    }

    /** Redraws if the position, the trace or the size changed. */
    public void drawIfNeeded() {
        if (!dirty || timeline == null) {
            return;
        }
        dirty = false;
        int width = (int) canvas.getWidth();
        if (width != countedWidth) {
            countKinds(width);
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double height = canvas.getHeight();
        gc.setFill(theme.background);
        gc.fillRect(0, 0, width, height);
        for (int x = 0; x < width; x++) {
            drawTick(gc, x, BRANCH, height * 0.9, height);
            drawTick(gc, x, BACKTRACK, height * 0.6, height);
            drawTick(gc, x, FAILURE, height * 0.4, height);
            drawTick(gc, x, SOLUTION, height * 0.95, height);
        }
        double head = timeline.size() == 0 ? 0 : position / (double) timeline.size() * (width - 1);
        gc.setFill(theme.cursor);
        gc.fillRect(Math.round(head) - 1, 0, 3, height);
    }

    /**
     * A column's mark for one kind: full height where that kind is densest, shorter where it is
     * rarer (square root, so that sparse kinds stay visible), always full for solutions.
     */
    private void drawTick(GraphicsContext gc, int x, int kind, double tallest, double height) {
        int count = counts[kind][x];
        if (count > 0) {
            double share = kind == SOLUTION ? 1 : Math.sqrt(count / (double) densest[kind]);
            double tick = Math.max(3, tallest * share);
            gc.setFill(kind == BRANCH ? branchFill : kindColors[kind]);
            gc.fillRect(x, height - 4 - tick, 1, tick);
        }
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            dirty = true;
        }
    }

    private void countKinds(int width) {
        counts = new int[4][Math.max(width, 0)];
        countedWidth = width;
        int size = timeline.size();
        if (width <= 0 || size == 0) {
            return;
        }
        for (int event = 0; event < size; event++) {
            int kind = kindOf(event);
            if (kind >= 0) {
                counts[kind][(int) ((long) event * width / size)]++;
            }
        }
        for (int kind = 0; kind < counts.length; kind++) {
            densest[kind] = 1;
            for (int x = 0; x < width; x++) {
                densest[kind] = Math.max(densest[kind], counts[kind][x]);
            }
        }
    }

    private int kindOf(int event) {
        EventType type = timeline.type(event);
        return switch (type) {
            case NODE -> BRANCH;
            case BACKTRACK -> BACKTRACK;
            case SOLUTION -> SOLUTION;
            case STATUS -> timeline.newStatus(event) == NodeStatus.FAILED ? FAILURE : -1;
            default -> -1;
        };
    }

    private void scrub(MouseEvent event) {
        if (timeline != null && canvas.getWidth() > 1) {
            double fraction = Math.max(0, Math.min(1, event.getX() / (canvas.getWidth() - 1)));
            onSeek.accept((int) Math.round(fraction * timeline.size()));
        }
    }
}
