package org.retrace.gui.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.retrace.dataset.DatasetColumns;
import org.retrace.dataset.Histogram;
import org.retrace.dataset.ScatterGroups;
import org.retrace.dataset.TraceRow;

/**
 * The charts of a dataset's rows (those the filter keeps): a histogram of one numeric column, and
 * a scatter of two coloured by a third. A click on a point selects its row. A scatter draws at most
 * {@value #MOST_POINTS} points, evenly spread over the rows, and says so.
 */
final class DatasetCharts extends VBox {
    static final int MOST_POINTS = 2_000;
    private static final String NO_COLOUR = "(one colour)";

    private final ComboBox<String> histogramColumn = new ComboBox<>();
    private final ComboBox<String> xColumn = new ComboBox<>();
    private final ComboBox<String> yColumn = new ComboBox<>();
    private final ComboBox<String> colourColumn = new ComboBox<>();
    private final BarChart<String, Number> histogram = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final ScatterChart<Number, Number> scatter = new ScatterChart<>(new NumberAxis(), new NumberAxis());
    private final Label scatterNote = new Label();
    private List<TraceRow> rows = List.of();
    private IntConsumer onPick = row -> { };

    DatasetCharts() {
        super(6);
        setPadding(new Insets(6));
        histogramColumn.setId("histogram-column");
        xColumn.setId("scatter-x");
        yColumn.setId("scatter-y");
        colourColumn.setId("scatter-colour");
        histogram.setId("dataset-histogram");
        scatter.setId("dataset-scatter");
        histogram.setLegendVisible(false);
        histogram.setAnimated(false);
        histogram.setBarGap(1);
        histogram.setCategoryGap(2);
        scatter.setAnimated(false);
        histogram.getYAxis().setLabel("traces");
        for (ComboBox<String> choice : List.of(histogramColumn, xColumn, yColumn, colourColumn)) {
            choice.setOnAction(event -> redraw());
            choice.setMinWidth(130);
        }
        HBox histogramBar = row(label("Histogram of"), histogramColumn);
        HBox scatterBar = row(label("Scatter of"), yColumn, label("against"), xColumn);
        HBox colourBar = row(label("coloured by"), colourColumn, scatterNote);
        VBox.setVgrow(histogram, Priority.ALWAYS);
        VBox.setVgrow(scatter, Priority.ALWAYS);
        getChildren().addAll(histogramBar, histogram, scatterBar, colourBar, scatter);
    }

    /** A label that keeps its words whole when the pane is narrow. */
    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static HBox row(Node... children) {
        HBox row = new HBox(6, children);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Called with a row's index in the rows shown when its point is clicked. */
    void setOnPick(IntConsumer onPick) {
        this.onPick = onPick;
    }

    /**
     * Offers {@code numeric} columns to plot and {@code all} to colour by, keeping the choices made;
     * at first the scatter is coloured by {@code colour}.
     */
    void setColumns(List<String> numeric, List<String> all, String colour) {
        choose(histogramColumn, numeric, "backtracks");
        choose(xColumn, numeric, "textLength");
        choose(yColumn, numeric, "backtracks");
        List<String> colours = new ArrayList<>(List.of(NO_COLOUR));
        colours.addAll(all.stream().filter(name -> !name.equals("trace")).toList());
        choose(colourColumn, colours, colour);
    }

    private static void choose(ComboBox<String> choice, List<String> options, String preferred) {
        String chosen = choice.getValue();
        if (!choice.getItems().equals(options)) {
            choice.setItems(FXCollections.observableArrayList(options));
        }
        choice.setValue(chosen != null && options.contains(chosen) ? chosen
                : options.contains(preferred) ? preferred : options.isEmpty() ? null : options.get(0));
    }

    /** Draws the charts of {@code shown}. */
    void show(List<TraceRow> shown) {
        rows = shown;
        redraw();
    }

    private void redraw() {
        histogram.getData().clear();
        scatter.getData().clear();
        if (rows.isEmpty() || histogramColumn.getValue() == null) {
            return;
        }
        drawHistogram(histogramColumn.getValue());
        if (xColumn.getValue() != null && yColumn.getValue() != null) {
            drawScatter(xColumn.getValue(), yColumn.getValue(),
                    NO_COLOUR.equals(colourColumn.getValue()) ? null : colourColumn.getValue());
        }
    }

    private void drawHistogram(String column) {
        double[] values = rows.stream().mapToDouble(row -> DatasetColumns.number(row.value(column))).toArray();
        Histogram counted = Histogram.of(values);
        XYChart.Series<String, Number> bars = new XYChart.Series<>();
        for (int bin = 0; bin < counted.labels().size(); bin++) {
            bars.getData().add(new XYChart.Data<>(counted.labels().get(bin), counted.counts().get(bin)));
        }
        histogram.getXAxis().setLabel(column);
        histogram.getData().add(bars);
    }

    private void drawScatter(String x, String y, String colour) {
        int step = Math.max(1, (rows.size() + MOST_POINTS - 1) / MOST_POINTS);
        List<TraceRow> sample = step == 1 ? rows
                : IntStream.range(0, rows.size()).filter(index -> index % step == 0)
                        .mapToObj(rows::get).toList();
        scatterNote.setText(step == 1 ? "" : String.format(Locale.ROOT, "%,d of %,d rows", sample.size(), rows.size()));
        scatter.getXAxis().setLabel(x);
        scatter.getYAxis().setLabel(y);
        for (ScatterGroups.Group group : ScatterGroups.of(sample, x, y, colour)) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(group.name());
            for (int point = 0; point < group.rows().length; point++) {
                XYChart.Data<Number, Number> data = new XYChart.Data<>(group.x()[point], group.y()[point]);
                int row = group.rows()[point] * step;
                data.nodeProperty().addListener((observable, old, node) -> {
                    if (node != null) {
                        Tooltip.install(node, new Tooltip(rows.get(row).trace()));
                        node.setOnMouseClicked(event -> onPick.accept(row));
                    }
                });
                series.getData().add(data);
            }
            scatter.getData().add(series);
        }
    }
}
