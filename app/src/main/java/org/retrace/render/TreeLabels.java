package org.retrace.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.retrace.layout.TreeLayout;
import org.retrace.model.Trace;
import org.retrace.model.TraceState;

/**
 * The text of a drawn tree: node labels across (whole, on two lines, or cut), leaves' labels
 * read downward where they are packed, the selected node's whole label, metric badges, and
 * actions on edges. {@link TreeRenderer} decides where nodes go and asks this class for their
 * words; fonts are made once per zoom step and magnification.
 */
final class TreeLabels {
    /** The room, in pixels, a label across needs at least: a few characters. */
    static final double MIN_LABEL_SCALE = 20;
    /** Pixels per sibling gap from which leaves too close for horizontal labels get downward ones. */
    static final double MIN_DOWNWARD_LABEL_SCALE = 10;
    /** The shortest level, in pixels, on which nodes are labelled at all. */
    static final double MIN_LABEL_LEVEL = 28;
    /** Height of the backdrop behind a label: the 11-point font's line. */
    static final double LABEL_HEIGHT = 14;
    /** A badge's line: a 9-point font, a little narrower than the labels'. */
    static final double BADGE_HEIGHT = 12;
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
    private static final double LABEL_POINTS = 11;
    /**
     * Width of an average character of the label font, to cut long labels with an ellipsis instead
     * of squeezing them unreadable; measuring each label exactly would cost a layout per node.
     */
    static final double AVERAGE_CHARACTER_WIDTH = 6.4;
    private static final double BADGE_CHARACTER_WIDTH = 5.4;
    /** A selected node's label is drawn whole on up to this many lines of this many characters; the details panel has the rest. */
    private static final int WHOLE_LABEL_LINES = 3;
    private static final int WHOLE_LABEL_LINE = 44;
    /** The most characters a label of a node alone on its level takes on one line. */
    private static final int LONGEST_LABEL = 40;

    private final Theme theme;
    private final Color labelBackdrop;
    private final Color wholeLabelBackdrop;
    private final Font[] labelFonts;
    private final Font[] badgeFonts;
    /** The magnification times the zoom's growth, for the frame being drawn. */
    private double scale = 1;
    private int zoomStep;
    private Font labelFont = Font.font("DejaVu Sans", LABEL_POINTS);
    private TreeScene scene;
    private Viewport viewport;
    private double radius;
    private boolean shown;
    private double leastRoomAcross;
    private boolean twoLines;
    private boolean badges;
    private boolean onEdges;

    /** Labels in {@code theme}'s colours, with fonts for {@code zoomSteps} + 1 steps of growth. */
    TreeLabels(Theme theme, int zoomSteps) {
        this.theme = theme;
        labelBackdrop = theme.background.deriveColor(0, 1, 1, 0.85);
        wholeLabelBackdrop = theme.background.deriveColor(0, 1, 0.97, 0.97);
        labelFonts = new Font[zoomSteps + 1];
        badgeFonts = new Font[zoomSteps + 1];
    }

    /** Text from now on is {@code newScale} times its usual size, the zoom's growth being at {@code step}. */
    void zoom(double newScale, int step) {
        scale = newScale;
        zoomStep = step;
        if (labelFonts[step] == null) {
            labelFonts[step] = Font.font("DejaVu Sans", LABEL_POINTS * scale);
        }
        labelFont = labelFonts[step];
    }

    /** Forgets the fonts made, as a new magnification needs others. */
    void clearFonts() {
        Arrays.fill(labelFonts, null);
        Arrays.fill(badgeFonts, null);
    }

    Font labelFont() {
        return labelFont;
    }

    /**
     * Decides what text the frame about to be drawn has room for: labels at all, across or
     * downward, a second line, badges, actions on edges. Nodes are drawn {@code nodeRadius} across.
     */
    void begin(TreeScene frameScene, Viewport frameViewport, double nodeRadius, boolean decorated) {
        scene = frameScene;
        viewport = frameViewport;
        radius = nodeRadius;
        double level = viewport.levelHeight();
        shown = decorated && viewport.scaleX() >= MIN_DOWNWARD_LABEL_SCALE * scale && level >= MIN_LABEL_LEVEL * scale;
        // Across, a label needs a few characters' room: packed levels leave their nodes none.
        leastRoomAcross = MIN_LABEL_SCALE * scale * 0.95;
        // A second line when the level leaves room for it above the next level's nodes.
        twoLines = level >= 2 * radius + 6 + 2 * LABEL_HEIGHT * scale;
        // A badge of key metrics under the label, when a third line fits too.
        badges = shown && scene.badges() && level >= 2 * radius + 8 + 2 * LABEL_HEIGHT * scale + BADGE_HEIGHT * scale;
        onEdges = actionsOnEdges(scene, viewport, decorated);
    }

    /** Whether this frame labels its nodes. */
    boolean shown() {
        return shown;
    }

    /** The height of a label's line in this frame. */
    double lineHeight() {
        return LABEL_HEIGHT * scale;
    }

    /**
     * The words under {@code node}, the k-th of {@code depth}, drawn at (x, y): its label across,
     * or downward if it is a packed leaf, or none if its edge shows it; its badge. The selected
     * node's label is {@link #drawSelected}'s. Costs O(1), O(depth) for a downward label.
     */
    void drawFor(Surface gc, int node, int k, int depth, double x, double y, double height) {
        if (!shown || node == scene.selected()) {
            return;
        }
        TraceState state = scene.state();
        TreeLayout layout = scene.layout();
        double room = labelRoom(layout, viewport, node, k, depth);
        if (onEdges && labelOf(scene.trace(), node).equals(scene.trace().action(node))) {
            // The label is the action its edge shows: the badge moves up under the node.
            if (badges) {
                drawBadge(gc, scene, state, node, x, y + radius + 3, room);
            }
        } else if (readsDownward(scene, state, node, room)) {
            double bottom = downwardLabelEnd(layout, viewport, state, depth, x, height, radius);
            drawDownwardLabel(gc, scene, node, x, y + radius + 3, bottom, room);
        } else if (room >= leastRoomAcross) {
            int lines = drawLabel(gc, scene, node, x, y + radius + 2, room, twoLines);
            if (badges) {
                drawBadge(gc, scene, state, node, x, y + radius + 3 + lines * LABEL_HEIGHT * scale, room);
            }
        }
    }

    /** The selected node's whole label, over its neighbours', so that a cut label can always be read. */
    void drawSelected(Surface gc, double width) {
        int selected = scene.selected();
        if (shown && selected >= 0 && selected < scene.state().nodeCount() && scene.layout().isShown(selected)) {
            drawWholeLabel(gc, scene, selected, viewport.screenX(scene.layout().x(selected)),
                    viewport.screenY(scene.trace().depth(selected)) + radius + 2, width);
        }
    }

    /** Whether the edges show their children's actions, which then are not repeated under the nodes. */
    boolean actionsOnEdges(TreeScene scene, Viewport viewport, boolean decorated) {
        return decorated && scene.edgeLabels() && viewport.levelHeight() >= EDGE_LABEL_LEVEL * scale
                && viewport.scaleX() >= MIN_LABEL_SCALE * scale;
    }

    /**
     * Each created node's action on the edge from its parent, {@value #EDGE_LABEL_ALONG} of the way
     * down, in the labels' font, cut to the room its sibling edges leave there. Costs O(1) a
     * visible edge.
     */
    void drawEdgeLabels(Surface gc, TreeScene scene, Viewport viewport, double width, int firstDepth,
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
            TreeRenderer.forEachVisible(layout, viewport, width, depth, scene.state().nodeCount(), (node, k) -> {
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
    static double roomBelowDeepestLevel(TreeScene scene, double scaleX) {
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
        return Math.min(longest, DOWNWARD_ROOM) * AVERAGE_CHARACTER_WIDTH + TreeRenderer.LARGEST_RADIUS + LEGEND_ROOM;
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
}
