package org.retrace.format.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.retrace.model.Trace;

/**
 * Writes a trace's tree as a CSV table that {@link CsvTraceReader} reads back: id, parent, final
 * status, label, one column per metric and per attribute. The timeline is not kept: a CSV tree has
 * none. Costs O(n x columns), streamed.
 */
public final class CsvTraceWriter {
    private static final CsvFactory FACTORY = new CsvFactory();

    public void write(Trace trace, OutputStream out) throws IOException {
        List<String> metrics = trace.metricNames();
        List<String> attributes = trace.attributeNames();
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        List<String> header = new ArrayList<>(List.of("id", "parent", "status", "label"));
        header.addAll(metrics);
        header.addAll(attributes);
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
                    Object value = values.get(attribute);
                    csv.writeString(value == null ? "" : value.toString());
                }
                csv.writeEndArray();
            }
        }
    }
}
