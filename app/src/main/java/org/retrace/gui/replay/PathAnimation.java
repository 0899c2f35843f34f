package org.retrace.gui.replay;

import org.retrace.gui.tree.TreeCanvasView;
import org.retrace.model.Trace;

/** A marker travelling along a path of nodes at an even pace, e.g. the cursor backtracking. */
final class PathAnimation {
    private final int[] path;
    private final double seconds;
    private final double[] point = new double[2];
    private long start;

    PathAnimation(int[] path, double seconds) {
        this.path = path;
        this.seconds = seconds;
    }

    /** Where the marker is at {@code now}, as {x, depth} in layout units; null once it has arrived. */
    double[] pointAt(long now, Trace trace, TreeCanvasView view) {
        if (start == 0) {
            start = now;
        }
        double progress = (now - start) / 1e9 / seconds;
        if (progress >= 1 || path.length < 2) {
            return null;
        }
        double along = progress * (path.length - 1);
        int from = (int) along;
        double fraction = along - from;
        int a = path[from];
        int b = path[from + 1];
        double ax = view.scene().layout().x(a);
        double bx = view.scene().layout().x(b);
        if (Double.isNaN(ax) || Double.isNaN(bx)) {
            return null;
        }
        point[0] = ax + (bx - ax) * fraction;
        point[1] = trace.depth(a) + (trace.depth(b) - trace.depth(a)) * fraction;
        return point;
    }
}
