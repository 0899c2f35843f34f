package org.retrace.export;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.retrace.dataset.DatasetColumns;
import org.retrace.dataset.Histogram;
import org.retrace.dataset.ScatterGroups;
import org.retrace.dataset.TraceRow;
import org.retrace.render.CanvasSurface;
import org.retrace.render.Surface;
import org.retrace.render.Theme;

/**
 * A dataset's chart for a paper, as PNG or SVG by the same drawing code: a histogram of one
 * numeric column, or a scatter of two, coloured by a third column (the one that splits the rows
 * into a few groups, unless named). Colours are the Okabe-Ito palette, told apart by colour-blind
 * readers too. Runs on the JavaFX thread for PNG; costs O(rows).
 */
public final class ChartFigure {
    private static final List<Color> PALETTE = List.of(Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#009E73"),
            Color.web("#CC79A7"), Color.web("#E69F00"), Color.web("#56B4E9"), Color.web("#F0E442"), Color.web("#000000"));
    private static final double LEFT = 70;
    private static final double TOP = 50;
    private static final double BOTTOM = 60;
    private static final double RIGHT = 20;
    private static final double LEGEND = 190;
    private static final double CHARACTER_WIDTH = 6.6;
    private static final Font TEXT = Font.font("DejaVu Sans", 11);
    private static final Font TITLE = Font.font("DejaVu Sans", 14);

    /**
     * What to draw: one column for a histogram, two (x, y) or three (x, y, colour) for a scatter,
     * at {@code width} x {@code height} screen pixels, {@code scale} pixels each.
     */
    public record Request(List<String> columns, int width, int height, double scale) {
        public Request {
            columns = List.copyOf(columns);
            if (columns.isEmpty() || columns.size() > 3) {
                throw new IllegalArgumentException("a chart needs 1 column (a histogram), 2 or 3 (a scatter, the third "
                        + "colouring it), found " + columns.size());
            }
            if (width < 200 || height < 150 || !(scale >= 1 && scale <= 4)) {
                throw new IllegalArgumentException("a chart needs at least 200x150 pixels and a scale of 1 to 4, found "
                        + width + "x" + height + " at " + scale);
            }
        }
    }

    private ChartFigure() {
    }

    /** The chart as a picture. */
    public static WritableImage draw(List<TraceRow> rows, Request request, Theme theme) {
        Canvas canvas = new Canvas(Math.ceil(request.width() * request.scale()),
                Math.ceil(request.height() * request.scale()));
        canvas.getGraphicsContext2D().scale(request.scale(), request.scale());
        paint(new CanvasSurface().target(canvas.getGraphicsContext2D()), rows, request, theme);
        return canvas.snapshot(null, null);
    }

    /** The chart as an SVG document. */
    public static String svg(List<TraceRow> rows, Request request, Theme theme) {
        SvgSurface surface = new SvgSurface(request.width(), request.height());
        paint(surface, rows, request, theme);
        return surface.document();
    }

    private static void paint(Surface gc, List<TraceRow> rows, Request request, Theme theme) {
        gc.setFill(theme.background);
        gc.fillRect(0, 0, request.width(), request.height());
        if (request.columns().size() == 1) {
            histogram(gc, rows, request, theme);
        } else {
            scatter(gc, rows, request, theme);
        }
    }

    private static void histogram(Surface gc, List<TraceRow> rows, Request request, Theme theme) {
        String column = request.columns().get(0);
        Histogram counted = Histogram.of(rows.stream().mapToDouble(row -> DatasetColumns.number(row.value(column)))
                .toArray());
        int most = counted.counts().stream().mapToInt(Integer::intValue).max().orElse(0);
        Plot plot = new Plot(request.width() - LEFT - RIGHT, request.height() - TOP - BOTTOM, 0, 1, 0, Math.max(1, most));
        title(gc, theme, String.format(Locale.ROOT, "%s: %,d traces", column, rows.size()));
        plot.yAxis(gc, theme, "traces");
        int bins = counted.labels().size();
        double width = plot.width / Math.max(1, bins);
        int every = (int) Math.ceil(bins * longest(counted.labels()) * CHARACTER_WIDTH / plot.width);
        for (int bin = 0; bin < bins; bin++) {
            double x = LEFT + bin * width;
            double height = counted.counts().get(bin) / (double) plot.yMax * plot.height;
            gc.setFill(PALETTE.get(0));
            gc.fillRect(x + 1, TOP + plot.height - height, Math.max(1, width - 2), height);
            if (bin % Math.max(1, every) == 0) {
                text(gc, theme, counted.labels().get(bin), x + width / 2, TOP + plot.height + 6, TextAlignment.CENTER);
            }
        }
        text(gc, theme, column, LEFT + plot.width / 2, request.height() - 22, TextAlignment.CENTER);
    }

    private static void scatter(Surface gc, List<TraceRow> rows, Request request, Theme theme) {
        String x = request.columns().get(0);
        String y = request.columns().get(1);
        String colour = request.columns().size() == 3 ? request.columns().get(2)
                : DatasetColumns.colourColumn(rows, columnsOf(rows));
        List<ScatterGroups.Group> groups = ScatterGroups.of(rows, x, y, colour);
        double xMin = Double.MAX_VALUE;
        double xMax = -Double.MAX_VALUE;
        double yMax = 0;
        double yMin = Double.MAX_VALUE;
        for (ScatterGroups.Group group : groups) {
            for (int point = 0; point < group.x().length; point++) {
                xMin = Math.min(xMin, group.x()[point]);
                xMax = Math.max(xMax, group.x()[point]);
                yMin = Math.min(yMin, group.y()[point]);
                yMax = Math.max(yMax, group.y()[point]);
            }
        }
        if (groups.isEmpty()) {
            xMin = yMin = 0;
            xMax = yMax = 1;
        }
        Plot plot = new Plot(request.width() - LEFT - LEGEND, request.height() - TOP - BOTTOM, Math.min(0, xMin),
                Math.max(xMax, xMin + 1), Math.min(0, yMin), Math.max(yMax, yMin + 1));
        title(gc, theme, String.format(Locale.ROOT, "%s against %s, by %s: %,d traces", y, x, colour, rows.size()));
        plot.yAxis(gc, theme, y);
        plot.xAxis(gc, theme, x, request.height());
        for (int index = 0; index < groups.size(); index++) {
            ScatterGroups.Group group = groups.get(index);
            Color ink = PALETTE.get(index % PALETTE.size());
            gc.setFill(ink.deriveColor(0, 1, 1, 0.75));
            for (int point = 0; point < group.x().length; point++) {
                gc.fillOval(plot.screenX(group.x()[point]) - 3, plot.screenY(group.y()[point]) - 3, 6, 6);
            }
            double legendY = TOP + 8 + index * 18;
            gc.setFill(ink);
            gc.fillOval(request.width() - LEGEND + 16, legendY - 4, 8, 8);
            text(gc, theme, group.name(), request.width() - LEGEND + 30, legendY - 7, TextAlignment.LEFT);
        }
    }

    private static List<String> columnsOf(List<TraceRow> rows) {
        DatasetColumns columns = new DatasetColumns();
        rows.forEach(columns::add);
        return columns.names();
    }

    private static void title(Surface gc, Theme theme, String text) {
        gc.setFont(TITLE);
        gc.setFill(theme.label);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(text, LEFT, 12);
    }

    private static void text(Surface gc, Theme theme, String text, double x, double top, TextAlignment align) {
        gc.setFont(TEXT);
        gc.setFill(theme.label);
        gc.setTextAlign(align);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(text, x, top);
    }

    private static int longest(List<String> labels) {
        return labels.stream().mapToInt(String::length).max().orElse(1) + 2;
    }

    /** The plotting area and its axes' ranges, ticks at 1, 2 or 5 times a power of ten. */
    private static final class Plot {
        private final double width;
        private final double height;
        private final double xMin;
        private final double xMax;
        private final double yMin;
        private final double yMax;

        Plot(double width, double height, double xMin, double xMax, double yMin, double yMax) {
            this.width = width;
            this.height = height;
            this.xMin = xMin;
            this.xMax = xMax;
            this.yMin = yMin;
            this.yMax = yMax;
        }

        double screenX(double x) {
            return LEFT + (x - xMin) / (xMax - xMin) * width;
        }

        double screenY(double y) {
            return TOP + height - (y - yMin) / (yMax - yMin) * height;
        }

        void yAxis(Surface gc, Theme theme, String name) {
            gc.setStroke(theme.edge);
            gc.setLineWidth(1);
            gc.strokeLine(LEFT, TOP, LEFT, TOP + height);
            gc.strokeLine(LEFT, TOP + height, LEFT + width, TOP + height);
            double step = niceStep(yMax - yMin);
            for (double tick = Math.ceil(yMin / step) * step; tick <= yMax + step * 1e-9; tick += step) {
                double at = screenY(tick);
                gc.setStroke(theme.edge);
                gc.strokeLine(LEFT - 4, at, LEFT, at);
                text(gc, theme, DatasetColumns.compact(tick), LEFT - 6, at - 7, TextAlignment.RIGHT);
            }
            text(gc, theme, name, 8, TOP - 18, TextAlignment.LEFT);
        }

        void xAxis(Surface gc, Theme theme, String name, double figureHeight) {
            double step = niceStep(xMax - xMin);
            for (double tick = Math.ceil(xMin / step) * step; tick <= xMax + step * 1e-9; tick += step) {
                double at = screenX(tick);
                gc.setStroke(theme.edge);
                gc.strokeLine(at, TOP + height, at, TOP + height + 4);
                text(gc, theme, DatasetColumns.compact(tick), at, TOP + height + 6, TextAlignment.CENTER);
            }
            text(gc, theme, name, LEFT + width / 2, figureHeight - 22, TextAlignment.CENTER);
        }

        /** A step of 1, 2 or 5 times a power of ten that cuts {@code range} into about five. */
        private static double niceStep(double range) {
            double rough = range / 5;
            double power = Math.pow(10, Math.floor(Math.log10(rough)));
            double fraction = rough / power;
            return (fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10) * power;
        }
    }
}
