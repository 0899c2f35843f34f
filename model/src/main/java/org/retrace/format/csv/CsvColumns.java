package org.retrace.format.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.retrace.format.NodeRecord;
import org.retrace.format.Numbers;
import org.retrace.format.TraceFormatException;

/** Which CSV column holds which node field, found from the header row. */
final class CsvColumns {
    /** Header prefixes that name a metric or an attribute whose name would clash with a known column. */
    static final String METRIC_PREFIX = "metric:";
    static final String ATTRIBUTE_PREFIX = "attr:";
    private final List<String> header;
    private final List<Integer> metricColumns = new ArrayList<>();
    private final List<Integer> attributeColumns = new ArrayList<>();
    private int id = -1;
    private int parent = -1;
    private int status = -1;
    private int label = -1;

    private CsvColumns(List<String> header) {
        this.header = header;
    }

    static CsvColumns fromHeader(List<String> row, String file) throws TraceFormatException {
        CsvColumns columns = new CsvColumns(new ArrayList<>(row));
        for (int i = 0; i < row.size(); i++) {
            String name = row.get(i).strip().toLowerCase(Locale.ROOT);
            switch (name) {
                case "id" -> columns.id = i;
                case "parent" -> columns.parent = i;
                case "status" -> columns.status = i;
                case "label" -> columns.label = i;
                case "value", "visits" -> columns.metricColumns.add(i);
                default -> (name.startsWith(METRIC_PREFIX) ? columns.metricColumns : columns.attributeColumns).add(i);
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
        for (int column : metricColumns) {
            putNumber(record, row, column, file);
        }
        for (int column : attributeColumns) {
            if (!row.get(column).isEmpty()) {
                record.attributes.put(attributeName(column), row.get(column));
            }
        }
    }

    private void putNumber(NodeRecord record, List<String> row, int column, String file)
            throws TraceFormatException {
        if (row.get(column).isBlank()) {
            return;
        }
        String text = row.get(column).strip();
        double value = Numbers.parseFinite(text);
        if (Double.isNaN(value)) {
            throw new TraceFormatException(file, record.line, columnStart(row, column),
                    header.get(column).strip() + " must be a finite decimal number, found \"" + text + "\"");
        }
        record.metrics.put(metricName(column), value);
    }

    /** "value" and "visits" as they are; "metric:bound" is the metric "bound". */
    private String metricName(int column) {
        String name = header.get(column).strip();
        return name.regionMatches(true, 0, METRIC_PREFIX, 0, METRIC_PREFIX.length())
                ? name.substring(METRIC_PREFIX.length()) : name.toLowerCase(Locale.ROOT);
    }

    /** As the header names it; "attr:label" is an attribute called "label", not the label column. */
    private String attributeName(int column) {
        String name = header.get(column);
        return name.startsWith(ATTRIBUTE_PREFIX) ? name.substring(ATTRIBUTE_PREFIX.length()) : name;
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
