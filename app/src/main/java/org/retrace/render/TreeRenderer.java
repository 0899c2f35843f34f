package org.retrace.render;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.retrace.layout.TreeLayout;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceState;

/**
 * Draws a {@link TreeScene} onto a canvas. Only what is visible is drawn: for each depth on
 * screen, the nodes in view are found by binary search in the layout's level index. Below
 * {@value #DETAIL_SCALE} pixels per sibling gap, nodes are too close to tell apart and each level
 * is drawn as its silhouette instead: runs of nodes closer than a few pixels become one band. The
 * window and {@code retrace bench render} both draw through this class.
 */
public final class TreeRenderer {
    /** Pixels per sibling gap below which levels are drawn as silhouettes. */
    public static final double DETAIL_SCALE = 2;
    /** The radius of a node at its usual size, in pixels; smaller where nodes are packed. */
    static final double LARGEST_RADIUS = 9;
    private static final int RUN_JOIN_PIXELS = 3;
    /** Below this radius a node is a square: it looks the same and rasterises several times faster. */
    private static final double SQUARE_BELOW = 2.5;
    /** A dashed edge's dash and gap, in pixels. */
    private static final double DASH = 5;
    private static final double GAP = 4;
    /** A bookmark flag's pole and flag, in pixels. */
    private static final double FLAG_POLE = 18;
    private static final double FLAG_WIDTH = 10;
    /** The most nodes and text grow when zoomed in, and the quarter steps up to it. */
    private static final double MOST_GROWTH = 2.5;
    private static final int ZOOM_STEPS = 6;

    private final Theme theme;
    private final CanvasSurface canvasSurface = new CanvasSurface();
    private final Color collapsedWithSolution;
    private final Color collapsedWithFailures;
    private final Color collapsedPlain;
    private double magnification = 1;
    /** The magnification times the zoom's growth, for the frame being drawn. */
    private double scale = 1;
    private final TreeLabels labels;

    public TreeRenderer(Theme theme) {
        this.theme = theme;
        labels = new TreeLabels(theme, ZOOM_STEPS);
        collapsedWithSolution = theme.status(NodeStatus.SOLUTION).deriveColor(0, 1, 1, 0.55);
        collapsedWithFailures = theme.status(NodeStatus.FAILED).deriveColor(0, 1, 1, 0.45);
        collapsedPlain = theme.silhouette.deriveColor(0, 1, 1, 0.55);
    }

    /**
     * Draws nodes and labels {@code factor} times their usual size (1 to 3), for a room watching
     * a projector; the layout's spacing is the viewport's business and does not change.
     */
    public void setMagnification(double factor) {
        if (!(factor >= 1 && factor <= 3)) {
            throw new IllegalArgumentException("the magnification must be 1 to 3, found " + factor);
        }
        magnification = factor;
        labels.clearFonts();
    }

    /**
     * Semantic zoom: past the level spacing a fit may use, nodes and text grow with the spacing, in
     * steps of a quarter, up to {@value #MOST_GROWTH} times; a fitted tree is drawn at its usual size.
     */
    private void growWithZoom(Viewport viewport) {
        double growth = Math.max(1, Math.min(MOST_GROWTH, viewport.levelHeight() / Viewport.MAX_LEVEL_HEIGHT));
        int step = (int) Math.floor((growth - 1) * 4 + 1e-9);
        scale = magnification * (1 + step / 4.0);
        labels.zoom(scale, step);
    }

    /** Draws one frame of {@code scene}, seen through {@code viewport}, onto a width x height area. */
    public void draw(GraphicsContext gc, TreeScene scene, Viewport viewport, double width, double height) {
        draw(canvasSurface.target(gc), scene, viewport, width, height, true);
    }

    /** Draws one frame on any surface, e.g. an SVG document. */
    public void draw(Surface surface, TreeScene scene, Viewport viewport, double width, double height) {
        draw(surface, scene, viewport, width, height, true);
    }

    /** Draws the tree small, for an overview: no labels, rings or effects, the cursor's path thin. */
    public void drawOverview(GraphicsContext gc, TreeScene scene, Viewport viewport, double width, double height) {
        draw(canvasSurface.target(gc), scene, viewport, width, height, false);
    }

    private void draw(Surface gc, TreeScene scene, Viewport viewport, double width, double height,
            boolean decorated) {
        growWithZoom(viewport);
        gc.setFill(theme.background);
        gc.fillRect(0, 0, width, height);
        TreeLayout layout = scene.layout();
        if (layout.shownCount() == 0) {
            return;
        }
        int firstDepth = Math.max(0, viewport.depthAt(0) - 1);
        int lastDepth = Math.min(layout.depthCount() - 1, viewport.depthAt(height) + 1);
        boolean silhouettes = viewport.scaleX() < DETAIL_SCALE;
        if (silhouettes) {
            drawSilhouettes(gc, scene, viewport, width, firstDepth, lastDepth);
            if (decorated) {
                drawSolutionMarks(gc, scene, viewport);
                drawPathLines(gc, scene, viewport);
            }
        } else {
            drawEdges(gc, scene, viewport, width, firstDepth, lastDepth);
            if (decorated) {
                drawPathLines(gc, scene, viewport);
            }
            if (labels.actionsOnEdges(scene, viewport, decorated)) {
                labels.drawEdgeLabels(gc, scene, viewport, width, firstDepth, lastDepth);
            }
            drawNodes(gc, scene, viewport, width, height, firstDepth, lastDepth, decorated);
        }
        if (scene.marks().count() > 0) {
            drawMarks(gc, scene, viewport, silhouettes ? 2 : nodeRadius(viewport));
        }
        if (decorated) {
            drawPathEnds(gc, scene, viewport);
            drawEffects(gc, scene, viewport);
        } else {
            drawThinCursorPath(gc, scene, viewport);
        }
    }

    private void drawThinCursorPath(Surface gc, TreeScene scene, Viewport viewport) {
        int cursor = scene.cursor();
        if (cursor >= 0 && scene.layout().isShown(cursor)) {
            gc.setStroke(theme.cursor);
            gc.setLineWidth(1.5);
            strokePathToRoot(gc, scene.trace(), scene.layout(), viewport, cursor);
            gc.setLineWidth(1);
        }
    }

    /**
     * Each level as bands over its runs of nodes. Within a run, the next node looked at is found by
     * binary search past the current pixel, so a level costs O(pixels x log n), not O(n): a million
     * nodes on one screen cost no more than a thousand.
     */
    private void drawSilhouettes(Surface gc, TreeScene scene, Viewport viewport, double width,
            int firstDepth, int lastDepth) {
        TreeLayout layout = scene.layout();
        int existing = scene.state().nodeCount();
        double band = Math.max(1, Math.min(12, viewport.levelHeight() * 0.45));
        gc.setFill(theme.silhouette);
        for (int depth = firstDepth; depth <= lastDepth; depth++) {
            double top = viewport.screenY(depth) - band / 2;
            double runStart = Double.NaN;
            double runEnd = Double.NaN;
            int size = layout.levelSize(depth);
            int k = layout.firstAtOrRightOf(depth, viewport.worldX(-RUN_JOIN_PIXELS));
            while (k < size) {
                int node = layout.levelNode(depth, k);
                double px = Math.floor(viewport.screenX(layout.x(node)));
                if (px > width + RUN_JOIN_PIXELS) {
                    break;
                }
                if (node < existing) {
                    if (px - runEnd <= RUN_JOIN_PIXELS) {
                        runEnd = px;
                    } else {
                        fillRun(gc, runStart, runEnd, top, band);
                        runStart = px;
                        runEnd = px;
                    }
                    k = Math.max(k + 1, layout.firstAtOrRightOf(depth, viewport.worldX(px + 1)));
                } else {
                    k++;
                }
            }
            fillRun(gc, runStart, runEnd, top, band);
        }
    }

    /** Solutions found so far, as diamonds over the silhouettes: a handful of nodes that matter most. */
    private void drawSolutionMarks(Surface gc, TreeScene scene, Viewport viewport) {
        TreeLayout layout = scene.layout();
        TraceState state = scene.state();
        gc.setFill(theme.status(NodeStatus.SOLUTION));
        for (int node : scene.finalSolutions()) {
            if (node < state.nodeCount() && layout.isShown(node) && state.status(node) == NodeStatus.SOLUTION) {
                double x = viewport.screenX(layout.x(node));
                double y = viewport.screenY(scene.trace().depth(node));
                gc.fillPolygon(new double[] {x, x + 5, x, x - 5}, new double[] {y - 6, y, y + 6, y}, 4);
            }
        }
    }

    private static void fillRun(Surface gc, double from, double to, double top, double band) {
        if (!Double.isNaN(from)) {
            gc.fillRect(from - 1, top, to - from + 3, band);
        }
    }

    private void drawEdges(Surface gc, TreeScene scene, Viewport viewport, double width, int firstDepth,
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
            forEachVisible(layout, viewport, width, depth, existing, (node, k) -> {
                if (!scene.isIntervention(node)) {
                    gc.moveTo(viewport.screenX(layout.x(trace.parent(node))), parentY);
                    gc.lineTo(viewport.screenX(layout.x(node)), childY);
                }
            });
        }
        gc.stroke();
        if (scene.hasInterventions()) {
            drawInterventionEdges(gc, scene, viewport, width, firstDepth, lastDepth);
        }
    }

    /** An intervention's edge is dashed: a step a person wrote, not one the search took. */
    private void drawInterventionEdges(Surface gc, TreeScene scene, Viewport viewport, double width, int firstDepth,
            int lastDepth) {
        Trace trace = scene.trace();
        TreeLayout layout = scene.layout();
        gc.setStroke(theme.bookmark);
        gc.setLineWidth(1.5);
        for (int depth = Math.max(1, firstDepth); depth <= lastDepth; depth++) {
            double childY = viewport.screenY(depth);
            double parentY = viewport.screenY(depth - 1);
            forEachVisible(layout, viewport, width, depth, scene.state().nodeCount(), (node, k) -> {
                if (scene.isIntervention(node)) {
                    dashedLine(gc, viewport.screenX(layout.x(trace.parent(node))), parentY,
                            viewport.screenX(layout.x(node)), childY);
                }
            });
        }
        gc.setLineWidth(1);
    }

    /** Dashes drawn as short lines, which both the canvas and SVG surfaces draw alike. */
    private static void dashedLine(Surface gc, double x1, double y1, double x2, double y2) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        int dashes = (int) Math.max(1, length / (DASH + GAP));
        for (int i = 0; i < dashes; i++) {
            double from = i * (DASH + GAP) / length;
            double to = Math.min(1, (i * (DASH + GAP) + DASH) / length);
            gc.strokeLine(x1 + (x2 - x1) * from, y1 + (y2 - y1) * from, x1 + (x2 - x1) * to, y1 + (y2 - y1) * to);
        }
    }

    /**
     * Bookmarks as flags over their nodes and labels as tags beside them, at every zoom: a person's
     * marks stay findable on a whole-tree view. Costs O(marked nodes).
     */
    private void drawMarks(Surface gc, TreeScene scene, Viewport viewport, double radius) {
        AnnotationMarks marks = scene.marks();
        TreeLayout layout = scene.layout();
        int existing = scene.state().nodeCount();
        gc.setFont(labels.labelFont());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        for (int k = 0; k < marks.count(); k++) {
            int node = marks.node(k);
            if (node >= existing || !layout.isShown(node)) {
                continue;
            }
            double x = viewport.screenX(layout.x(node));
            double y = viewport.screenY(scene.trace().depth(node));
            double top = y - radius - 2;
            if (marks.bookmarked(k)) {
                // Left of the node, flying left: the edge up to the parent and the tag on the right stay clear.
                double pole = x - radius - 3;
                gc.setStroke(theme.bookmark);
                gc.setFill(theme.bookmark);
                gc.setLineWidth(2);
                gc.strokeLine(pole, y + radius, pole, y + radius - FLAG_POLE);
                gc.fillPolygon(new double[] {pole, pole - FLAG_WIDTH, pole}, new double[] {y + radius - FLAG_POLE,
                    y + radius - FLAG_POLE + FLAG_WIDTH / 2, y + radius - FLAG_POLE + FLAG_WIDTH}, 3);
                gc.setLineWidth(1);
            }
            if (!marks.tag(k).isEmpty()) {
                gc.setFill(marks.firstError(k) ? theme.status(NodeStatus.FAILED) : theme.bookmark);
                gc.fillText(marks.tag(k), x + radius + 3, top);
            }
        }
    }

    private void drawWeightedEdges(Surface gc, TreeScene scene, Viewport viewport, double width,
            int firstDepth, int lastDepth) {
        Trace trace = scene.trace();
        TreeLayout layout = scene.layout();
        TraceState state = scene.state();
        gc.setStroke(theme.edge);
        for (int depth = Math.max(1, firstDepth); depth <= lastDepth; depth++) {
            double childY = viewport.screenY(depth);
            double parentY = viewport.screenY(depth - 1);
            forEachVisible(layout, viewport, width, depth, state.nodeCount(), (node, k) -> {
                gc.setLineWidth(1 + 5 * scene.visitsFraction(state.metric(node, "visits")));
                gc.strokeLine(viewport.screenX(layout.x(trace.parent(node))), parentY,
                        viewport.screenX(layout.x(node)), childY);
            });
        }
        gc.setLineWidth(1);
    }

    private double nodeRadius(Viewport viewport) {
        return Math.max(1, Math.min(LARGEST_RADIUS * scale, Math.min(viewport.scaleX() * 0.35,
                viewport.levelHeight() * 0.3)));
    }

    private void drawNodes(Surface gc, TreeScene scene, Viewport viewport, double width, double height,
            int firstDepth, int lastDepth, boolean decorated) {
        TreeLayout layout = scene.layout();
        TraceState state = scene.state();
        double radius = nodeRadius(viewport);
        labels.begin(scene, viewport, radius, decorated);
        gc.setLineWidth(1);
        gc.setFont(labels.labelFont());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        for (int depth = firstDepth; depth <= lastDepth; depth++) {
            double y = viewport.screenY(depth);
            int level = depth;
            forEachVisible(layout, viewport, width, depth, state.nodeCount(), (node, k) -> {
                double x = viewport.screenX(layout.x(node));
                gc.setFill(fillOf(scene, state, node));
                if (radius < SQUARE_BELOW) {
                    gc.fillRect(x - radius, y - radius, 2 * radius, 2 * radius);
                } else {
                    gc.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
                }
                if (radius >= 3) {
                    gc.setStroke(scene.isAbandoned(node) ? theme.abandoned : theme.edgeOnPath);
                    gc.strokeOval(x - radius, y - radius, 2 * radius, 2 * radius);
                }
                if (scene.isCollapsed(node) && !scene.trace().isLeaf(node)) {
                    // Under the label, when there is one, so that neither hides the other.
                    double below = labels.shown() ? labels.lineHeight() + 4 : 0;
                    drawCollapsedSubtree(gc, scene, node, x, y + radius + below,
                            viewport.levelHeight() * 0.6 - below, viewport);
                }
                if (scene.isMatch(node)) {
                    gc.setStroke(theme.searchMatch);
                    gc.setLineWidth(2.5);
                    gc.strokeOval(x - radius - 3, y - radius - 3, 2 * radius + 6, 2 * radius + 6);
                    gc.setLineWidth(1);
                }
                labels.drawFor(gc, node, k, level, x, y, height);
            });
        }
        labels.drawSelected(gc, width);
    }

    /**
     * A collapsed subtree as one triangle under its root, as CP-Profiler draws it: wider the more
     * nodes it hides (within the one sibling gap the layout gives it), green when it holds a
     * solution, red when it holds failures and no solution, and labelled with its counts where
     * there is room.
     */
    private void drawCollapsedSubtree(Surface gc, TreeScene scene, int node, double x, double top, double room,
            Viewport viewport) {
        TreeScene.Hidden hidden = scene.hidden(node);
        // At most the fitted margin wide, so that a collapsed subtree at the edge stays in the figure.
        double widest = Math.max(6, Math.min(Viewport.MARGIN - 2, viewport.scaleX() * 0.45));
        double half = Math.min(widest, 5 + 2 * Math.log(hidden.nodes() + 1) / Math.log(2));
        double height = Math.max(8, room);
        gc.setFill(hidden.solutions() > 0 ? collapsedWithSolution
                : hidden.failed() > 0 ? collapsedWithFailures : collapsedPlain);
        gc.fillPolygon(new double[] {x, x - half, x + half}, new double[] {top, top + height, top + height}, 3);
        double textRoom = Math.max(2 * half, viewport.scaleX() * 0.9);
        String count = Integer.toString(hidden.nodes());
        if (textRoom >= count.length() * TreeLabels.AVERAGE_CHARACTER_WIDTH * scale) {
            String counts = count + (hidden.solutions() > 0 ? " \u2713" + hidden.solutions() : "")
                    + (hidden.failed() > 0 ? " \u2717" + hidden.failed() : "");
            gc.setFill(theme.label);
            gc.fillText(counts.length() * TreeLabels.AVERAGE_CHARACTER_WIDTH * scale <= textRoom ? counts : count, x,
                    top + height + 2, textRoom);
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

    /** The cursor's and the selection's paths to the root, under the nodes so the nodes stay readable. */
    private void drawPathLines(Surface gc, TreeScene scene, Viewport viewport) {
        if (startHighlight(gc, scene, scene.cursor(), theme.cursor, 3)) {
            strokePathToRoot(gc, scene.trace(), scene.layout(), viewport, scene.cursor());
        }
        if (startHighlight(gc, scene, scene.selected(), theme.selection, 2)) {
            strokePathToRoot(gc, scene.trace(), scene.layout(), viewport, scene.selected());
        }
        gc.setLineWidth(1);
    }

    /** A ring round the cursor and a square round the selection, over the nodes. */
    private void drawPathEnds(Surface gc, TreeScene scene, Viewport viewport) {
        int cursor = scene.cursor();
        if (startHighlight(gc, scene, cursor, theme.cursor, 3)) {
            gc.strokeOval(nodeX(scene, viewport, cursor) - 11, nodeY(scene, viewport, cursor) - 11, 22, 22);
        }
        int selected = scene.selected();
        if (startHighlight(gc, scene, selected, theme.selection, 2)) {
            gc.strokeRect(nodeX(scene, viewport, selected) - 13, nodeY(scene, viewport, selected) - 13, 26, 26);
        }
        gc.setLineWidth(1);
    }

    /** Sets the pen for highlighting {@code node}; false when there is no such node on screen to highlight. */
    private static boolean startHighlight(Surface gc, TreeScene scene, int node, Color colour, double width) {
        if (node < 0 || !scene.layout().isShown(node)) {
            return false;
        }
        gc.setStroke(colour);
        gc.setLineWidth(width);
        return true;
    }

    private static double nodeX(TreeScene scene, Viewport viewport, int node) {
        return viewport.screenX(scene.layout().x(node));
    }

    private static double nodeY(TreeScene scene, Viewport viewport, int node) {
        return viewport.screenY(scene.trace().depth(node));
    }

    private static void strokePathToRoot(Surface gc, Trace trace, TreeLayout layout, Viewport viewport,
            int node) {
        gc.beginPath();
        gc.moveTo(viewport.screenX(layout.x(node)), viewport.screenY(trace.depth(node)));
        for (int current = trace.parent(node); current >= 0; current = trace.parent(current)) {
            gc.lineTo(viewport.screenX(layout.x(current)), viewport.screenY(trace.depth(current)));
        }
        gc.stroke();
    }

    private void drawEffects(Surface gc, TreeScene scene, Viewport viewport) {
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
    static void forEachVisible(TreeLayout layout, Viewport viewport, double width, int depth, int existing,
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
                action.draw(node, k);
            }
        }
    }

    /** Draws one node, the k-th of its level; a functional interface so that no boxing happens per node. */
    @FunctionalInterface
    interface NodeAction {
        void draw(int node, int k);
    }
}
