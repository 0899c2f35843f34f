package org.retrace.format.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retrace.model.Trace;

/**
 * Writes a trace's tree as a CSV table that {@link CsvTraceReader} reads back: id, parent, final
 * status, label, one column per metric ({@code metric:NAME} beyond value and visits) and per
 * attribute ({@code attr:NAME} where the name would clash), nested values as JSON. The timeline is
 * not kept: a CSV tree has none. Costs O(n x columns), streamed.
 */
public final class CsvTraceWriter {
    private static final CsvFactory FACTORY = new CsvFactory();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KNOWN_COLUMNS = Set.of("id", "parent", "status", "label", "value", "visits");

    public void write(Trace trace, OutputStream out) throws IOException {
        List<String> metrics = trace.metricNames();
        List<String> attributes = trace.attributeNames();
        List<String> header = new ArrayList<>(List.of("id", "parent", "status", "label"));
        metrics.forEach(metric -> header.add(metricColumn(metric)));
        attributes.forEach(attribute -> header.add(attributeColumn(attribute)));
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        header.forEach(schema::addColumn);
        try (CsvGenerator csv = FACTORY.createGenerator(out)) {
            csv.setSchema(schema.build());
            csv.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            for (int node = 0; node < trace.nodeCount(); node++) {
                csv.writeStartArray();
                csv.writeString(trace.id(node));
                csv.writeString(trace.parent(node) < 0 ? "" : trace.id(trace.parent(node)));
                csv.writeString(trace.status(node).wireName());
                csv.writeString(trace.label(node));
                for (String metric : metrics) {
                    double value = trace.metric(node, metric);
                    csv.writeString(Double.isNaN(value) ? "" : Double.toString(value));
                }
                Map<String, Object> values = trace.attributes(node);
                for (String attribute : attributes) {
                    csv.writeString(cell(values.get(attribute)));
                }
                csv.writeEndArray();
            }
        }
    }

    /** "value" and "visits" are columns of their own; any other metric is marked as one. */
    private static String metricColumn(String metric) {
        return metric.equals("value") || metric.equals("visits") ? metric : CsvColumns.METRIC_PREFIX + metric;
    }

    /** An attribute named like a known column, or like a marked one, is marked so that it reads back as itself. */
    private static String attributeColumn(String attribute) {
        String lower = attribute.toLowerCase(Locale.ROOT);
        boolean clashes = KNOWN_COLUMNS.contains(lower) || lower.startsWith(CsvColumns.METRIC_PREFIX)
                || attribute.startsWith(CsvColumns.ATTRIBUTE_PREFIX);
        return clashes ? CsvColumns.ATTRIBUTE_PREFIX + attribute : attribute;
    }

    /** Strings as they are, anything nested as JSON. */
    private static String cell(Object value) throws IOException {
        if (value == null) {
            return "";
        }
        return value instanceof String text ? text : JSON.writeValueAsString(value);
    }
}
