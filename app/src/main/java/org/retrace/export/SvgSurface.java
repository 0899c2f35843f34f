package org.retrace.export;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.retrace.render.Surface;

/**
 * A {@link Surface} that writes SVG: every shape the renderers draw becomes one element, labels
 * stay real text, and the edges of a level are one path, so a figure is as small as the picture
 * is simple (a silhouette is one rectangle, however many nodes it stands for). Styles become CSS
 * classes, one per distinct style. Positions are written to the whole pixel, which no viewer can
 * tell from finer ones at the figure's size and which keeps each drawn node under 150 bytes;
 * lengths (radii, widths) keep a tenth of a pixel, so that small shapes keep their proportions.
 */
public final class SvgSurface implements Surface {
    private static final double DEFAULT_FONT_SIZE = 11;

    private final StringBuilder svg = new StringBuilder();
    private final StringBuilder path = new StringBuilder();
    private final StringBuilder style = new StringBuilder();
    private final Map<String, String> classes = new LinkedHashMap<>();
    private final double width;
    private final double height;
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private double lineWidth = 1;
    private double fontSize = DEFAULT_FONT_SIZE;
    private TextAlignment align = TextAlignment.LEFT;
    private VPos baseline = VPos.BASELINE;
    /** A filled oval held back a call, so that its outline, drawn next, joins it in one element. */
    private final double[] pendingOval = new double[4];
    private Color pendingOvalFill;

    /** A surface of width x height pixels. */
    public SvgSurface(double width, double height) {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("an SVG needs a positive size, found " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
    }

    /** The whole document drawn so far. */
    public String document() {
        flushOval();
        StringBuilder document = new StringBuilder(svg.length() + 300);
        document.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"");
        number(document, width).append("\" height=\"");
        number(document, height).append("\" viewBox=\"0 0 ");
        number(document, width).append(' ');
        number(document, height).append("\" font-family=\"DejaVu Sans, Verdana, sans-serif\" font-size=\"");
        number(document, DEFAULT_FONT_SIZE).append("\">\n<style>\n");
        classes.forEach((declarations, name) -> document.append('.').append(name).append('{')
                .append(declarations, 0, declarations.length() - 1).append("}\n"));
        document.append("</style>\n");
        return document.append(svg).append("</svg>\n").toString();
    }

    @Override
    public void setFill(Color fill) {
        this.fill = fill;
    }

    @Override
    public void setStroke(Color stroke) {
        this.stroke = stroke;
    }

    @Override
    public void setLineWidth(double width) {
        lineWidth = width;
    }

    @Override
    public void setFont(Font font) {
        fontSize = font.getSize();
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        this.align = align;
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        this.baseline = baseline;
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        rect(x, y, width, height);
        paint("fill", fill);
        styled().append("/>\n");
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        rect(x, y, width, height);
        style.append("fill:none;");
        strokeStyle();
        styled().append("/>\n");
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        flushOval();
        pendingOval[0] = x;
        pendingOval[1] = y;
        pendingOval[2] = width;
        pendingOval[3] = height;
        pendingOvalFill = fill;
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        boolean outlinesPending = pendingOvalFill != null && pendingOval[0] == x && pendingOval[1] == y
                && pendingOval[2] == width && pendingOval[3] == height;
        if (!outlinesPending) {
            flushOval();
        }
        ellipse(x, y, width, height);
        style.setLength(0);
        if (outlinesPending) {
            paint("fill", pendingOvalFill);
            pendingOvalFill = null;
        } else {
            style.append("fill:none;");
        }
        strokeStyle();
        styled().append("/>\n");
    }

    /** Opens a rect element and an empty style for it. */
    private void rect(double x, double y, double width, double height) {
        flushOval();
        svg.append("<rect x=\"");
        position(svg, x).append("\" y=\"");
        position(svg, y).append("\" width=\"");
        number(svg, width).append("\" height=\"");
        number(svg, height).append('"');
        style.setLength(0);
    }

    private void flushOval() {
        if (pendingOvalFill != null) {
            ellipse(pendingOval[0], pendingOval[1], pendingOval[2], pendingOval[3]);
            style.setLength(0);
            paint("fill", pendingOvalFill);
            styled().append("/>\n");
            pendingOvalFill = null;
        }
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        flushOval();
        svg.append("<line x1=\"");
        position(svg, x1).append("\" y1=\"");
        position(svg, y1).append("\" x2=\"");
        position(svg, x2).append("\" y2=\"");
        position(svg, y2).append('"');
        style.setLength(0);
        strokeStyle();
        styled().append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        flushOval();
        svg.append("<polygon points=\"");
        for (int i = 0; i < points; i++) {
            if (i > 0) {
                svg.append(' ');
            }
            position(svg, xs[i]).append(',');
            position(svg, ys[i]);
        }
        svg.append('"');
        style.setLength(0);
        paint("fill", fill);
        styled().append("/>\n");
    }

    @Override
    public void beginPath() {
        path.setLength(0);
    }

    @Override
    public void moveTo(double x, double y) {
        path.append('M');
        position(path, x).append(' ');
        position(path, y);
    }

    @Override
    public void lineTo(double x, double y) {
        // Pairs after a move are drawn as lines without an L of their own.
        path.append(' ');
        position(path, x).append(' ');
        position(path, y);
    }

    @Override
    public void stroke() {
        flushOval();
        if (path.length() == 0) {
            return;
        }
        svg.append("<path d=\"").append(path).append('"');
        style.setLength(0);
        style.append("fill:none;");
        strokeStyle();
        styled().append("/>\n");
    }

    @Override
    public void fillText(String text, double x, double y) {
        flushOval();
        svg.append("<text x=\"");
        position(svg, x).append("\" y=\"");
        position(svg, y + baselineOffset()).append('"');
        style.setLength(0);
        if (align == TextAlignment.CENTER) {
            style.append("text-anchor:middle;");
        } else if (align == TextAlignment.RIGHT) {
            style.append("text-anchor:end;");
        }
        textStyle();
        styled().append('>');
        escape(text);
        svg.append("</text>\n");
    }

    /**
     * A halo of the backdrop colour round the glyphs ({@code paint-order: stroke}) stands in for
     * the backdrop rectangle: one element instead of two, and it hugs the text.
     */
    @Override
    public void fillTextOnBackdrop(String text, double centreX, double top, double maxWidth, double backdropWidth,
            double backdropHeight, Color backdrop) {
        flushOval();
        svg.append("<text x=\"");
        position(svg, centreX).append("\" y=\"");
        position(svg, top + baselineOffset()).append('"');
        style.setLength(0);
        style.append("text-anchor:middle;");
        textStyle();
        paint("stroke", backdrop);
        style.append("stroke-width:3;stroke-linejoin:round;paint-order:stroke;");
        styled().append('>');
        escape(text);
        svg.append("</text>\n");
    }

    /** The same halo as {@link #fillTextOnBackdrop}, on text turned about its start. */
    @Override
    public void fillTextDownward(String text, double centreX, double top, double length, double thickness,
            Color backdrop) {
        flushOval();
        // Turned, the baseline runs down the screen and the glyphs rise to its right: it sits left of the centre.
        svg.append("<text transform=\"translate(");
        position(svg, centreX - 0.35 * fontSize).append(' ');
        position(svg, top).append(") rotate(90)\"");
        style.setLength(0);
        textStyle();
        paint("stroke", backdrop);
        style.append("stroke-width:3;stroke-linejoin:round;paint-order:stroke;");
        styled().append('>');
        escape(text);
        svg.append("</text>\n");
    }

    /** The renderers shorten text to fit before drawing it, so the width limit needs no squeezing here. */
    @Override
    public void fillText(String text, double x, double y, double maxWidth) {
        fillText(text, x, y);
    }

    /**
     * How far below y the alphabetic baseline lies for the current vertical alignment. Viewers
     * disagree on {@code dominant-baseline} (Inkscape ignores it), so the baseline is placed by
     * hand, from DejaVu Sans's ascent (0.93 em) and x-height.
     */
    private double baselineOffset() {
        return switch (baseline) {
            case TOP -> 0.93 * fontSize;
            case CENTER -> 0.35 * fontSize;
            case BOTTOM -> -0.24 * fontSize;
            default -> 0;
        };
    }

    private void ellipse(double x, double y, double width, double height) {
        if (width == height) {
            svg.append("<circle cx=\"");
            position(svg, x + width / 2).append("\" cy=\"");
            position(svg, y + height / 2).append("\" r=\"");
            number(svg, width / 2).append('"');
        } else {
            svg.append("<ellipse cx=\"");
            position(svg, x + width / 2).append("\" cy=\"");
            position(svg, y + height / 2).append("\" rx=\"");
            number(svg, width / 2).append("\" ry=\"");
            number(svg, height / 2).append('"');
        }
    }

    private void textStyle() {
        if (fontSize != DEFAULT_FONT_SIZE) {
            style.append("font-size:");
            number(style, fontSize).append("px;");
        }
        paint("fill", fill);
    }

    private void strokeStyle() {
        paint("stroke", stroke);
        if (lineWidth != 1) {
            style.append("stroke-width:");
            number(style, lineWidth).append(';');
        }
    }

    private void paint(String property, Color color) {
        style.append(property).append(":#");
        hex(style, color.getRed());
        hex(style, color.getGreen());
        hex(style, color.getBlue());
        style.append(';');
        if (color.getOpacity() < 1) {
            style.append(property).append("-opacity:");
            number(style, Math.round(color.getOpacity() * 100) / 100.0).append(';');
        }
    }

    /**
     * Gives the element the class of the style just built. A figure repeats a handful of styles
     * thousands of times, so a class name in place of the attributes saves about 25 bytes a shape.
     */
    private StringBuilder styled() {
        String declarations = style.toString();
        String name = classes.computeIfAbsent(declarations, unused -> "c" + Integer.toString(classes.size(), 36));
        return svg.append(" class=\"").append(name).append('"');
    }

    private static void hex(StringBuilder out, double channel) {
        int value = (int) Math.round(channel * 255);
        out.append(Character.forDigit(value >> 4, 16)).append(Character.forDigit(value & 15, 16));
    }

    /** Appends {@code value} to a tenth, without a trailing ".0"; O(digits). */
    private static StringBuilder position(StringBuilder out, double value) {
        return out.append(Math.round(value));
    }

    private static StringBuilder number(StringBuilder out, double value) {
        long tenths = Math.round(value * 10);
        if (tenths < 0) {
            out.append('-');
            tenths = -tenths;
        }
        out.append(tenths / 10);
        if (tenths % 10 != 0) {
            out.append('.').append(tenths % 10);
        }
        return out;
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> svg.append("&lt;");
                case '>' -> svg.append("&gt;");
                case '&' -> svg.append("&amp;");
                case '"' -> svg.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        svg.append(c);
                    }
                }
            }
        }
    }
}
