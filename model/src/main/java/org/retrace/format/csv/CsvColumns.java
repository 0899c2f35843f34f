package org.retrace.format.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.retrace.format.NodeRecord;
import org.retrace.format.TraceFormatException;

/** Which CSV column holds which node field, found from the header row. */
final class CsvColumns {
    private final List<String> header;
    private int id = -1;
    private int parent = -1;
    private int status = -1;
    private int label = -1;
    private int value = -1;
    private int visits = -1;

    private CsvColumns(List<String> header) {
        this.header = header;
    }

    static CsvColumns fromHeader(List<String> row, String file) throws TraceFormatException {
        CsvColumns columns = new CsvColumns(new ArrayList<>(row));
        for (int i = 0; i < row.size(); i++) {
            switch (row.get(i).strip().toLowerCase(Locale.ROOT)) {
                case "id" -> columns.id = i;
                case "parent" -> columns.parent = i;
                case "status" -> columns.status = i;
                case "label" -> columns.label = i;
                case "value" -> columns.value = i;
                case "visits" -> columns.visits = i;
                default -> {
                    // any other column is an attribute, named as in the header
                }
            }
        }
        if (columns.id < 0 || columns.parent < 0) {
            throw new TraceFormatException(file, 1, 1, "the header row must name the columns id and parent, found "
                    + String.join(",", row));
        }
        return columns;
    }

    /** Copies one row into {@code record}, or fails on a short row or a value that is not a number. */
    void fill(NodeRecord record, List<String> row, String file) throws TraceFormatException {
        if (row.size() != header.size()) {
            throw new TraceFormatException(file, record.line, 1, "expected " + header.size()
                    + " columns as in the header, found " + row.size());
        }
        record.id = row.get(id).strip();
        String parentId = row.get(parent).strip();
        record.parentId = parentId.isEmpty() ? null : parentId;
        if (status >= 0) {
            record.statusWord = row.get(status).strip();
        }
        if (label >= 0) {
            record.label = row.get(label);
        }
        putNumber(record, row, value, file);
        putNumber(record, row, visits, file);
        for (int i = 0; i < row.size(); i++) {
            if (i != id && i != parent && i != status && i != label && i != value && i != visits
                    && !row.get(i).isEmpty()) {
                record.attributes.put(header.get(i), row.get(i));
            }
        }
    }

    private void putNumber(NodeRecord record, List<String> row, int column, String file)
            throws TraceFormatException {
        if (column < 0 || row.get(column).isBlank()) {
            return;
        }
        String text = row.get(column).strip();
        try {
            record.metrics.put(header.get(column).strip().toLowerCase(Locale.ROOT), Double.parseDouble(text));
        } catch (NumberFormatException notANumber) {
            throw new TraceFormatException(file, record.line, columnStart(row, column),
                    header.get(column).strip() + " must be a number, found \"" + text + "\"");
        }
    }

    /** The 1-based character column where field {@code column} starts, assuming no quoting before it. */
    private static int columnStart(List<String> row, int column) {
        int start = 1;
        for (int i = 0; i < column; i++) {
            start += row.get(i).length() + 1;
        }
        return start;
    }
}
