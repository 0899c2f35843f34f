package org.retrace.gui.bounds;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.retrace.stats.BoundCurve;

/**
 * A branch-and-bound search's incumbent and best bound over its events, as VBCTOOL and GrUMPy
 * chart them, with a line at the replay's position and the gap there in words.
 */
public final class BoundsView extends BorderPane {
    private final LineChart<Number, Number> chart = new LineChart<>(new NumberAxis(), new NumberAxis());
    private final XYChart.Series<Number, Number> replayLine = new XYChart.Series<>();
    private final Label gap = new Label();
    private BoundCurve curve = new BoundCurve(List.of(), List.of(), List.of());
    private double low;
    private double high;

    public BoundsView() {
        chart.setId("bounds-chart");
        gap.setId("bounds-gap");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.getXAxis().setLabel("event");
        ((NumberAxis) chart.getYAxis()).setForceZeroInRange(false);
        replayLine.setName("replay");
        gap.setPadding(new Insets(6));
        setTop(gap);
        setCenter(chart);
    }

    /** Charts the bounds of {@code bounds}, a trace's curve, ending at event {@code end}; costs O(bound events). */
    public void show(BoundCurve bounds, int end) {
        curve = bounds;
        XYChart.Series<Number, Number> incumbent = new XYChart.Series<>();
        XYChart.Series<Number, Number> bound = new XYChart.Series<>();
        incumbent.setName("incumbent");
        bound.setName("best bound");
        low = Double.MAX_VALUE;
        high = -Double.MAX_VALUE;
        for (int point = 0; point < curve.events().size(); point++) {
            int event = curve.events().get(point) + 1;
            step(incumbent, event, curve.incumbent(), point);
            step(bound, event, curve.bestBound(), point);
        }
        extend(incumbent, end);
        extend(bound, end);
        chart.getData().setAll(List.of(incumbent, bound, replayLine));
    }

    /** A step to the point's value at {@code event}, held from the value before. */
    private void step(XYChart.Series<Number, Number> series, int event, List<Double> values, int point) {
        double value = values.get(point);
        if (Double.isNaN(value)) {
            return;
        }
        low = Math.min(low, value);
        high = Math.max(high, value);
        if (point > 0 && !Double.isNaN(values.get(point - 1))) {
            series.getData().add(new XYChart.Data<>(event, values.get(point - 1)));
        }
        series.getData().add(new XYChart.Data<>(event, value));
    }

    private static void extend(XYChart.Series<Number, Number> series, int end) {
        if (!series.getData().isEmpty()) {
            series.getData().add(new XYChart.Data<>(end, series.getData().get(series.getData().size() - 1).getYValue()));
        }
    }

    /** Moves the replay's line to {@code position} events and says the gap there. */
    public void follow(int position) {
        if (curve.isEmpty()) {
            return;
        }
        replayLine.getData().setAll(List.of(new XYChart.Data<>(position, low), new XYChart.Data<>(position, high)));
        int point = curve.pointAt(position);
        double relative = point < 0 ? Double.NaN : curve.gap(point);
        gap.setText(point < 0 ? "No bound reported yet at event " + position
                : String.format(Locale.ROOT, "Event %,d: incumbent %s, best bound %s, gap %s", position,
                        number(curve.incumbent().get(point)), number(curve.bestBound().get(point)),
                        Double.isNaN(relative) ? "unknown" : Double.isInfinite(relative) ? "infinite"
                                : String.format(Locale.ROOT, "%.2f%%", 100 * relative)));
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "none yet" : String.format(Locale.ROOT, "%.6g", value).replaceAll("\\.?0+$", "");
    }
}
