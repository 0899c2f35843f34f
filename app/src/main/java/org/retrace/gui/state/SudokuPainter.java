package org.retrace.gui.state;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.retrace.model.Trace;
import org.retrace.model.TraceState;

/** The Sudoku grid: clues in bold, digits the search filled in blue, the node's guess highlighted. */
final class SudokuPainter implements StatePainter {
    private static final Color CLUE = Color.web("#1f2933");
    private static final Color FILLED = Color.web("#364fc7");
    private static final Color GUESS = Color.web("#ffe066");
    private static final Color THIN = Color.web("#adb5bd");

    @Override
    public void paint(GraphicsContext gc, double width, double height, Trace trace, int node, TraceState now) {
        String grid = String.valueOf(StateValues.state(trace, node));
        String puzzle = String.valueOf(trace.info().attributes().get("puzzle"));
        int guess = StateValues.integer(trace.attributes(node).get("cell"), -1);
        double side = Math.floor(Math.min(width, height) / 9);
        double left = (width - side * 9) / 2;
        double top = (height - side * 9) / 2;
        gc.setFill(Color.WHITE);
        gc.fillRect(left, top, side * 9, side * 9);
        if (guess >= 0) {
            gc.setFill(GUESS);
            gc.fillRect(left + guess % 9 * side, top + guess / 9 * side, side, side);
        }
        Font clueFont = Font.font("DejaVu Sans", FontWeight.BOLD, side * 0.6);
        Font filledFont = Font.font("DejaVu Sans", side * 0.6);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        for (int cell = 0; cell < Math.min(81, grid.length()); cell++) {
            char digit = grid.charAt(cell);
            if (digit >= '1' && digit <= '9') {
                boolean clue = cell < puzzle.length() && puzzle.charAt(cell) == digit;
                gc.setFont(clue ? clueFont : filledFont);
                gc.setFill(clue ? CLUE : FILLED);
                gc.fillText(String.valueOf(digit), left + (cell % 9 + 0.5) * side, top + (cell / 9 + 0.5) * side);
            }
        }
        for (int line = 0; line <= 9; line++) {
            boolean thick = line % 3 == 0;
            gc.setStroke(thick ? CLUE : THIN);
            gc.setLineWidth(thick ? 2 : 1);
            gc.strokeLine(left + line * side, top, left + line * side, top + 9 * side);
            gc.strokeLine(left, top + line * side, left + 9 * side, top + line * side);
        }
    }
}
