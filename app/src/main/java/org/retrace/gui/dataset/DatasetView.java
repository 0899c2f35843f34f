package org.retrace.gui.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.retrace.dataset.DatasetColumns;
import org.retrace.dataset.RowFilter;
import org.retrace.dataset.TraceRow;

/**
 * A dataset of searches: a row per trace in a sortable table, a filter over it, and charts of the
 * rows the filter keeps. Rows arrive while the dataset is read; a double-click opens a row's trace.
 */
public final class DatasetView extends BorderPane {
    private final ObservableList<TraceRow> all = FXCollections.observableArrayList();
    private final FilteredList<TraceRow> kept = new FilteredList<>(all);
    private final DatasetTable table = new DatasetTable();
    private final DatasetCharts charts = new DatasetCharts();
    private final TextField filter = new TextField();
    private final Label count = new Label();
    private final Button compare = new Button("Compare the two selected");
    private DatasetColumns columns = new DatasetColumns();
    private Consumer<TraceRow> onOpen = row -> { };
    private BiConsumer<TraceRow, TraceRow> onCompare = (first, second) -> { };

    public DatasetView() {
        SortedList<TraceRow> sorted = new SortedList<>(kept);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(unused -> {
            TableRow<TraceRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        filter.setId("dataset-filter");
        filter.setPromptText("Filter: words in any cell, or nodes>20 correct=true");
        filter.textProperty().addListener((observable, old, text) -> refilter());
        count.setId("dataset-count");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        compare.setId("dataset-compare");
        compare.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(2));
        compare.setOnAction(event -> {
            List<TraceRow> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
            onCompare.accept(selected.get(0), selected.get(1));
        });
        HBox top = new HBox(8, filter, count, compare);
        HBox.setHgrow(filter, Priority.ALWAYS);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6));
        charts.setOnPick(index -> select(kept.get(index)));
        SplitPane center = new SplitPane(table, charts);
        center.setOrientation(Orientation.HORIZONTAL);
        center.setDividerPositions(0.55);
        setTop(top);
        setCenter(center);
        showCount();
    }

    /** Called with a row whose trace the user wants to open (a double-click). */
    public void setOnOpen(Consumer<TraceRow> onOpen) {
        this.onOpen = onOpen;
    }

    /** Called with the two rows selected when the user asks to compare them. */
    public void setOnCompare(BiConsumer<TraceRow, TraceRow> onCompare) {
        this.onCompare = onCompare;
    }

    /** Forgets the rows shown, for a dataset about to arrive. */
    public void clear() {
        all.clear();
        columns = new DatasetColumns();
        table.clearColumns();
        charts.show(List.of());
        showCount();
    }

    /** Adds rows read so far; costs O(rows added x filter words). */
    public void addRows(List<TraceRow> rows) {
        rows.forEach(columns::add);
        table.setColumns(columns.names());
        all.addAll(rows);
        showCount();
    }

    /** The dataset is read: draws its charts. */
    public void finished() {
        refilter();
    }

    /** Selects the row of trace {@code name} from {@code source}, if shown, and scrolls to it. */
    public void select(String source, String name) {
        for (TraceRow row : table.getItems()) {
            if (row.trace().equals(name) && row.source().equals(source)) {
                select(row);
                return;
            }
        }
    }

    private void select(TraceRow row) {
        table.getSelectionModel().select(row);
        table.scrollTo(row);
    }

    /** Every row read, in reading order. */
    public List<TraceRow> rows() {
        return List.copyOf(all);
    }

    /** The rows the filter keeps, in the table's order. */
    public List<TraceRow> shownRows() {
        return List.copyOf(table.getItems());
    }

    private void refilter() {
        RowFilter rows = RowFilter.parse(filter.getText(), columns.names());
        kept.setPredicate(rows.keepsAll() ? null : rows);
        charts.setColumns(numericColumns(), columns.names(), DatasetColumns.colourColumn(all, columns.names()));
        charts.show(new ArrayList<>(kept));
        showCount();
    }

    /** The columns every value of which, in some row at least, is a number or a yes/no. */
    private List<String> numericColumns() {
        List<String> numeric = new ArrayList<>();
        for (String column : columns.names()) {
            boolean any = false;
            boolean onlyNumbers = true;
            for (TraceRow row : all) {
                Object value = row.value(column);
                if (value != null) {
                    any = true;
                    onlyNumbers &= !Double.isNaN(DatasetColumns.number(value));
                }
            }
            if (any && onlyNumbers) {
                numeric.add(column);
            }
        }
        return numeric;
    }

    private void showCount() {
        count.setText(kept.size() == all.size() ? String.format(Locale.ROOT, "%,d traces", all.size())
                : String.format(Locale.ROOT, "%,d of %,d traces", kept.size(), all.size()));
    }
}
