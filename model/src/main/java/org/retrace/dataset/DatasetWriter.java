package org.retrace.dataset;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a dataset's rows for other tools: CSV (a header, then a row per trace, an empty cell
 * where a trace has no such field) or JSON Lines (an object per trace, only the fields it has).
 */
public final class DatasetWriter {
    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final CsvMapper CSV = new CsvMapper();

    /** The forms a file's extension names. */
    public enum Form {
        CSV, JSON_LINES;

        /** The form of a file named {@code name}: {@code .csv} or {@code .jsonl}; null for any other. */
        public static Form of(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.endsWith(".csv") ? CSV : lower.endsWith(".jsonl") ? JSON_LINES : null;
        }
    }

    private DatasetWriter() {
    }

    /** Writes {@code rows} under {@code columns} as CSV with a header row; costs O(rows x columns). */
    public static void csv(List<TraceRow> rows, List<String> columns, OutputStream out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        List<List<Object>> cells = new ArrayList<>(rows.size());
        for (TraceRow row : rows) {
            cells.add(row.values(columns));
        }
        CSV.writer(schema.build()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, cells);
    }

    /** {@code row} as one line of JSON, without its line end: its measures, then its fields. */
    public static String jsonLine(TraceRow row) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        for (String measure : TraceRow.MEASURES) {
            object.put(measure, row.value(measure));
        }
        row.fields().forEach(object::putIfAbsent);
        return JSON.writeValueAsString(object);
    }
}
