package org.retrace.gui.state;

import javafx.scene.canvas.GraphicsContext;
import org.retrace.model.Trace;
import org.retrace.model.TraceState;

/** Draws the state one demo's node stands for: a board, a grid, the numbers left, an assignment. */
interface StatePainter {
    /**
     * Paints {@code node}'s state into a width x height area whose background is already cleared;
     * {@code now} is the replay's state, for what changes after the node is made (visits, values).
     */
    void paint(GraphicsContext gc, double width, double height, Trace trace, int node, TraceState now);
}
