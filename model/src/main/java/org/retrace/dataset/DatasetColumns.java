package org.retrace.dataset;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns of a growing set of rows: the measures every row has, then each record field in the
 * order it was first met. Rows from different formats share the measures and add their own fields.
 */
public final class DatasetColumns {
    /** A text field longer than this is the record's content, not a label to sort or colour by. */
    public static final int LONGEST_TEXT_FIELD = 120;

    private final Set<String> fields = new LinkedHashSet<>();

    /** Takes in the fields of {@code row}; costs O(its fields). */
    public void add(TraceRow row) {
        for (String field : row.fields().keySet()) {
            if (!TraceRow.MEASURES.contains(field)) {
                fields.add(field);
            }
        }
    }

    /** The measures, then the fields met so far. */
    public List<String> names() {
        List<String> names = new ArrayList<>(TraceRow.MEASURES);
        names.addAll(fields);
        return names;
    }

    /** A cell as a number: a number as it is, yes as 1 and no as 0, anything else (text, none) as NaN. */
    public static double number(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof Boolean yes) {
            return yes ? 1 : 0;
        }
        return Double.NaN;
    }

    /** A number for a label or a table: whole numbers and numbers from 100 up to the unit, others to three significant digits. */
    public static String compact(double value) {
        if (value == Math.rint(value) || Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }

    /**
     * The column that best splits {@code rows} into a few groups to colour a chart by: the format
     * when the rows are of several, else the first record field of {@code columns} with 2 to
     * {@value ScatterGroups#MOST_GROUPS} values (a correctness flag, a model, a heuristic), else
     * the format. Costs O(rows x fields).
     */
    public static String colourColumn(List<TraceRow> rows, List<String> columns) {
        if (rows.stream().map(TraceRow::format).distinct().count() > 1) {
            return "format";
        }
        for (String column : columns) {
            if (TraceRow.MEASURES.contains(column)) {
                continue;
            }
            long values = rows.stream().map(row -> String.valueOf(row.value(column))).distinct()
                    .limit(ScatterGroups.MOST_GROUPS + 1L).count();
            if (values >= 2 && values <= ScatterGroups.MOST_GROUPS) {
                return column;
            }
        }
        return "format";
    }
}
