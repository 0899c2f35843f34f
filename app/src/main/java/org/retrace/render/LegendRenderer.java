package org.retrace.render;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.retrace.model.NodeStatus;

/**
 * The window's legend drawn into a figure: a swatch per status, the cursor's ring, and the value
 * scale when nodes are coloured by value, on a light backdrop in the bottom-left corner. Text
 * widths are estimated from the font's average character, as the tree's labels are.
 */
public final class LegendRenderer {
    private static final double CHARACTER_WIDTH = 7.1;
    private static final double HEIGHT = 22;
    private static final double MARGIN = 8;
    private static final double GAP = 10;
    private static final double SCALE_WIDTH = 60;
    private static final int SCALE_STEPS = 12;

    private final Theme theme;
    private final Font font = Font.font("DejaVu Sans", 12);
    private final Color backdrop;

    public LegendRenderer(Theme theme) {
        this.theme = theme;
        backdrop = Color.WHITE.deriveColor(0, 1, 1, 0.85);
    }

    /** Draws the legend along the bottom of a width x height picture; costs O(statuses). */
    public void draw(Surface gc, double height, boolean valueScale) {
        double top = height - MARGIN - HEIGHT;
        double middle = top + HEIGHT / 2;
        gc.setFill(backdrop);
        gc.fillRect(MARGIN, top, width(valueScale), HEIGHT);
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineWidth(1);
        double x = MARGIN + 8;
        for (NodeStatus status : NodeStatus.values()) {
            gc.setFill(theme.status(status));
            gc.fillOval(x, middle - 5, 10, 10);
            gc.setStroke(theme.edgeOnPath);
            gc.strokeOval(x, middle - 5, 10, 10);
            x = label(gc, status.wireName(), x + 14, middle);
        }
        gc.setFill(theme.background);
        gc.fillOval(x, middle - 5, 10, 10);
        gc.setStroke(theme.cursor);
        gc.setLineWidth(2.5);
        gc.strokeOval(x, middle - 5, 10, 10);
        gc.setLineWidth(1);
        x = label(gc, "cursor", x + 14, middle);
        if (valueScale) {
            x = label(gc, "value: low", x, middle) - GAP + 4;
            for (int step = 0; step < SCALE_STEPS; step++) {
                gc.setFill(theme.valueColor(step / (SCALE_STEPS - 1.0)));
                gc.fillRect(x + step * SCALE_WIDTH / SCALE_STEPS, middle - 5, SCALE_WIDTH / SCALE_STEPS + 0.5, 10);
            }
            label(gc, "high", x + SCALE_WIDTH + 4, middle);
        }
    }

    private double width(boolean valueScale) {
        double width = 16;
        for (NodeStatus status : NodeStatus.values()) {
            width += 14 + status.wireName().length() * CHARACTER_WIDTH + GAP;
        }
        width += 14 + "cursor".length() * CHARACTER_WIDTH + GAP;
        if (valueScale) {
            width += ("value: low".length() + "high".length()) * CHARACTER_WIDTH + SCALE_WIDTH + 8;
        }
        return width - GAP;
    }

    private double label(Surface gc, String text, double x, double middle) {
        gc.setFill(theme.label);
        gc.fillText(text, x, middle);
        return x + text.length() * CHARACTER_WIDTH + GAP;
    }
}
