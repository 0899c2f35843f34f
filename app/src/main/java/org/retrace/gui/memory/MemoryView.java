package org.retrace.gui.memory;

import java.util.function.IntConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.retrace.export.Figure;
import org.retrace.model.Trace;
import org.retrace.render.MemoryRenderer;
import org.retrace.render.Theme;
import org.retrace.render.TimeAxis;
import org.retrace.render.TreeScene;

/**
 * The Memory tab: a video memory drawn by {@link MemoryRenderer} on one canvas, redrawn only when
 * something changed. Wheel zooms in time about the pointer, dragging pans, a click selects a clip
 * and hovering shows its whole caption.
 */
public final class MemoryView extends Region {
    private static final double ZOOM_STEP = 1.2;

    private final Canvas canvas = new Canvas();
    private final MemoryRenderer renderer = new MemoryRenderer(Theme.standard());
    private final TimeAxis axis = new TimeAxis();
    private final Tooltip tooltip = new Tooltip();
    private TreeScene scene;
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
        return MemoryRenderer.canShow(trace);
    }

    /** Shows {@code shown}'s memory, the whole video fitted to the width; O(n log n). */
    public void show(TreeScene shown) {
        scene = shown;
        renderer.index(shown.trace());
        fit();
    }

    public void setOnSelect(IntConsumer onSelect) {
        this.onSelect = onSelect;
    }

    /** Fits the whole video into the width. */
    public void fit() {
        axis.fit(renderer.duration(), getWidth());
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
        renderer.draw(canvas.getGraphicsContext2D(), scene, axis, canvas.getWidth(), canvas.getHeight());
        return true;
    }

    /** What the view shows now, as an SVG document; null before a memory is shown. */
    public String svg() {
        return scene == null ? null : Figure.memorySvg(renderer, scene, axis, getWidth(), getHeight());
    }

    /** What the view shows now, drawn afresh at {@code scale} times its size; null before a memory is shown. */
    public WritableImage picture(double scale) {
        return scene == null ? null : Figure.memory(renderer, scene, axis, getWidth(), getHeight(), scale);
    }

    /** Where the row of {@code depth} starts in the last frame drawn: the levels share the view's height. */
    public double rowTop(int depth) {
        return renderer.rowTop(depth);
    }

    /** The clip under (x, y), or -1. */
    public int clipAt(double x, double y) {
        return scene == null ? -1 : renderer.clipAt(scene, axis, x, y);
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            boolean fitted = axis.isFitted(renderer.duration(), canvas.getWidth());
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            if (fitted) {
                fit();
            }
            dirty = true;
        }
    }

    private void onScroll(ScrollEvent event) {
        if (event.getDeltaY() != 0) {
            axis.zoom(event.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP, event.getX());
            dirty = true;
            event.consume();
        }
    }

    private void onDragged(MouseEvent event) {
        axis.pan(event.getX() - dragX);
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
