package org.retrace.render;

import java.util.BitSet;
import java.util.Objects;

/**
 * How the tree view is dressed, apart from the trace and the replay's position: the legend, node
 * colour by value, edge width by visits, metric badges, actions on edges and the collapsed subtrees. The window's settings make one
 * and the command line's options another, so a figure shows the tree as the user set it up.
 *
 * @param collapsed the roots of collapsed subtrees, by node index; copied in and out, as a
 *        record cannot keep a mutable set to itself otherwise
 */
public record ViewStyle(boolean legend, boolean colourByValue, boolean edgeWidthByVisits, boolean badges,
        boolean edgeLabels, BitSet collapsed) {
    public ViewStyle {
        collapsed = (BitSet) Objects.requireNonNull(collapsed, "collapsed must be a set, found null").clone();
    }

    /**
     * The window's look when a trace opens: a legend, status colours, plain edges, badges, actions
     * under the nodes they led to rather than on edges, nothing collapsed.
     */
    public static ViewStyle standard() {
        return new ViewStyle(true, false, false, true, false, new BitSet());
    }

    /** The same style with or without the legend. */
    public ViewStyle withLegend(boolean shown) {
        return new ViewStyle(shown, colourByValue, edgeWidthByVisits, badges, edgeLabels, collapsed);
    }

    /** The same style with these subtrees collapsed instead. */
    public ViewStyle withCollapsed(BitSet roots) {
        return new ViewStyle(legend, colourByValue, edgeWidthByVisits, badges, edgeLabels, roots);
    }

    @Override
    public BitSet collapsed() {
        return (BitSet) collapsed.clone();
    }
}
