package org.retrace.render;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.retrace.model.NodeStatus;

/**
 * The window's legend drawn into a figure: a swatch per status, the cursor's ring, and the value
 * scale when nodes are coloured by value, on a light backdrop in the bottom-left corner, wrapped
 * onto more rows when the figure is narrow. Text widths are estimated from the font's average
 * character, as the tree's labels are.
 */
public final class LegendRenderer {
    private static final double CHARACTER_WIDTH = 7.1;
    private static final double ROW_HEIGHT = 22;
    private static final double MARGIN = 8;
    private static final double PADDING = 8;
    private static final double GAP = 10;
    private static final double SWATCH = 14;
    private static final double SCALE_WIDTH = 60;
    private static final int SCALE_STEPS = 12;
    private static final int CURSOR = NodeStatus.values().length;
    private static final int VALUE_SCALE = CURSOR + 1;

    private final Theme theme;
    private final Font font = Font.font("DejaVu Sans", 12);
    private final Color backdrop;

    public LegendRenderer(Theme theme) {
        this.theme = theme;
        backdrop = Color.WHITE.deriveColor(0, 1, 1, 0.85);
    }

    /** The height the legend takes at the bottom of a picture {@code width} wide, margin included. */
    public double height(double width, boolean valueScale) {
        return layOut(width, valueScale)[0] * ROW_HEIGHT + MARGIN;
    }

    /** Draws the legend along the bottom of a width x height picture; costs O(statuses). */
    public void draw(Surface gc, double width, double height, boolean valueScale) {
        int items = valueScale ? VALUE_SCALE + 1 : CURSOR + 1;
        double room = room(width);
        double[] rowsAndWidest = layOut(width, valueScale);
        double rows = rowsAndWidest[0];
        double widest = rowsAndWidest[1];
        double top = height - MARGIN - rows * ROW_HEIGHT;
        gc.setFill(backdrop);
        gc.fillRect(MARGIN, top, widest + 2 * PADDING, rows * ROW_HEIGHT);
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double x = MARGIN + PADDING;
        double middle = top + ROW_HEIGHT / 2;
        for (int item = 0; item < items; item++) {
            if (x > MARGIN + PADDING && x - MARGIN - PADDING + itemWidth(item) > room) {
                x = MARGIN + PADDING;
                middle += ROW_HEIGHT;
            }
            drawItem(gc, item, x, middle);
            x += itemWidth(item) + GAP;
        }
    }

    private static double room(double width) {
        return Math.max(width - 2 * MARGIN - 2 * PADDING, itemWidth(VALUE_SCALE));
    }

    /** How many rows the items take in {@code width}, and the widest row's width. */
    private static double[] layOut(double width, boolean valueScale) {
        int items = valueScale ? VALUE_SCALE + 1 : CURSOR + 1;
        double room = room(width);
        int rows = 1;
        double rowWidth = 0;
        double widest = 0;
        for (int item = 0; item < items; item++) {
            double next = rowWidth == 0 ? itemWidth(item) : rowWidth + GAP + itemWidth(item);
            if (next > room && rowWidth > 0) {
                rows++;
                next = itemWidth(item);
            }
            rowWidth = next;
            widest = Math.max(widest, rowWidth);
        }
        return new double[] {rows, widest};
    }

    private void drawItem(Surface gc, int item, double x, double middle) {
        gc.setLineWidth(1);
        if (item < CURSOR) {
            NodeStatus status = NodeStatus.values()[item];
            gc.setFill(theme.status(status));
            gc.fillOval(x, middle - 5, 10, 10);
            gc.setStroke(theme.edgeOnPath);
            gc.strokeOval(x, middle - 5, 10, 10);
            label(gc, status.wireName(), x + SWATCH, middle);
        } else if (item == CURSOR) {
            gc.setFill(theme.background);
            gc.fillOval(x, middle - 5, 10, 10);
            gc.setStroke(theme.cursor);
            gc.setLineWidth(2.5);
            gc.strokeOval(x, middle - 5, 10, 10);
            gc.setLineWidth(1);
            label(gc, "cursor", x + SWATCH, middle);
        } else {
            label(gc, "value: low", x, middle);
            double scaleLeft = x + textWidth("value: low") + 4;
            for (int step = 0; step < SCALE_STEPS; step++) {
                gc.setFill(theme.valueColor(step / (SCALE_STEPS - 1.0)));
                gc.fillRect(scaleLeft + step * SCALE_WIDTH / SCALE_STEPS, middle - 5,
                        SCALE_WIDTH / SCALE_STEPS + 0.5, 10);
            }
            label(gc, "high", scaleLeft + SCALE_WIDTH + 4, middle);
        }
    }

    private static double itemWidth(int item) {
        if (item < CURSOR) {
            return SWATCH + textWidth(NodeStatus.values()[item].wireName());
        }
        if (item == CURSOR) {
            return SWATCH + textWidth("cursor");
        }
        return textWidth("value: low") + 4 + SCALE_WIDTH + 4 + textWidth("high");
    }

    private static double textWidth(String text) {
        return text.length() * CHARACTER_WIDTH;
    }

    private void label(Surface gc, String text, double x, double middle) {
        gc.setFill(theme.label);
        gc.fillText(text, x, middle);
    }
}
