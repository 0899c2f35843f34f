package org.retrace.gui.state;

import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.retrace.model.Trace;
import org.retrace.model.TraceState;

/** Countdown: the target, the numbers left as tiles, and the operations that led here. */
final class CountdownPainter implements StatePainter {
    private static final Color TILE = Color.web("#364fc7");
    private static final Color HIT = Color.web("#2f9e44");
    private static final Color TEXT = Color.web("#1f2933");

    @Override
    public void paint(GraphicsContext gc, double width, double height, Trace trace, int node, TraceState now) {
        Map<?, ?> state = StateValues.map(StateValues.state(trace, node));
        int target = StateValues.integer(state.get("target"), 0);
        int[] numbers = StateValues.ints(state.get("numbers"));
        Object operations = state.get("operations");
        double unit = Math.min(width / 7, height / 6);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(TEXT);
        gc.setFont(Font.font("DejaVu Sans", unit * 0.35));
        gc.fillText("target", width / 2, unit * 0.45);
        gc.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, unit * 0.8));
        gc.fillText(String.valueOf(target), width / 2, unit * 1.2);
        double tile = Math.min(unit * 1.2, (width - 16) / Math.max(1, numbers.length) - 8);
        double left = (width - numbers.length * (tile + 8) + 8) / 2;
        gc.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, tile * 0.4));
        for (int i = 0; i < numbers.length; i++) {
            double x = left + i * (tile + 8);
            gc.setFill(numbers.length == 1 && numbers[0] == target ? HIT : TILE);
            gc.fillRoundRect(x, unit * 2, tile, tile, 10, 10);
            gc.setFill(Color.WHITE);
            gc.fillText(String.valueOf(numbers[i]), x + tile / 2, unit * 2 + tile / 2);
        }
        gc.setFill(TEXT);
        gc.setFont(Font.font("DejaVu Sans", unit * 0.3));
        double y = unit * 2 + tile + unit * 0.5;
        if (operations instanceof List<?> list) {
            gc.fillText(list.isEmpty() ? "no operation yet" : String.join("   ", list.stream().map(String::valueOf)
                    .toList()), width / 2, y);
        }
    }
}
