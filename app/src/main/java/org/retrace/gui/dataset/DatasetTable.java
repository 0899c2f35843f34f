package org.retrace.gui.dataset;

import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.retrace.dataset.DatasetColumns;
import org.retrace.dataset.TraceRow;

/**
 * The rows of a dataset in a table, a column per measure and record field: numbers sort as
 * numbers and read compactly, rows without a field leave its cell empty. Click a header to sort.
 */
final class DatasetTable extends TableView<TraceRow> {
    /** Numbers before text, numbers by value, text alphabetically, empty cells last. */
    private static final Comparator<Object> CELLS = Comparator.nullsLast((left, right) -> {
        double a = DatasetColumns.number(left);
        double b = DatasetColumns.number(right);
        if (!Double.isNaN(a) && !Double.isNaN(b)) {
            return Double.compare(a, b);
        }
        if (Double.isNaN(a) != Double.isNaN(b)) {
            return Double.isNaN(a) ? 1 : -1;
        }
        return left.toString().compareToIgnoreCase(right.toString());
    });

    DatasetTable() {
        setId("dataset-table");
        setPlaceholder(new Label("No dataset open: File > Open dataset..."));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    /** Shows {@code columns}, keeping the columns already shown in place. */
    void setColumns(List<String> columns) {
        if (getColumns().size() == columns.size()) {
            return;
        }
        for (int index = getColumns().size(); index < columns.size(); index++) {
            getColumns().add(column(columns.get(index)));
        }
    }

    /** Forgets every column, for another dataset. */
    void clearColumns() {
        getColumns().clear();
    }

    private static TableColumn<TraceRow, Object> column(String name) {
        TableColumn<TraceRow, Object> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().value(name)));
        column.setComparator(CELLS);
        column.setCellFactory(unused -> new TableCell<>() {
            @Override
            protected void updateItem(Object value, boolean empty) {
                super.updateItem(value, empty);
                // One line a row: a field's line breaks would make rows of different heights.
                setText(empty || value == null ? null : value instanceof Double number
                        ? DatasetColumns.compact(number) : value.toString().replace('\n', ' '));
            }
        });
        column.setPrefWidth(name.equals("trace") ? 280 : name.equals("source") ? 110 : Math.max(70, name.length() * 9));
        return column;
    }
}
