package org.retrace.render;

import org.retrace.layout.TreeLayout;
import org.retrace.model.Trace;

/**
 * Where a marker travelling along a path of nodes is, at an even pace: the window's backtrack
 * animation and the exported GIF's both ask here, so a backtrack moves the same way in both.
 */
public final class PathPoint {
    private PathPoint() {
    }

    /**
     * Writes into {@code point} the layout position {x, fractional depth} at {@code progress} (0 to
     * 1) along {@code path}; returns false, writing nothing, when the path is shorter than an edge
     * or a node on the way is not laid out. Costs O(1).
     */
    public static boolean at(Trace trace, TreeLayout layout, int[] path, double progress, double[] point) {
        if (path.length < 2 || progress < 0 || progress > 1) {
            return false;
        }
        double along = progress * (path.length - 1);
        int from = Math.min((int) along, path.length - 2);
        double fraction = along - from;
        int a = path[from];
        int b = path[from + 1];
        if (!layout.isShown(a) || !layout.isShown(b)) {
            return false;
        }
        point[0] = layout.x(a) + (layout.x(b) - layout.x(a)) * fraction;
        point[1] = trace.depth(a) + (trace.depth(b) - trace.depth(a)) * fraction;
        return true;
    }
}
