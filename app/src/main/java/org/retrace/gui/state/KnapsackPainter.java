package org.retrace.gui.state;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.retrace.model.Trace;
import org.retrace.model.TraceState;

/** The knapsack: every item with its weight and value, those taken filled in, and a bar of the capacity used. */
final class KnapsackPainter implements StatePainter {
    private static final Color TAKEN = Color.web("#364fc7");
    private static final Color LEFT_OUT = Color.web("#dee2e6");
    private static final Color OVER = Color.web("#e03131");
    private static final Color TEXT = Color.web("#1f2933");

    @Override
    public void paint(GraphicsContext gc, double width, double height, Trace trace, int node, TraceState now) {
        int[] weights = StateValues.ints(trace.info().attributes().get("weights"));
        int[] values = StateValues.ints(trace.info().attributes().get("values"));
        int capacity = StateValues.integer(trace.info().attributes().get("capacity"), 1);
        boolean[] taken = new boolean[weights.length + 1];
        int weight = 0;
        int value = 0;
        for (int item : StateValues.ints(StateValues.state(trace, node))) {
            if (item >= 1 && item <= weights.length) {
                taken[item] = true;
                weight += weights[item - 1];
                value += values[item - 1];
            }
        }
        double bar = Math.max(0, width - 16);
        gc.setFill(LEFT_OUT);
        gc.fillRect(8, 8, bar, 18);
        gc.setFill(weight > capacity ? OVER : TAKEN);
        gc.fillRect(8, 8, bar * Math.min(1, weight / (double) capacity), 18);
        gc.setFill(TEXT);
        gc.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, 13));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText("weight " + weight + " / " + capacity + "    value " + value, 8, 32);
        double row = Math.min(24, (height - 60) / Math.max(1, weights.length));
        gc.setFont(Font.font("DejaVu Sans", Math.max(9, row * 0.55)));
        for (int item = 1; item <= weights.length; item++) {
            double y = 56 + (item - 1) * row;
            gc.setFill(taken[item] ? TAKEN : LEFT_OUT);
            gc.fillRect(8, y + 2, row - 4, row - 4);
            gc.setFill(TEXT);
            gc.fillText("item " + item + ": weight " + weights[item - 1] + ", value " + values[item - 1]
                    + (taken[item] ? "  (taken)" : ""), row + 12, y + 3);
        }
    }
}
