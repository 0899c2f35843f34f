package org.retrace.render;

import java.util.Arrays;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.retrace.layout.TreeLayout;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceState;

/**
 * Draws a {@link TreeScene} onto a canvas. Only what is visible is drawn: for each depth on
 * screen, the nodes in view are found by binary search in the layout's level index. Below
 * {@value #DETAIL_SCALE} pixels per sibling gap, nodes are too close to tell apart and each level
 * is drawn as its silhouette instead: runs of nodes closer than a few pixels become one band,
 * rasterised straight into a reused pixel buffer. The window and {@code retrace bench render}
 * both draw through this class; a frame allocates nothing but the text of labels.
 */
public final class TreeRenderer {
    /** Pixels per sibling gap below which levels are drawn as silhouettes. */
    public static final double DETAIL_SCALE = 2;
    private static final double MIN_LABEL_SCALE = 48;
    private static final double MIN_LABEL_LEVEL = 28;
    private static final int RUN_JOIN_PIXELS = 3;

    private final Theme theme;
    private final Font labelFont = Font.font("DejaVu Sans", 11);
    private int[] pixels = new int[0];
    private WritableImage silhouette;
    private final int silhouetteArgb;
    private final int backgroundArgb;

    public TreeRenderer(Theme theme) {
        this.theme = theme;
        this.silhouetteArgb = argb(theme.silhouette);
        this.backgroundArgb = argb(theme.background);
    }

    /** Draws one frame of {@code scene}, seen through {@code viewport}, onto a width x height area. */
    public void draw(GraphicsContext gc, TreeScene scene, Viewport viewport, double width, double height) {
        gc.setFill(theme.background);
        gc.fillRect(0, 0, width, height);
        TreeLayout layout = scene.layout();
        if (layout.shownCount() == 0) {
            return;
        }
        int firstDepth = Math.max(0, viewport.depthAt(0) - 1);
        int lastDepth = Math.min(layout.depthCount() - 1, viewport.depthAt(height) + 1);
        if (viewport.scaleX() < DETAIL_SCALE) {
            drawSilhouettes(gc, scene, viewport, width, height, firstDepth, lastDepth);
        } else {
            drawEdges(gc, scene, viewport, width, firstDepth, lastDepth);
            drawNodes(gc, scene, viewport, width, firstDepth, lastDepth);
        }
        drawPathOverlay(gc, scene, viewport);
        drawEffects(gc, scene, viewport);
    }

    private void drawSilhouettes(GraphicsContext gc, TreeScene scene, Viewport viewport, double width,
            double height, int firstDepth, int lastDepth) {
        int w = (int) Math.ceil(width);
        int h = (int) Math.ceil(height);
        if (w <= 0 || h <= 0) {
            return;
        }
        if (silhouette == null || silhouette.getWidth() != w || silhouette.getHeight() != h) {
            silhouette = new WritableImage(w, h);
            pixels = new int[w * h];
        }
        Arrays.fill(pixels, backgroundArgb);
        TreeLayout layout = scene.layout();
        int existing = scene.state().nodeCount();
        int band = (int) Math.max(1, Math.min(12, viewport.levelHeight() * 0.45));
        double worldLeft = viewport.worldX(-RUN_JOIN_PIXELS);
        for (int depth = firstDepth; depth <= lastDepth; depth++) {
            int top = (int) Math.round(viewport.screenY(depth) - band / 2.0);
            int runStart = Integer.MIN_VALUE;
            int runEnd = Integer.MIN_VALUE;
            int size = layout.levelSize(depth);
            for (int k = layout.firstAtOrRightOf(depth, worldLeft); k < size; k++) {
                int node = layout.levelNode(depth, k);
                if (node >= existing) {
                    continue;
                }
                int px = (int) viewport.screenX(layout.x(node));
                if (px > w + RUN_JOIN_PIXELS) {
                    break;
                }
                if (px - runEnd <= RUN_JOIN_PIXELS) {
                    runEnd = px;
                } else {
                    fillBand(runStart, runEnd, top, band, w, h);
                    runStart = px;
                    runEnd = px;
                }
            }
            fillBand(runStart, runEnd, top, band, w, h);
        }
        silhouette.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        gc.drawImage(silhouette, 0, 0);
    }

    private void fillBand(int from, int to, int top, int band, int w, int h) {
        if (from == Integer.MIN_VALUE) {
            return;
        }
        int left = Math.max(0, from - 1);
        int right = Math.min(w - 1, to + 1);
        for (int y = Math.max(0, top); y < Math.min(h, top + band); y++) {
            Arrays.fill(pixels, y * w + left, y * w + right + 1, silhouetteArgb);
        }
    }

    private void drawEdges(GraphicsContext gc, TreeScene scene, Viewport viewport, double width, int firstDepth,
            int lastDepth) {
        if (scene.edgeWidthByVisits()) {
            drawWeightedEdges(gc, scene, viewport, width, firstDepth, lastDepth);
            return;
        }
        Trace trace = scene.trace();
        TreeLayout layout = scene.layout();
        int existing = scene.state().nodeCount();
        gc.setStroke(theme.edge);
        gc.setLineWidth(1);
        gc.beginPath();
        for (int depth = Math.max(1, firstDepth); depth <= lastDepth; depth++) {
            double childY = viewport.screenY(depth);
            double parentY = viewport.screenY(depth - 1);
            forEachVisible(layout, viewport, width, depth, existing, node -> {
                gc.moveTo(viewport.screenX(layout.x(trace.parent(node))), parentY);
                gc.lineTo(viewport.screenX(layout.x(node)), childY);
            });
        }
        gc.stroke();
    }

    private void drawWeightedEdges(GraphicsContext gc, TreeScene scene, Viewport viewport, double width,
            int firstDepth, int lastDepth) {
        Trace trace = scene.trace();
        TreeLayout layout = scene.layout();
        TraceState state = scene.state();
        for (int depth = Math.max(1, firstDepth); depth <= lastDepth; depth++) {
            double childY = viewport.screenY(depth);
            double parentY = viewport.screenY(depth - 1);
            forEachVisible(layout, viewport, width, depth, state.nodeCount(), node -> {
                gc.setLineWidth(1 + 5 * scene.visitsFraction(state.metric(node, "visits")));
                gc.strokeLine(viewport.screenX(layout.x(trace.parent(node))), parentY,
                        viewport.screenX(layout.x(node)), childY);
            });
        }
        gc.setLineWidth(1);
    }

    private void drawNodes(GraphicsContext gc, TreeScene scene, Viewport viewport, double width, int firstDepth,
            int lastDepth) {
        TreeLayout layout = scene.layout();
        TraceState state = scene.state();
        double radius = Math.max(1, Math.min(9, Math.min(viewport.scaleX() * 0.35, viewport.levelHeight() * 0.3)));
        boolean labels = viewport.scaleX() >= MIN_LABEL_SCALE && viewport.levelHeight() >= MIN_LABEL_LEVEL;
        gc.setLineWidth(1);
        gc.setFont(labelFont);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        for (int depth = firstDepth; depth <= lastDepth; depth++) {
            double y = viewport.screenY(depth);
            forEachVisible(layout, viewport, width, depth, state.nodeCount(), node -> {
                double x = viewport.screenX(layout.x(node));
                gc.setFill(fillOf(scene, state, node));
                gc.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
                if (radius >= 3) {
                    gc.setStroke(scene.isAbandoned(node) ? theme.abandoned : theme.edgeOnPath);
                    gc.strokeOval(x - radius, y - radius, 2 * radius, 2 * radius);
                }
                if (scene.isMatch(node)) {
                    gc.setStroke(theme.searchMatch);
                    gc.setLineWidth(2.5);
                    gc.strokeOval(x - radius - 3, y - radius - 3, 2 * radius + 6, 2 * radius + 6);
                    gc.setLineWidth(1);
                }
                if (labels) {
                    drawLabel(gc, scene, node, x, y + radius + 2, viewport.scaleX() - 4);
                }
            });
        }
    }

    private Color fillOf(TreeScene scene, TraceState state, int node) {
        NodeStatus status = state.status(node);
        Color fill = scene.colourByValue() && status != NodeStatus.SOLUTION && status != NodeStatus.FAILED
                ? valueColorOrStatus(scene, state, node, status) : theme.status(status);
        return scene.isAbandoned(node) && status != NodeStatus.SOLUTION ? fill.interpolate(theme.abandoned, 0.6) : fill;
    }

    private Color valueColorOrStatus(TreeScene scene, TraceState state, int node, NodeStatus status) {
        double fraction = scene.valueFraction(state.metric(node, "value"));
        return Double.isNaN(fraction) ? theme.status(status) : theme.valueColor(fraction);
    }

    private void drawLabel(GraphicsContext gc, TreeScene scene, int node, double x, double top, double room) {
        Trace trace = scene.trace();
        String label = trace.label(node).isEmpty() ? trace.id(node) : trace.label(node);
        gc.setFill(scene.isAbandoned(node) ? theme.silhouette : theme.label);
        gc.fillText(label, x, top, room);
    }

    /** The cursor's path and the selected node's path, drawn over the tree in every mode. */
    private void drawPathOverlay(GraphicsContext gc, TreeScene scene, Viewport viewport) {
        Trace trace = scene.trace();
        TreeLayout layout = scene.layout();
        int cursor = scene.cursor();
        if (cursor >= 0 && layout.isShown(cursor)) {
            gc.setStroke(theme.cursor);
            gc.setLineWidth(3);
            strokePathToRoot(gc, trace, layout, viewport, cursor);
            double x = viewport.screenX(layout.x(cursor));
            double y = viewport.screenY(trace.depth(cursor));
            gc.strokeOval(x - 11, y - 11, 22, 22);
        }
        int selected = scene.selected();
        if (selected >= 0 && layout.isShown(selected)) {
            gc.setStroke(theme.selection);
            gc.setLineWidth(2);
            strokePathToRoot(gc, trace, layout, viewport, selected);
            double x = viewport.screenX(layout.x(selected));
            double y = viewport.screenY(trace.depth(selected));
            gc.strokeRect(x - 13, y - 13, 26, 26);
        }
        gc.setLineWidth(1);
    }

    private static void strokePathToRoot(GraphicsContext gc, Trace trace, TreeLayout layout, Viewport viewport,
            int node) {
        gc.beginPath();
        gc.moveTo(viewport.screenX(layout.x(node)), viewport.screenY(trace.depth(node)));
        for (int current = trace.parent(node); current >= 0; current = trace.parent(current)) {
            gc.lineTo(viewport.screenX(layout.x(current)), viewport.screenY(trace.depth(current)));
        }
        gc.stroke();
    }

    private void drawEffects(GraphicsContext gc, TreeScene scene, Viewport viewport) {
        if (!Double.isNaN(scene.markerX())) {
            double x = viewport.screenX(scene.markerX());
            double y = scene.markerDepth() * viewport.levelHeight() + viewport.screenY(0);
            gc.setFill(theme.cursor);
            gc.fillOval(x - 7, y - 7, 14, 14);
        }
        int flash = scene.flashNode();
        if (flash >= 0 && scene.layout().isShown(flash)) {
            double x = viewport.screenX(scene.layout().x(flash));
            double y = viewport.screenY(scene.trace().depth(flash));
            double radius = 10 + 30 * scene.flashPhase();
            gc.setStroke(theme.solutionEvent.deriveColor(0, 1, 1, 1 - scene.flashPhase()));
            gc.setLineWidth(4);
            gc.strokeOval(x - radius, y - radius, 2 * radius, 2 * radius);
            gc.setLineWidth(1);
        }
    }

    /** Calls {@code action} for each created node of {@code depth} within the screen's width. */
    private static void forEachVisible(TreeLayout layout, Viewport viewport, double width, int depth, int existing,
            NodeAction action) {
        if (depth >= layout.depthCount()) {
            return;
        }
        double right = viewport.worldX(width + 20);
        int size = layout.levelSize(depth);
        for (int k = layout.firstAtOrRightOf(depth, viewport.worldX(-20)); k < size; k++) {
            int node = layout.levelNode(depth, k);
            if (layout.x(node) > right) {
                return;
            }
            if (node < existing) {
                action.draw(node);
            }
        }
    }

    /** Draws one node; a functional interface so that no boxing happens per node. */
    @FunctionalInterface
    private interface NodeAction {
        void draw(int node);
    }

    private static int argb(Color color) {
        return (int) Math.round(color.getOpacity() * 255) << 24 | (int) Math.round(color.getRed() * 255) << 16
                | (int) Math.round(color.getGreen() * 255) << 8 | (int) Math.round(color.getBlue() * 255);
    }
}
