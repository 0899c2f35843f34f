package org.retrace.gui.state;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.retrace.model.Trace;
import org.retrace.model.TraceState;

/** The tic-tac-toe board of an MCTS node, its last move highlighted, with the node's visits and value. */
final class TicTacToePainter implements StatePainter {
    private static final Color X = Color.web("#364fc7");
    private static final Color O = Color.web("#e8590c");
    private static final Color LAST = Color.web("#fff3bf");
    private static final Color LINE = Color.web("#1f2933");

    @Override
    public void paint(GraphicsContext gc, double width, double height, Trace trace, int node, TraceState now) {
        double visits = now.exists(node) ? now.metric(node, "visits") : Double.NaN;
        double value = now.exists(node) ? now.metric(node, "value") : Double.NaN;
        String board = String.valueOf(StateValues.state(trace, node));
        int last = StateValues.integer(trace.attributes(node).get("square"), -1);
        double caption = 28;
        double side = Math.floor(Math.min(width, height - caption) / 3);
        double left = (width - side * 3) / 2;
        double top = (height - caption - side * 3) / 2;
        if (last >= 0) {
            gc.setFill(LAST);
            gc.fillRect(left + last % 3 * side, top + last / 3 * side, side, side);
        }
        gc.setStroke(LINE);
        gc.setLineWidth(2);
        for (int line = 1; line < 3; line++) {
            gc.strokeLine(left + line * side, top, left + line * side, top + 3 * side);
            gc.strokeLine(left, top + line * side, left + 3 * side, top + line * side);
        }
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, side * 0.6));
        for (int square = 0; square < Math.min(9, board.length()); square++) {
            char mark = board.charAt(square);
            if (mark == 'X' || mark == 'O') {
                gc.setFill(mark == 'X' ? X : O);
                gc.fillText(String.valueOf(mark), left + (square % 3 + 0.5) * side, top + (square / 3 + 0.5) * side);
            }
        }
        if (!Double.isNaN(visits)) {
            gc.setFill(LINE);
            gc.setFont(Font.font("DejaVu Sans", 14));
            gc.fillText(String.format(Locale.ROOT, "visits %.0f   value %s", visits, Double.isNaN(value) ? "-"
                    : String.format(Locale.ROOT, "%.2f", value)), width / 2, top + 3 * side + caption / 2 + 4);
        }
    }
}
