package org.retrace.gui.replay;

import org.retrace.gui.tree.TreeCanvasView;
import org.retrace.model.Trace;
import org.retrace.render.PathPoint;

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
        if (progress >= 1 || !PathPoint.at(trace, view.scene().layout(), path, progress, point)) {
            return null;
        }
        return point;
    }
}
