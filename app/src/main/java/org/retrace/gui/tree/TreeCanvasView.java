package org.retrace.gui.tree;

import java.util.BitSet;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.retrace.export.Figure;
import org.retrace.layout.TreeLayout;
import org.retrace.model.Trace;
import org.retrace.render.Theme;
import org.retrace.render.TreeRenderer;
import org.retrace.render.TreeScene;
import org.retrace.render.ShownTrace;
import org.retrace.render.ViewStyle;
import org.retrace.render.Viewport;

/**
 * The tree, drawn on one canvas the size of the view. Nothing is drawn until something changed:
 * callers mark the view dirty and the window's frame loop calls {@link #drawIfNeeded()}. The tree
 * grows with the replay: when the number of created nodes changes, the shown prefix is laid out
 * again. Wheel zooms around the pointer, dragging pans, a click selects, hovering names a node.
 */
public final class TreeCanvasView extends Region {
    private static final double ZOOM_STEP = 1.15;
    private static final double HIT_RADIUS = 12;
    private static final TreeLayout NO_LAYOUT = new TreeLayout();

    private final Canvas canvas = new Canvas();
    private final Viewport viewport = new Viewport();
    private final TreeRenderer renderer = new TreeRenderer(Theme.standard());
    private final Tooltip tooltip = new Tooltip();
    private final ReadOnlyBooleanWrapper wholeTreeShown = new ReadOnlyBooleanWrapper(true);
    private ShownTrace shown;
    private MiniMap miniMap;
    private boolean dirty = true;
    private boolean followFit = true;
    private double dragX;
    private double dragY;
    private boolean dragged;
    private IntConsumer onSelect = node -> { };

    public TreeCanvasView() {
        getChildren().add(canvas);
        setMinSize(100, 100);
        tooltip.setShowDelay(Duration.millis(250));
        Tooltip.install(canvas, tooltip);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        setFocusTraversable(true);
    }

    /** Shows {@code trace} at the end of its timeline, dressed as {@code style} says, fitted to the view. */
    public ShownTrace show(Trace trace, ViewStyle style) {
        followFit = true;
        return replaceScene(trace, style);
    }

    /**
     * Shows a newer snapshot of the trace on display, whose nodes keep their indices: the zoom,
     * the dress, the collapsed subtrees and the selection stay as the user left them; costs one layout.
     */
    public ShownTrace refresh(Trace grown) {
        int selected = shown == null ? -1 : shown.scene().selected();
        ShownTrace refreshed = replaceScene(grown, shown == null ? ViewStyle.standard() : shown.style());
        if (selected >= 0 && selected < grown.nodeCount()) {
            refreshed.scene().select(selected);
        }
        return refreshed;
    }

    private ShownTrace replaceScene(Trace trace, ViewStyle style) {
        shown = new ShownTrace(trace, style);
        relayoutIfGrown();
        markDirty();
        return shown;
    }

    /** The trace shown, or null before one is. */
    public ShownTrace shown() {
        return shown;
    }

    public TreeScene scene() {
        return shown == null ? null : shown.scene();
    }

    /** Dresses the shown tree as {@code style} says, keeping its collapsed subtrees unless the style changes them. */
    public void dress(ViewStyle style) {
        if (shown != null && shown.dress(style)) {
            afterLayout();
        }
        markDirty();
    }

    /** Shows the replay's position: O(depth), plus a relayout when nodes came or went. */
    public void showPosition(int position) {
        if (shown.showPosition(position)) {
            afterLayout();
        }
        markDirty();
    }

    /** The shown tree's layout; an empty one before a trace is shown. */
    private TreeLayout treeLayout() {
        return shown == null ? NO_LAYOUT : shown.layout();
    }

    public Viewport viewport() {
        return viewport;
    }

    /** What the view shows now, as an SVG document; null before a trace is shown. */
    public String svg() {
        return shown == null ? null : Figure.treeSvg(shown.scene(), viewport, getWidth(), getHeight(), Theme.standard(),
                true);
    }

    /** What the view shows now, drawn afresh at {@code scale} times its size; null before a trace is shown. */
    public WritableImage picture(double scale) {
        return shown == null ? null : Figure.tree(shown.scene(), viewport, getWidth(), getHeight(), scale,
                Theme.standard(), true);
    }

    /** Called with the node a click selects, or -1 for a click on empty space. */
    public void setOnSelect(IntConsumer onSelect) {
        this.onSelect = onSelect;
    }

    public void markDirty() {
        dirty = true;
    }

    private void relayoutIfGrown() {
        if (shown.relayoutIfGrown()) {
            afterLayout();
        }
    }

    private void afterLayout() {
        if (followFit) {
            fit();
        }
        dirty = true;
    }

    /** Fits the whole shown tree into the view, and keeps fitting it as it grows until the user zooms. */
    public void fitToWindow() {
        followFit = true;
        fit();
        markDirty();
    }

    public void zoom(double factor) {
        followFit = false;
        viewport.zoom(factor, getWidth() / 2, getHeight() / 2);
        markDirty();
    }

    /** Moves the view so that {@code node} is in the middle. */
    public void centreOn(int node) {
        if (shown != null && treeLayout().isShown(node)) {
            followFit = false;
            viewport.centreOn(treeLayout().x(node), scene().trace().depth(node), getWidth(), getHeight());
            markDirty();
        }
    }

    /** Moves the view so that the layout point (x, fractional depth) is in the middle. */
    public void centreOnPoint(double x, double depth) {
        followFit = false;
        viewport.centreOn(x, 0, getWidth(), getHeight());
        viewport.pan(0, -depth * viewport.levelHeight());
        markDirty();
    }

    /** Draws nodes and labels {@code factor} times their usual size, as presentation mode does. */
    public void setMagnification(double factor) {
        renderer.setMagnification(factor);
        markDirty();
    }

    /** A copy of the roots of the collapsed subtrees. */
    public BitSet collapsed() {
        return shown == null ? new BitSet() : shown.collapsed();
    }

    /** Collapses exactly the subtrees under {@code roots}, expanding every other. */
    public void setCollapsed(BitSet roots) {
        shown.setCollapsed(roots);
        afterLayout();
    }

    /** Collapses or expands the subtree under {@code node}. */
    public void toggleCollapsed(int node) {
        shown.toggleCollapsed(node);
        afterLayout();
    }

    /** Redraws if anything changed since the last frame; returns whether it drew. */
    public boolean drawIfNeeded() {
        if (!dirty || shown == null) {
            return false;
        }
        dirty = false;
        renderer.draw(canvas.getGraphicsContext2D(), shown.scene(), viewport, canvas.getWidth(), canvas.getHeight());
        wholeTreeShown.set(showsWholeTree());
        if (miniMap != null) {
            miniMap.draw();
        }
        return true;
    }

    /**
     * True while every node of the shown tree is inside the view, as after Fit: then the overview
     * has nothing to add and is hidden, so that it never covers a node of a fitted tree.
     */
    public ReadOnlyBooleanProperty wholeTreeShownProperty() {
        return wholeTreeShown.getReadOnlyProperty();
    }

    private boolean showsWholeTree() {
        if (treeLayout().depthCount() == 0) {
            return true;
        }
        double slack = 1;
        return viewport.screenX(treeLayout().minX()) >= -slack && viewport.screenX(treeLayout().maxX()) <= getWidth() + slack
                && viewport.screenY(0) >= -slack && viewport.screenY(treeLayout().depthCount() - 1) <= getHeight() + slack;
    }

    /** The overview that follows this view. */
    public MiniMap miniMap() {
        if (miniMap == null) {
            miniMap = new MiniMap(this);
        }
        return miniMap;
    }

    /** The shown node within a few pixels of (x, y), or -1; costs O(log n). */
    public int nodeAt(double x, double y) {
        return shown == null ? -1 : shown.nodeAt(viewport, x, y, HIT_RADIUS);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            if (followFit && shown != null) {
                fit();
            }
            dirty = true;
        }
    }

    private void fit() {
        if (getWidth() > 0 && getHeight() > 0 && shown != null) {
            shown.fit(viewport, getWidth(), getHeight());
        }
    }

    private void onScroll(ScrollEvent event) {
        if (event.getDeltaY() == 0) {
            return;
        }
        followFit = false;
        viewport.zoom(event.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP, event.getX(), event.getY());
        markDirty();
        event.consume();
    }

    private void onPressed(MouseEvent event) {
        requestFocus();
        dragX = event.getX();
        dragY = event.getY();
        dragged = false;
    }

    private void onDragged(MouseEvent event) {
        followFit = false;
        dragged = true;
        viewport.pan(event.getX() - dragX, event.getY() - dragY);
        dragX = event.getX();
        dragY = event.getY();
        markDirty();
    }

    private void onReleased(MouseEvent event) {
        if (!dragged && event.getButton() == MouseButton.PRIMARY) {
            int node = nodeAt(event.getX(), event.getY());
            if (node >= 0 && event.getClickCount() == 2) {
                toggleCollapsed(node);
            }
            onSelect.accept(node);
        }
    }

    private void onMoved(MouseEvent event) {
        int node = nodeAt(event.getX(), event.getY());
        if (node < 0) {
            tooltip.setText(null);
            tooltip.hide();
            return;
        }
        Trace trace = scene().trace();
        String label = trace.label(node).isEmpty() ? trace.id(node) : trace.label(node);
        tooltip.setText(label + "\n" + scene().state().status(node).wireName());
    }
}
