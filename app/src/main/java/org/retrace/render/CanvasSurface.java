package org.retrace.render;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** A {@link Surface} that passes every call to a canvas's graphics context; retargeted, not reallocated, per frame. */
public final class CanvasSurface implements Surface {
    private GraphicsContext gc;

    /** Draws on {@code target} from now on; returns this surface. */
    public CanvasSurface target(GraphicsContext target) {
        gc = target;
        return this;
    }

    @Override
    public void setFill(Color fill) {
        gc.setFill(fill);
    }

    @Override
    public void setStroke(Color stroke) {
        gc.setStroke(stroke);
    }

    @Override
    public void setLineWidth(double width) {
        gc.setLineWidth(width);
    }

    @Override
    public void setFont(Font font) {
        gc.setFont(font);
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        gc.setTextAlign(align);
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        gc.setTextBaseline(baseline);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        gc.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        gc.strokeRect(x, y, width, height);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        gc.fillOval(x, y, width, height);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        gc.strokeOval(x, y, width, height);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        gc.fillPolygon(xs, ys, points);
    }

    @Override
    public void beginPath() {
        gc.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        gc.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        gc.lineTo(x, y);
    }

    @Override
    public void stroke() {
        gc.stroke();
    }

    @Override
    public void fillText(String text, double x, double y) {
        gc.fillText(text, x, y);
    }

    @Override
    public void fillText(String text, double x, double y, double maxWidth) {
        gc.fillText(text, x, y, maxWidth);
    }

    @Override
    public void fillTextOnBackdrop(String text, double centreX, double top, double maxWidth, double backdropWidth,
            double backdropHeight, Color backdrop) {
        Paint ink = gc.getFill();
        gc.setFill(backdrop);
        gc.fillRect(centreX - backdropWidth / 2 - 1, top, backdropWidth + 2, backdropHeight);
        gc.setFill(ink);
        gc.fillText(text, centreX, top, maxWidth);
    }

    @Override
    public void fillTextDownward(String text, double centreX, double top, double length, double thickness,
            Color backdrop) {
        Paint ink = gc.getFill();
        gc.setFill(backdrop);
        gc.fillRect(centreX - thickness / 2, top - 1, thickness, length + 2);
        gc.setFill(ink);
        // save() keeps the alignment and baseline as well as the transform.
        gc.save();
        gc.translate(centreX, top);
        gc.rotate(90);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, 0, 0);
        gc.restore();
    }
}
