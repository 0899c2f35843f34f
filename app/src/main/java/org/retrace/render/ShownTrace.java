package org.retrace.render;

import java.util.BitSet;
import org.retrace.layout.TidyTreeLayout;
import org.retrace.layout.TreeLayout;
import org.retrace.model.Trace;

/**
 * One trace as it is shown: its scene at a replay position, laid out with its collapsed subtrees.
 * The tree view, the pictures, the animations and the render benchmark all set a trace up through
 * this, so that scene, layout and collapse are made one way. Moving the position lays out again
 * only when it created or removed nodes, incrementally ({@link TidyTreeLayout#update}); collapsing
 * costs one full layout.
 */
public final class ShownTrace {
    private final Trace trace;
    private final TreeLayout layout = new TreeLayout();
    private final TidyTreeLayout tidy = new TidyTreeLayout();
    private final BitSet collapsed;
    private final TreeScene scene;
    private int laidOutCount = -1;

    /** {@code trace} at its start, with the subtrees under {@code collapsed} collapsed (copied). */
    public ShownTrace(Trace trace, BitSet collapsed) {
        this.trace = trace;
        this.collapsed = (BitSet) collapsed.clone();
        scene = new TreeScene(trace, layout);
        scene.setCollapsed(this.collapsed);
    }

    /** {@code trace} at {@code position}, laid out; costs one layout. */
    public static ShownTrace at(Trace trace, int position, BitSet collapsed) {
        ShownTrace shown = new ShownTrace(trace, collapsed);
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

    /** A copy of the roots of the collapsed subtrees. */
    public BitSet collapsed() {
        return (BitSet) collapsed.clone();
    }

    /** Shows the trace after {@code position} events; returns whether the layout changed. */
    public boolean showPosition(int position) {
        scene.showPosition(position);
        return relayoutIfGrown();
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
}
