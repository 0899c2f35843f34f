package org.retrace.gui.state;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceState;

/** The N-Queens board: queens placed row by row; a failed board shows its next row, which has no safe square, in red. */
final class QueensPainter implements StatePainter {
    private static final Color LIGHT = Color.web("#f0d9b5");
    private static final Color DARK = Color.web("#b58863");
    private static final Color ATTACKED = Color.web("#e03131", 0.55);
    private static final Color QUEEN = Color.web("#1f2933");

    @Override
    public void paint(GraphicsContext gc, double width, double height, Trace trace, int node, TraceState now) {
        int n = StateValues.integer(trace.info().attributes().get("board"), 8);
        int[] columns = StateValues.ints(StateValues.state(trace, node));
        double side = Math.floor(Math.min(width, height) / n);
        double left = (width - side * n) / 2;
        double top = (height - side * n) / 2;
        boolean failed = now.exists(node) && now.status(node) == NodeStatus.FAILED && columns.length < n;
        for (int row = 0; row < n; row++) {
            for (int column = 0; column < n; column++) {
                gc.setFill((row + column) % 2 == 0 ? LIGHT : DARK);
                gc.fillRect(left + column * side, top + row * side, side, side);
                if (failed && row == columns.length) {
                    gc.setFill(ATTACKED);
                    gc.fillRect(left + column * side, top + row * side, side, side);
                }
            }
        }
        gc.setFill(QUEEN);
        gc.setFont(Font.font("DejaVu Sans", side * 0.7));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        for (int row = 0; row < columns.length; row++) {
            gc.fillText("\u265b", left + (columns[row] + 0.5) * side, top + (row + 0.5) * side);
        }
    }
}
