package org.retrace.render;

import java.util.BitSet;
import org.retrace.layout.TidyTreeLayout;
import org.retrace.layout.TreeLayout;
import org.retrace.model.Trace;

/**
 * One trace as it is shown: its scene at a replay position, laid out with its collapsed subtrees
 * and dressed as the user set the view up. The tree view, the memory view, the pictures, the
 * animations and the render benchmark all show a trace through this, so that scene, layout,
 * collapse, dress and position are set one way, and every view that reads it sees the same
 * position. Moving the position lays out again only when it created or removed nodes,
 * incrementally ({@link TidyTreeLayout#update}); collapsing costs one full layout.
 */
public final class ShownTrace {
    private final Trace trace;
    private final TreeLayout layout = new TreeLayout();
    private final TidyTreeLayout tidy = new TidyTreeLayout();
    private final BitSet collapsed = new BitSet();
    private final TreeScene scene;
    private ViewStyle style;
    private int position;
    private int laidOutCount = -1;

    /** {@code trace} at its end, dressed as {@code style} says, not laid out yet. */
    public ShownTrace(Trace trace, ViewStyle style) {
        this.trace = trace;
        scene = new TreeScene(trace, layout);
        scene.setCollapsed(collapsed);
        position = trace.timeline().size();
        dress(style);
    }

    /** {@code trace} at {@code position}, dressed and laid out; costs one layout. */
    public static ShownTrace at(Trace trace, int position, ViewStyle style) {
        ShownTrace shown = new ShownTrace(trace, style);
        shown.showPosition(position);
        return shown;
    }

    public Trace trace() {
        return trace;
    }

    public TreeScene scene() {
        return scene;
    }

    public TreeLayout layout() {
        return layout;
    }

    /** The number of events shown. */
    public int position() {
        return position;
    }

    /** How the view is dressed, with the collapsed subtrees as they are now. */
    public ViewStyle style() {
        return style.withCollapsed(collapsed);
    }

    /**
     * Dresses the scene as {@code newStyle} says: colours, edge widths, badges, edge labels and the
     * collapsed subtrees; returns whether the layout changed, which costs one full layout.
     */
    public boolean dress(ViewStyle newStyle) {
        style = newStyle;
        scene.setColourByValue(newStyle.colourByValue());
        scene.setEdgeWidthByVisits(newStyle.edgeWidthByVisits());
        scene.setBadges(newStyle.badges());
        scene.setEdgeLabels(newStyle.edgeLabels());
        BitSet roots = newStyle.collapsed();
        if (roots.equals(collapsed)) {
            return false;
        }
        setCollapsed(roots);
        return true;
    }

    /**
     * Fits the whole shown tree into a width x height view, with room under the deepest level for
     * its labels when they read downward (see {@link TreeRenderer#roomBelowDeepestLevel}); costs
     * O(nodes on the deepest level) when they are far enough apart to be labelled, else O(1).
     */
    public void fit(Viewport viewport, double width, double height) {
        if (layout.depthCount() == 0) {
            return;
        }
        viewport.fit(layout.minX(), layout.maxX(), layout.depthCount(), width, height);
        double below = TreeLabels.roomBelowDeepestLevel(scene, viewport.scaleX());
        if (below > Viewport.BOTTOM_MARGIN) {
            viewport.fit(layout.minX(), layout.maxX(), layout.depthCount(), width, height, below);
        }
    }

    /** A copy of the roots of the collapsed subtrees. */
    public BitSet collapsed() {
        return (BitSet) collapsed.clone();
    }

    /** Shows the trace after {@code shownEvents} events; returns whether the layout changed. */
    public boolean showPosition(int shownEvents) {
        showPositionWithinLayout(shownEvents);
        return relayoutIfGrown();
    }

    /**
     * Shows the trace after {@code shownEvents} events in the layout as it stands, so that the
     * nodes not created yet keep their room: the render benchmark draws a whole tree's layout at
     * a busy position this way. Costs O(depth).
     */
    public void showPositionWithinLayout(int shownEvents) {
        scene.showPosition(shownEvents);
        position = shownEvents;
    }

    /**
     * Lays the tree out again if the shown prefix created or removed nodes since the last layout,
     * reusing the placements the change leaves valid; returns whether it did.
     */
    public boolean relayoutIfGrown() {
        int count = scene.state().nodeCount();
        if (count == laidOutCount) {
            return false;
        }
        if (laidOutCount < 0) {
            tidy.layout(trace, count, collapsed, layout);
        } else {
            tidy.update(trace, count, collapsed, layout);
        }
        laidOutCount = count;
        return true;
    }

    /** Collapses exactly the subtrees under {@code roots}; costs one full layout. */
    public void setCollapsed(BitSet roots) {
        collapsed.clear();
        collapsed.or(roots);
        laidOutCount = -1;
        relayoutIfGrown();
    }

    /** Collapses or expands the subtree under {@code node}; costs one full layout. */
    public void toggleCollapsed(int node) {
        collapsed.flip(node);
        laidOutCount = -1;
        relayoutIfGrown();
    }

    /**
     * The created node drawn within {@code radius} pixels of the screen point (x, y) when the
     * layout is seen through {@code viewport}, the nearest if several are, or -1; costs O(log n)
     * plus the nodes within the radius.
     */
    public int nodeAt(Viewport viewport, double x, double y, double radius) {
        if (layout.depthCount() == 0) {
            return -1;
        }
        int depth = viewport.depthAt(y);
        if (depth < 0 || depth >= layout.depthCount() || Math.abs(viewport.screenY(depth) - y) > radius) {
            return -1;
        }
        int best = -1;
        double bestDistance = radius;
        for (int k = layout.firstAtOrRightOf(depth, viewport.worldX(x - radius)); k < layout.levelSize(depth); k++) {
            int node = layout.levelNode(depth, k);
            double screenX = viewport.screenX(layout.x(node));
            if (screenX > x + radius) {
                break;
            }
            double distance = Math.abs(screenX - x);
            if (distance <= bestDistance && node < scene.state().nodeCount()) {
                best = node;
                bestDistance = distance;
            }
        }
        return best;
    }
}
