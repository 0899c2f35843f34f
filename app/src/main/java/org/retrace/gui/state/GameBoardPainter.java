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

/**
 * The board of an MCTS node, its last move highlighted, with the node's visits and value as the
 * replay stands: tic-tac-toe's 3x3 marks, or Connect Four's 6x7 discs (a board of 42 squares).
 */
final class GameBoardPainter implements StatePainter {
    private static final Color X = Color.web("#364fc7");
    private static final Color O = Color.web("#e8590c");
    private static final Color LAST = Color.web("#fff3bf");
    private static final Color LINE = Color.web("#1f2933");
    private static final Color HOLE = Color.web("#e9ecef");
    private static final double CAPTION = 28;

    @Override
    public void paint(GraphicsContext gc, double width, double height, Trace trace, int node, TraceState now) {
        String board = String.valueOf(StateValues.state(trace, node));
        int last = StateValues.integer(trace.attributes(node).get("square"), -1);
        boolean connectFour = board.length() == 42;
        int rows = connectFour ? 6 : 3;
        int columns = connectFour ? 7 : 3;
        double side = Math.floor(Math.min(width / columns, (height - CAPTION) / rows));
        double left = (width - side * columns) / 2;
        double top = (height - CAPTION - side * rows) / 2;
        if (connectFour) {
            discs(gc, board, last, rows, columns, side, left, top);
        } else {
            marks(gc, board, last, side, left, top);
        }
        double visits = now.exists(node) ? now.metric(node, "visits") : Double.NaN;
        double value = now.exists(node) ? now.metric(node, "value") : Double.NaN;
        if (!Double.isNaN(visits)) {
            gc.setFill(LINE);
            gc.setFont(Font.font("DejaVu Sans", 14));
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(String.format(Locale.ROOT, "visits %.0f   value %s", visits, Double.isNaN(value) ? "-"
                    : String.format(Locale.ROOT, "%.2f", value)), width / 2, top + rows * side + CAPTION / 2 + 4);
        }
    }

    private static void marks(GraphicsContext gc, String board, int last, double side, double left, double top) {
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
    }

    private static void discs(GraphicsContext gc, String board, int last, int rows, int columns, double side,
            double left, double top) {
        gc.setFill(LINE);
        gc.fillRoundRect(left, top, columns * side, rows * side, side / 3, side / 3);
        for (int square = 0; square < rows * columns; square++) {
            char piece = board.charAt(square);
            double x = left + square % columns * side + side * 0.1;
            double y = top + square / columns * side + side * 0.1;
            gc.setFill(piece == 'X' ? X : piece == 'O' ? O : HOLE);
            gc.fillOval(x, y, side * 0.8, side * 0.8);
            if (square == last) {
                gc.setStroke(LAST);
                gc.setLineWidth(3);
                gc.strokeOval(x, y, side * 0.8, side * 0.8);
            }
        }
    }
}
