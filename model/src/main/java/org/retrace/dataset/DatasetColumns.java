package org.retrace.dataset;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
}
