package org.retrace.render;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * What the renderers draw on: the subset of JavaFX's {@code GraphicsContext} they use, so the
 * same drawing code fills a canvas on screen or writes a vector file ({@link CanvasSurface},
 * {@code SvgSurface}). Methods mean what their {@code GraphicsContext} namesakes mean.
 */
public interface Surface {
    void setFill(Color fill);

    void setStroke(Color stroke);

    void setLineWidth(double width);

    void setFont(Font font);

    void setTextAlign(TextAlignment align);

    void setTextBaseline(VPos baseline);

    void fillRect(double x, double y, double width, double height);

    void strokeRect(double x, double y, double width, double height);

    void fillOval(double x, double y, double width, double height);

    void strokeOval(double x, double y, double width, double height);

    void strokeLine(double x1, double y1, double x2, double y2);

    void fillPolygon(double[] xs, double[] ys, int points);

    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    /** Strokes the path built since {@link #beginPath}. */
    void stroke();

    void fillText(String text, double x, double y);

    /** Draws {@code text}, squeezed to {@code maxWidth} if wider. */
    void fillText(String text, double x, double y, double maxWidth);

    /**
     * Draws {@code text} in the current fill, centred on {@code centreX} with its top at {@code top}
     * (the caller has set centre alignment and a top baseline), over a {@code backdrop} that hides
     * the lines crossing it. {@code backdropWidth} x {@code backdropHeight} is the caller's
     * estimate of the text's extent.
     */
    void fillTextOnBackdrop(String text, double centreX, double top, double maxWidth, double backdropWidth,
            double backdropHeight, Color backdrop);

    /**
     * Draws {@code text} in the current fill turned a quarter clockwise, reading downward from
     * {@code top}, centred on {@code centreX}, over a {@code backdrop} that hides the lines crossing
     * it; {@code length} x {@code thickness} is the caller's estimate of the text's extent. For
     * the labels of leaves packed too close for horizontal text.
     */
    void fillTextDownward(String text, double centreX, double top, double length, double thickness, Color backdrop);
}
