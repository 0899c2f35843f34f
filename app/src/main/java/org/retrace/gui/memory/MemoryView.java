package org.retrace.gui.memory;

import java.util.Arrays;
import java.util.function.IntConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.retrace.memory.MemoryHierarchy;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceState;
import org.retrace.render.Theme;
import org.retrace.render.TreeScene;

/**
 * A hierarchical video memory as a time-aligned icicle: x is video time, each level a row, each
 * caption a rectangle over its clip, labelled as far as it fits, with a time ruler on top. It shows
 * the same replay position as the tree view: clips appear as they are produced, the cursor's clip
 * and its ancestors stand out, clips the agent left are greyed. Wheel zooms in time about the
 * pointer, dragging pans; each row's clips are kept sorted by start, so a frame finds the visible
 * ones by binary search.
 */
public final class MemoryView extends Region {
    private static final double RULER = 26;
    private static final double ROW = 54;
    private static final double GAP = 4;
    private static final double CHARACTER_WIDTH = 6.4;

    private final Canvas canvas = new Canvas();
    private final Theme theme = Theme.standard();
    private final Font font = Font.font("DejaVu Sans", 11);
    private final Tooltip tooltip = new Tooltip();
    private TreeScene scene;
    private int[][] rows = new int[0][];
    private double videoEnd = 1;
    private double secondsPerPixel = 1;
    private double firstSecond;
    private boolean dirty = true;
    private double dragX;
    private IntConsumer onSelect = node -> { };

    public MemoryView() {
        getChildren().add(canvas);
        setMinSize(100, 100);
        tooltip.setShowDelay(Duration.millis(250));
        Tooltip.install(canvas, tooltip);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> dragX = event.getX());
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.isStillSincePress()) {
                onSelect.accept(clipAt(event.getX(), event.getY()));
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
    }

    /** True for a trace whose nodes carry time spans: a memory to show here. */
    public static boolean canShow(Trace trace) {
        return trace.nodeCount() > 0 && !Double.isNaN(trace.spanEnd(0));
    }

    /** Shows {@code shown}'s memory, the whole video fitted to the width; O(n log n). */
    public void show(TreeScene shown) {
        scene = shown;
        Trace trace = shown.trace();
        int depths = trace.maxDepth() + 1;
        int[] counts = new int[depths];
        for (int node = 0; node < trace.nodeCount(); node++) {
            counts[trace.depth(node)]++;
        }
        rows = new int[depths][];
        for (int depth = 0; depth < depths; depth++) {
            rows[depth] = new int[counts[depth]];
        }
        int[] fill = new int[depths];
        for (int node = 0; node < trace.nodeCount(); node++) {
            rows[trace.depth(node)][fill[trace.depth(node)]++] = node;
        }
        for (int depth = 0; depth < depths; depth++) {
            rows[depth] = Arrays.stream(rows[depth]).boxed()
                    .sorted((a, b) -> Double.compare(trace.spanStart(a), trace.spanStart(b)))
                    .mapToInt(Integer::intValue).toArray();
        }
        videoEnd = Math.max(1, trace.spanEnd(0));
        fit();
    }

    public void setOnSelect(IntConsumer onSelect) {
        this.onSelect = onSelect;
    }

    /** Fits the whole video into the width. */
    public void fit() {
        firstSecond = 0;
        secondsPerPixel = videoEnd / Math.max(1, getWidth() - 2 * GAP);
        dirty = true;
    }

    public void markDirty() {
        dirty = true;
    }

    /** Redraws if anything changed; returns whether it drew. */
    public boolean drawIfNeeded() {
        if (!dirty || scene == null || !isVisible()) {
            return false;
        }
        dirty = false;
        draw(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight());
        return true;
    }

    private void draw(GraphicsContext gc, double width, double height) {
        gc.setFill(theme.background);
        gc.fillRect(0, 0, width, height);
        drawRuler(gc, width);
        TraceState state = scene.state();
        gc.setFont(font);
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        double lastSecond = firstSecond + width * secondsPerPixel;
        for (int depth = 0; depth < rows.length; depth++) {
            double top = RULER + GAP + depth * (ROW + GAP);
            if (top > height) {
                break;
            }
            int[] row = rows[depth];
            for (int k = firstEndingAfter(row, firstSecond); k < row.length; k++) {
                int node = row[k];
                double start = scene.trace().spanStart(node);
                if (start > lastSecond) {
                    break;
                }
                if (state.exists(node)) {
                    drawClip(gc, node, state, top, width);
                }
            }
        }
    }

    private void drawClip(GraphicsContext gc, int node, TraceState state, double top, double width) {
        Trace trace = scene.trace();
        double left = x(trace.spanStart(node));
        double right = x(trace.spanEnd(node));
        double clippedLeft = Math.max(left, -2);
        double clippedRight = Math.min(right, width + 2);
        Color fill = theme.status(state.status(node));
        if (scene.isAbandoned(node) && state.status(node) != NodeStatus.SOLUTION) {
            fill = fill.interpolate(theme.abandoned, 0.7);
        }
        gc.setFill(fill.interpolate(theme.background, 0.45));
        gc.fillRect(clippedLeft, top, Math.max(1, clippedRight - clippedLeft - 1), ROW);
        gc.setStroke(theme.edge);
        gc.strokeRect(clippedLeft + 0.5, top + 0.5, Math.max(1, clippedRight - clippedLeft - 2), ROW - 1);
        boolean onPath = scene.onCursorPath(node);
        boolean selected = scene.selected() == node;
        if (onPath || selected) {
            gc.setStroke(selected ? theme.selection : theme.cursor);
            gc.setLineWidth(onPath && node == scene.cursor() ? 3 : 2);
            gc.strokeRect(clippedLeft + 1, top + 1, Math.max(1, clippedRight - clippedLeft - 3), ROW - 2);
            gc.setLineWidth(1);
        }
        double room = clippedRight - clippedLeft - 6;
        if (room > 3 * CHARACTER_WIDTH) {
            gc.setFill(theme.label);
            gc.fillText(fit(trace.label(node), room), clippedLeft + 3, top + 3);
            String caption = trace.text(node).replace('\n', ' ');
            if (!caption.isEmpty()) {
                gc.setFill(theme.label.deriveColor(0, 1, 1, 0.75));
                gc.fillText(fit(caption, room), clippedLeft + 3, top + 19);
                if (caption.length() * CHARACTER_WIDTH > room) {
                    gc.fillText(fit(caption.substring(Math.min(caption.length(), (int) (room / CHARACTER_WIDTH) - 1)),
                            room), clippedLeft + 3, top + 35);
                }
            }
        }
    }

    private void drawRuler(GraphicsContext gc, double width) {
        gc.setFill(theme.edge);
        gc.fillRect(0, RULER - 1, width, 1);
        double step = niceStep(secondsPerPixel * 90);
        gc.setFont(font);
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.CENTER);
        for (double second = Math.ceil(firstSecond / step) * step; x(second) < width; second += step) {
            double x = x(second);
            gc.fillRect(x, RULER - 6, 1, 5);
            gc.setFill(theme.label);
            gc.fillText(MemoryHierarchy.clock(second), x, 4);
            gc.setFill(theme.edge);
        }
    }

    /** A tick spacing of 1, 2, 5, 10, 15, 30 seconds, minutes or hours, near {@code seconds}. */
    private static double niceStep(double seconds) {
        double[] steps = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 18000, 36000};
        for (double step : steps) {
            if (step >= seconds) {
                return step;
            }
        }
        return steps[steps.length - 1];
    }

    private double x(double second) {
        return GAP + (second - firstSecond) / secondsPerPixel;
    }

    private static String fit(String text, double room) {
        int fits = (int) (room / CHARACTER_WIDTH);
        return text.length() <= fits ? text : text.substring(0, Math.max(1, fits - 1)) + "\u2026";
    }

    /** The first clip of a row, sorted by start, that ends after {@code second}; rows do not overlap. */
    private int firstEndingAfter(int[] row, double second) {
        int low = 0;
        int high = row.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (scene.trace().spanEnd(row[mid]) < second) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The clip under (x, y), or -1. */
    public int clipAt(double x, double y) {
        if (scene == null || y < RULER + GAP) {
            return -1;
        }
        int depth = (int) ((y - RULER - GAP) / (ROW + GAP));
        if (depth >= rows.length) {
            return -1;
        }
        double second = firstSecond + (x - GAP) * secondsPerPixel;
        int[] row = rows[depth];
        int k = firstEndingAfter(row, second);
        if (k < row.length && scene.trace().spanStart(row[k]) <= second && scene.state().exists(row[k])) {
            return row[k];
        }
        return -1;
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            boolean fitted = firstSecond == 0 && Math.abs(secondsPerPixel * (canvas.getWidth() - 2 * GAP) - videoEnd) < 1e-6;
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            if (fitted || canvas.getWidth() > 0 && secondsPerPixel <= 0) {
                fit();
            }
            dirty = true;
        }
    }

    private void onScroll(ScrollEvent event) {
        if (event.getDeltaY() == 0) {
            return;
        }
        double second = firstSecond + (event.getX() - GAP) * secondsPerPixel;
        secondsPerPixel = Math.max(0.01, secondsPerPixel * (event.getDeltaY() > 0 ? 1 / 1.2 : 1.2));
        firstSecond = second - (event.getX() - GAP) * secondsPerPixel;
        dirty = true;
        event.consume();
    }

    private void onDragged(MouseEvent event) {
        firstSecond -= (event.getX() - dragX) * secondsPerPixel;
        dragX = event.getX();
        dirty = true;
    }

    private void onMoved(MouseEvent event) {
        int node = clipAt(event.getX(), event.getY());
        if (node < 0) {
            tooltip.setText(null);
            tooltip.hide();
            return;
        }
        Trace trace = scene.trace();
        tooltip.setText(trace.label(node) + "\n" + wrap(trace.text(node)));
    }

    private static String wrap(String text) {
        StringBuilder wrapped = new StringBuilder();
        int column = 0;
        for (String word : text.split(" ")) {
            if (column + word.length() > 80) {
                wrapped.append('\n');
                column = 0;
            }
            wrapped.append(word).append(' ');
            column += word.length() + 1;
        }
        return wrapped.toString().strip();
    }
}
