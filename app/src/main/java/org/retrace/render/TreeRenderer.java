package org.retrace.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
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
 * is drawn as its silhouette instead: runs of nodes closer than a few pixels become one band. The
 * window and {@code retrace bench render} both draw through this class.
 */
public final class TreeRenderer {
    /** Pixels per sibling gap below which levels are drawn as silhouettes. */
    public static final double DETAIL_SCALE = 2;
    /** The room, in pixels, a label across needs at least: a few characters. */
    private static final double MIN_LABEL_SCALE = 20;
    /** Pixels per sibling gap from which leaves too close for horizontal labels get downward ones. */
    private static final double MIN_DOWNWARD_LABEL_SCALE = 10;
    /** A leaf whose horizontal label would hold fewer characters than this, and than its label, reads downward. */
    private static final int DOWNWARD_BELOW = 12;
    /**
     * The shortest level, in pixels, that holds an action on its edges between the parent's label
     * and badge and the child; on shorter levels the action stays under its node.
     */
    private static final double EDGE_LABEL_LEVEL = 96;
    /** How far down its edge, from parent to child, an action is written. */
    private static final double EDGE_LABEL_ALONG = 0.75;
    /** The characters of a downward label a fitted tree makes room for under its deepest level. */
    private static final int DOWNWARD_ROOM = 24;
    /** The height of the legend the window lays over the view's lower left, with its margin. */
    private static final double LEGEND_ROOM = 40;
    private static final double MIN_LABEL_LEVEL = 28;
    private static final double LABEL_POINTS = 11;
    private static final double LARGEST_RADIUS = 9;
    private static final int RUN_JOIN_PIXELS = 3;
    /** Below this radius a node is a square: it looks the same and rasterises several times faster. */
    private static final double SQUARE_BELOW = 2.5;
    /**
     * Width of an average character of the label font, to cut long labels with an ellipsis instead
     * of squeezing them unreadable; measuring each label exactly would cost a layout per node.
     */
    private static final double AVERAGE_CHARACTER_WIDTH = 6.4;
    /** A selected node's label is drawn whole on up to this many lines of this many characters; the details panel has the rest. */
    private static final int WHOLE_LABEL_LINES = 3;
    /** A badge's line: a 9-point font, a little narrower than the labels'. */
    private static final double BADGE_HEIGHT = 12;
    private static final double BADGE_CHARACTER_WIDTH = 5.4;
    /** The most nodes and text grow when zoomed in, and the quarter steps up to it. */
    private static final double MOST_GROWTH = 2.5;
    private static final int ZOOM_STEPS = 6;
    /** The most characters a label of a node alone on its level takes on one line. */
    private static final int LONGEST_LABEL = 40;
    private static final int WHOLE_LABEL_LINE = 44;

    /** Height of the backdrop behind a label: the 11-point font's line. */
    private static final double LABEL_HEIGHT = 14;

    private final Theme theme;
    private final CanvasSurface canvasSurface = new CanvasSurface();
    private final Color labelBackdrop;
    private final Color wholeLabelBackdrop;
    private final Color collapsedWithSolution;
    private final Color collapsedWithFailures;
    private final Color collapsedPlain;
    private double magnification = 1;
    /** The magnification times the zoom's growth, for the frame being drawn. */
    private double scale = 1;
    /** The label font at each step of the zoom's growth, made once per magnification. */
    private final Font[] labelFonts = new Font[ZOOM_STEPS + 1];
    private Font labelFont = Font.font("DejaVu Sans", LABEL_POINTS);
    private final Font[] badgeFonts = new Font[ZOOM_STEPS + 1];
    private int zoomStep;

    public TreeRenderer(Theme theme) {
        this.theme = theme;
        labelBackdrop = theme.background.deriveColor(0, 1, 1, 0.85);
        wholeLabelBackdrop = theme.background.deriveColor(0, 1, 0.97, 0.97);
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
        Arrays.fill(labelFonts, null);
        Arrays.fill(badgeFonts, null);
    }

    /**
     * Semantic zoom: past the level spacing a fit may use, nodes and text grow with the spacing, in
     * steps of a quarter, up to {@value #MOST_GROWTH} times; a fitted tree is drawn at its usual size.
     */
    private void growWithZoom(Viewport viewport) {
        double growth = Math.max(1, Math.min(MOST_GROWTH, viewport.levelHeight() / Viewport.MAX_LEVEL_HEIGHT));
        int step = (int) Math.floor((growth - 1) * 4 + 1e-9);
        scale = magnification * (1 + step / 4.0);
        zoomStep = step;
        if (labelFonts[step] == null) {
            labelFonts[step] = Font.font("DejaVu Sans", LABEL_POINTS * scale);
        }
        labelFont = labelFonts[step];
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
            if (actionsOnEdges(scene, viewport, decorated)) {
                drawEdgeLabels(gc, scene, viewport, width, firstDepth, lastDepth);
            }
            drawNodes(gc, scene, viewport, width, height, firstDepth, lastDepth, decorated);
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
                gc.moveTo(viewport.screenX(layout.x(trace.parent(node))), parentY);
                gc.lineTo(viewport.screenX(layout.x(node)), childY);
            });
        }
        gc.stroke();
    }

    /** Whether the edges show their children's actions, which then are not repeated under the nodes. */
    private boolean actionsOnEdges(TreeScene scene, Viewport viewport, boolean decorated) {
        return decorated && scene.edgeLabels() && viewport.levelHeight() >= EDGE_LABEL_LEVEL * scale
                && viewport.scaleX() >= MIN_LABEL_SCALE * scale;
    }

    /**
     * Each created node's action on the edge from its parent, {@value #EDGE_LABEL_ALONG} of the way
     * down, in the labels' font, cut to the room its sibling edges leave there. Costs O(1) a
     * visible edge.
     */
    private void drawEdgeLabels(Surface gc, TreeScene scene, Viewport viewport, double width, int firstDepth,
            int lastDepth) {
        Trace trace = scene.trace();
        TreeLayout layout = scene.layout();
        double characterWidth = AVERAGE_CHARACTER_WIDTH * scale;
        double lineHeight = LABEL_HEIGHT * scale;
        gc.setFont(labelFont);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        gc.setFill(theme.label);
        for (int depth = Math.max(1, firstDepth); depth <= lastDepth; depth++) {
            double parentY = viewport.screenY(depth - 1);
            double y = parentY + EDGE_LABEL_ALONG * (viewport.screenY(depth) - parentY) - lineHeight / 2;
            int level = depth;
            forEachVisible(layout, viewport, width, depth, scene.state().nodeCount(), (node, k) -> {
                String action = trace.action(node);
                if (action.isEmpty()) {
                    return;
                }
                // Sibling edges are this much closer together here than their children are.
                double room = labelRoom(layout, viewport, node, k, level) * EDGE_LABEL_ALONG;
                int fits = (int) (room / characterWidth);
                if (fits < 3) {
                    return;
                }
                String text = cut(action, fits);
                double parentX = viewport.screenX(layout.x(trace.parent(node)));
                double x = parentX + EDGE_LABEL_ALONG * (viewport.screenX(layout.x(node)) - parentX);
                gc.fillTextOnBackdrop(text, x, y, room, text.length() * characterWidth, lineHeight, labelBackdrop);
            });
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

    private void drawNodes(Surface gc, TreeScene scene, Viewport viewport, double width, double height,
            int firstDepth, int lastDepth, boolean decorated) {
        TreeLayout layout = scene.layout();
        boolean actionsOnEdges = actionsOnEdges(scene, viewport, decorated);
        TraceState state = scene.state();
        double radius = Math.max(1, Math.min(LARGEST_RADIUS * scale, Math.min(viewport.scaleX() * 0.35,
                viewport.levelHeight() * 0.3)));
        boolean labels = decorated && viewport.scaleX() >= MIN_DOWNWARD_LABEL_SCALE * scale
                && viewport.levelHeight() >= MIN_LABEL_LEVEL * scale;
        // Across, a label needs a few characters' room: packed levels leave their nodes none.
        double leastRoomAcross = MIN_LABEL_SCALE * scale * 0.95;
        // A second line when the level leaves room for it above the next level's nodes.
        boolean twoLines = viewport.levelHeight() >= 2 * radius + 6 + 2 * LABEL_HEIGHT * scale;
        // A badge of key metrics under the label, when a third line fits too.
        boolean badges = labels && scene.badges()
                && viewport.levelHeight() >= 2 * radius + 8 + 2 * LABEL_HEIGHT * scale + BADGE_HEIGHT * scale;
        gc.setLineWidth(1);
        gc.setFont(labelFont);
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
                    double below = labels ? LABEL_HEIGHT * scale + 4 : 0;
                    drawCollapsedSubtree(gc, scene, node, x, y + radius + below,
                            viewport.levelHeight() * 0.6 - below, viewport);
                }
                if (scene.isMatch(node)) {
                    gc.setStroke(theme.searchMatch);
                    gc.setLineWidth(2.5);
                    gc.strokeOval(x - radius - 3, y - radius - 3, 2 * radius + 6, 2 * radius + 6);
                    gc.setLineWidth(1);
                }
                if (!labels || node == scene.selected()) {
                    return;
                }
                double room = labelRoom(layout, viewport, node, k, level);
                if (actionsOnEdges && labelOf(scene.trace(), node).equals(scene.trace().action(node))) {
                    // The label is the action its edge shows: the badge moves up under the node.
                    if (badges) {
                        drawBadge(gc, scene, state, node, x, y + radius + 3, room);
                    }
                } else if (readsDownward(scene, state, node, room)) {
                    double bottom = downwardLabelEnd(layout, viewport, state, level, x, height, radius);
                    drawDownwardLabel(gc, scene, node, x, y + radius + 3, bottom, room);
                } else if (room >= leastRoomAcross) {
                    int lines = drawLabel(gc, scene, node, x, y + radius + 2, room, twoLines);
                    if (badges) {
                        drawBadge(gc, scene, state, node, x, y + radius + 3 + lines * LABEL_HEIGHT * scale, room);
                    }
                }
            });
        }
        int selected = scene.selected();
        if (labels && selected >= 0 && selected < state.nodeCount() && layout.isShown(selected)) {
            // The selected node's whole label, over its neighbours', so that a cut label can always be read.
            drawWholeLabel(gc, scene, selected, viewport.screenX(layout.x(selected)),
                    viewport.screenY(scene.trace().depth(selected)) + radius + 2, width);
        }
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
        if (textRoom >= count.length() * AVERAGE_CHARACTER_WIDTH * scale) {
            String counts = count + (hidden.solutions() > 0 ? " \u2713" + hidden.solutions() : "")
                    + (hidden.failed() > 0 ? " \u2717" + hidden.failed() : "");
            gc.setFill(theme.label);
            gc.fillText(counts.length() * AVERAGE_CHARACTER_WIDTH * scale <= textRoom ? counts : count, x,
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

    /**
     * The width a label may take: the distance to the nearer neighbour on its level, so that two
     * centred labels meet at most halfway, and {@value #LONGEST_LABEL} characters' width for a node
     * alone on its level. Costs O(1).
     */
    private double labelRoom(TreeLayout layout, Viewport viewport, int node, int k, int depth) {
        double gap = LONGEST_LABEL * AVERAGE_CHARACTER_WIDTH * scale;
        if (k > 0) {
            gap = Math.min(gap, (layout.x(node) - layout.x(layout.levelNode(depth, k - 1))) * viewport.scaleX());
        }
        if (k + 1 < layout.levelSize(depth)) {
            gap = Math.min(gap, (layout.x(layout.levelNode(depth, k + 1)) - layout.x(node)) * viewport.scaleX());
        }
        return gap * 0.95;
    }

    /**
     * Whether the label of {@code node} reads downward: its neighbours leave room for fewer than
     * {@value #DOWNWARD_BELOW} characters across, fewer than the label has, and nothing of its own
     * hangs below it (no created child shown, no collapsed triangle). Dendrograms label their
     * packed leaves this way. Costs O(1).
     */
    private boolean readsDownward(TreeScene scene, TraceState state, int node, double room) {
        int fits = (int) (room / (AVERAGE_CHARACTER_WIDTH * scale));
        if (fits >= DOWNWARD_BELOW || fits >= labelOf(scene.trace(), node).length()) {
            return false;
        }
        int child = scene.trace().firstChild(node);
        return child < 0 || child >= state.nodeCount();
    }

    /**
     * The room a fitted tree needs under its deepest level when that level's leaves are too close
     * for labels across: their longest label read downward, up to {@value #DOWNWARD_ROOM} characters,
     * and the legend the window lays over the lower edge; 0 when the labels go across. At scale
     * {@code scaleX} pixels per sibling gap; costs O(nodes on the level) when they can be labelled.
     */
    public static double roomBelowDeepestLevel(TreeScene scene, double scaleX) {
        TreeLayout layout = scene.layout();
        int deepest = layout.depthCount() - 1;
        if (deepest < 1 || scaleX < MIN_DOWNWARD_LABEL_SCALE || layout.levelSize(deepest) < 2) {
            return 0;
        }
        double closest = Double.MAX_VALUE;
        int longest = 0;
        for (int k = 0; k < layout.levelSize(deepest); k++) {
            int node = layout.levelNode(deepest, k);
            if (k > 0) {
                closest = Math.min(closest, layout.x(node) - layout.x(layout.levelNode(deepest, k - 1)));
            }
            longest = Math.max(longest, labelOf(scene.trace(), node).length());
        }
        if (closest * scaleX * 0.95 >= DOWNWARD_BELOW * AVERAGE_CHARACTER_WIDTH) {
            return 0;
        }
        return Math.min(longest, DOWNWARD_ROOM) * AVERAGE_CHARACTER_WIDTH + LARGEST_RADIUS + LEGEND_ROOM;
    }

    /**
     * Where a downward label under the node at {@code x} on {@code depth} must end: above the
     * first deeper level with a node drawn in its column, else above the view's lower edge. Costs
     * O(log n) a level it passes, plus the nodes in the column.
     */
    private double downwardLabelEnd(TreeLayout layout, Viewport viewport, TraceState state, int depth, double x,
            double height, double radius) {
        double end = height - 4;
        double halfColumn = LABEL_HEIGHT * scale / 2 + radius;
        for (int below = depth + 1; below < layout.depthCount() && viewport.screenY(below) - radius < end; below++) {
            for (int k = layout.firstAtOrRightOf(below, viewport.worldX(x - halfColumn));
                    k < layout.levelSize(below); k++) {
                int node = layout.levelNode(below, k);
                if (viewport.screenX(layout.x(node)) > x + halfColumn) {
                    break;
                }
                if (node < state.nodeCount()) {
                    return viewport.screenY(below) - radius - 3;
                }
            }
        }
        return end;
    }

    /**
     * A leaf's label turned to read downward from {@code top} to at most {@code bottom}, cut with an
     * ellipsis; in the badges' smaller font where the leaves are closer than a line of the labels'.
     */
    private void drawDownwardLabel(Surface gc, TreeScene scene, int node, double x, double top, double bottom,
            double room) {
        boolean small = room < LABEL_HEIGHT * scale * 0.95;
        double characterWidth = (small ? BADGE_CHARACTER_WIDTH : AVERAGE_CHARACTER_WIDTH) * scale;
        int fits = Math.min(LONGEST_LABEL, (int) ((bottom - top) / characterWidth));
        if (fits < 3) {
            return;
        }
        String text = cut(labelOf(scene.trace(), node), fits);
        gc.setFill(scene.isAbandoned(node) ? theme.silhouette : theme.label);
        if (small) {
            gc.setFont(badgeFont());
        }
        gc.fillTextDownward(text, x, top, text.length() * characterWidth,
                Math.min((small ? BADGE_HEIGHT : LABEL_HEIGHT) * scale, room + 1), labelBackdrop);
        if (small) {
            gc.setFont(labelFont);
        }
    }

    /**
     * A node's label in the room its siblings leave: whole when it fits, else wrapped at a space
     * onto a second line when {@code twoLines}, else cut with an ellipsis.
     */
    private int drawLabel(Surface gc, TreeScene scene, int node, double x, double top, double room,
            boolean twoLines) {
        String label = labelOf(scene.trace(), node);
        double characterWidth = AVERAGE_CHARACTER_WIDTH * scale;
        int fits = Math.max(1, (int) (room / characterWidth));
        gc.setFill(scene.isAbandoned(node) ? theme.silhouette : theme.label);
        if (label.length() <= fits || !twoLines) {
            drawLine(gc, cut(label, fits), x, top, room, characterWidth);
            return 1;
        }
        int space = label.lastIndexOf(' ', fits);
        int split = space >= fits / 2 ? space : fits;
        drawLine(gc, label.substring(0, split).strip(), x, top, room, characterWidth);
        drawLine(gc, cut(label.substring(split).strip(), fits), x, top + LABEL_HEIGHT * scale, room,
                characterWidth);
        return 2;
    }

    /**
     * The node's key metrics at the replay's position, small and grey under its label: "visits 12
     * value 0.47". Allocates the line's text; drawn only where a third line fits, so for a few
     * hundred nodes a frame at most.
     */
    private void drawBadge(Surface gc, TreeScene scene, TraceState state, int node, double x, double top,
            double room) {
        int fits = Math.max(1, (int) (room / (BADGE_CHARACTER_WIDTH * scale)));
        StringBuilder badge = new StringBuilder();
        for (String metric : scene.badgeMetrics()) {
            double value = state.metric(node, metric);
            if (!Double.isNaN(value)) {
                String item = metric + ' ' + compact(value);
                // A second metric only where it fits whole: a cut number would mislead.
                if (badge.length() > 0 && badge.length() + 2 + item.length() > fits) {
                    break;
                }
                badge.append(badge.length() == 0 ? "" : "  ").append(item);
            }
        }
        if (badge.length() == 0) {
            return;
        }
        gc.setFont(badgeFont());
        gc.setFill(theme.silhouette);
        gc.fillText(cut(badge.toString(), fits), x, top, room);
        gc.setFont(labelFont);
    }

    /**
     * The selected node's label, wrapped at spaces onto up to {@value #WHOLE_LABEL_LINES} lines of
     * {@value #WHOLE_LABEL_LINE} characters, on one backdrop over its neighbours' labels and kept
     * inside the view.
     */
    private void drawWholeLabel(Surface gc, TreeScene scene, int node, double x, double top, double width) {
        String rest = labelOf(scene.trace(), node).strip();
        double characterWidth = AVERAGE_CHARACTER_WIDTH * scale;
        int lineLength = Math.min(WHOLE_LABEL_LINE, Math.max(8, (int) ((width - 8) / characterWidth)));
        String[] lines = new String[WHOLE_LABEL_LINES];
        int count = 0;
        int longest = 0;
        while (!rest.isEmpty() && count < WHOLE_LABEL_LINES) {
            String line;
            if (rest.length() <= lineLength) {
                line = rest;
                rest = "";
            } else if (count == WHOLE_LABEL_LINES - 1) {
                line = cut(rest, lineLength);
                rest = "";
            } else {
                int space = rest.lastIndexOf(' ', lineLength);
                int split = space >= lineLength / 2 ? space : lineLength;
                line = rest.substring(0, split).strip();
                rest = rest.substring(split).strip();
            }
            lines[count++] = line;
            longest = Math.max(longest, line.length());
        }
        double boxWidth = longest * characterWidth + 2 * characterWidth;
        double centre = Math.max(boxWidth / 2 + 2, Math.min(width - boxWidth / 2 - 2, x));
        double lineHeight = LABEL_HEIGHT * scale;
        gc.setFill(wholeLabelBackdrop);
        gc.fillRect(centre - boxWidth / 2, top - 1, boxWidth, count * lineHeight + 2);
        gc.setFill(theme.label);
        for (int line = 0; line < count; line++) {
            gc.fillText(lines[line], centre, top + line * lineHeight, boxWidth);
        }
    }

    private void drawLine(Surface gc, String text, double x, double top, double room, double characterWidth) {
        // Edges to the children pass under the label; a backdrop keeps it readable where they cross.
        double textWidth = Math.min(room, text.length() * characterWidth);
        gc.fillTextOnBackdrop(text, x, top, room, textWidth, LABEL_HEIGHT * scale, labelBackdrop);
    }

    private Font badgeFont() {
        if (badgeFonts[zoomStep] == null) {
            badgeFonts[zoomStep] = Font.font("DejaVu Sans", 9 * scale);
        }
        return badgeFonts[zoomStep];
    }

    /** Three significant digits at most, without trailing zeros: 12, 0.47, 1.23E+5. */
    private static String compact(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros();
        return Math.abs(value) >= 1e6 ? rounded.toString() : rounded.toPlainString();
    }

    private static String labelOf(Trace trace, int node) {
        return trace.label(node).isEmpty() ? trace.id(node) : trace.label(node);
    }

    private static String cut(String text, int characters) {
        return text.length() <= characters ? text : text.substring(0, Math.max(1, characters - 1)) + "\u2026";
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
                action.draw(node, k);
            }
        }
    }

    /** Draws one node, the k-th of its level; a functional interface so that no boxing happens per node. */
    @FunctionalInterface
    private interface NodeAction {
        void draw(int node, int k);
    }
}
