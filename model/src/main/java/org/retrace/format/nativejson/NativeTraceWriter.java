package org.retrace.format.nativejson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.retrace.model.EventType;
import org.retrace.model.NodeStatus;
import org.retrace.model.Timeline;
import org.retrace.model.Trace;
import org.retrace.model.TraceInfo;
import org.retrace.model.TraceState;

/**
 * Writes traces in the native format, as a JSON document or as a JSON Lines event log. Both list
 * the timeline event by event, nodes included, so that reading the output gives back the same tree
 * and the same timeline. Costs O(events + nodes x metrics), streamed.
 */
public final class NativeTraceWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Writes a header line, then one event per line. An event log holds one trace: its header is
     * the only place for the trace's name, search kind and source text.
     */
    public void writeEventLog(List<Trace> traces, OutputStream out) throws IOException {
        requireTraces(traces);
        if (traces.size() > 1) {
            throw new IllegalArgumentException("an event log holds one trace, and there are " + traces.size()
                    + "; write them as a .json document");
        }
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
            json.setRootValueSeparator(null);
            json.writeStartObject();
            writeHeader(json, traces.get(0).info());
            json.writeEndObject();
            json.writeRaw('\n');
            Trace trace = traces.get(0);
            for (int e = 0; e < trace.timeline().size(); e++) {
                writeEvent(json, trace, e);
                json.writeRaw('\n');
            }
        }
    }

    /** Writes one JSON document; several traces go into a {@code "traces"} array. */
    public void writeDocument(List<Trace> traces, OutputStream out) throws IOException {
        requireTraces(traces);
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
            json.writeStartObject();
            if (traces.size() == 1) {
                writeHeader(json, traces.get(0).info());
                writeEvents(json, traces.get(0));
            } else {
                json.writeStringField("format", NativeFormat.NAME);
                json.writeNumberField("version", NativeFormat.VERSION);
                json.writeArrayFieldStart("traces");
                for (Trace trace : traces) {
                    json.writeStartObject();
                    json.writeStringField("name", trace.info().name());
                    writeInfoFields(json, trace.info());
                    writeEvents(json, trace);
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void requireTraces(List<Trace> traces) {
        if (traces.isEmpty()) {
            throw new IllegalArgumentException("nothing to write: no traces given");
        }
    }

    private static void writeHeader(JsonGenerator json, TraceInfo info) throws IOException {
        json.writeStringField("format", NativeFormat.NAME);
        json.writeNumberField("version", NativeFormat.VERSION);
        if (!info.name().isEmpty()) {
            json.writeStringField("name", info.name());
        }
        writeInfoFields(json, info);
    }

    private static void writeInfoFields(JsonGenerator json, TraceInfo info) throws IOException {
        if (!info.searchKind().isEmpty()) {
            json.writeStringField("search", info.searchKind());
        }
        if (!info.sourceText().isEmpty()) {
            json.writeStringField("source", info.sourceText());
        }
        writeFields(json, info.attributes());
    }

    private static void writeEvents(JsonGenerator json, Trace trace) throws IOException {
        json.writeArrayFieldStart("events");
        for (int e = 0; e < trace.timeline().size(); e++) {
            writeEvent(json, trace, e);
        }
        json.writeEndArray();
    }

    private static void writeEvent(JsonGenerator json, Trace trace, int e) throws IOException {
        Timeline timeline = trace.timeline();
        EventType type = timeline.type(e);
        int node = timeline.node(e);
        json.writeStartObject();
        json.writeStringField("ev", type.wireName());
        switch (type) {
            case NODE -> writeNodeFields(json, trace, node);
            case BACKTRACK -> {
                json.writeStringField("from", trace.id(timeline.backtrackOrigin(e)));
                json.writeStringField("to", trace.id(node));
            }
            case STATUS -> {
                json.writeStringField("id", trace.id(node));
                json.writeStringField("status", timeline.newStatus(e).wireName());
            }
            case METRIC -> {
                json.writeStringField("id", trace.id(node));
                json.writeObjectFieldStart("metrics");
                json.writeNumberField(trace.metricNames().get(timeline.metricColumn(e)), timeline.value(e));
                json.writeEndObject();
            }
            case BOUND -> json.writeNumberField(timeline.bound(e).wireName(), timeline.value(e));
            case NOTE -> {
                if (node >= 0) {
                    json.writeStringField("id", trace.id(node));
                }
                json.writeStringField("text", timeline.note(e));
            }
            default -> json.writeStringField("id", trace.id(node));
        }
        if (!Double.isNaN(timeline.time(e))) {
            json.writeNumberField("t", timeline.time(e));
        }
        if (!timeline.attributes(e).isEmpty()) {
            json.writeFieldName("attrs");
            json.writeObject(timeline.attributes(e));
        }
        json.writeEndObject();
    }

    /** A node as it was when created: its status and metrics then, not at the end. */
    private static void writeNodeFields(JsonGenerator json, Trace trace, int node) throws IOException {
        TraceState created = trace.stateAt(trace.createdAt(node) + 1);
        json.writeStringField("id", trace.id(node));
        if (trace.parent(node) >= 0) {
            json.writeStringField("parent", trace.id(trace.parent(node)));
        }
        if (!trace.kind(node).equals(Trace.DEFAULT_KIND)) {
            json.writeStringField("kind", trace.kind(node));
        }
        NodeStatus status = created.status(node);
        if (status != NodeStatus.OPEN) {
            json.writeStringField("status", status.wireName());
        }
        writeNonEmpty(json, "label", trace.label(node));
        writeNonEmpty(json, "text", trace.text(node));
        boolean anyMetric = false;
        for (String name : trace.metricNames()) {
            double value = created.metric(node, name);
            if (!Double.isNaN(value)) {
                if (!anyMetric) {
                    json.writeObjectFieldStart("metrics");
                    anyMetric = true;
                }
                json.writeNumberField(name, value);
            }
        }
        if (anyMetric) {
            json.writeEndObject();
        }
        if (!Double.isNaN(trace.spanStart(node))) {
            json.writeArrayFieldStart("span");
            json.writeNumber(trace.spanStart(node));
            json.writeNumber(trace.spanEnd(node));
            json.writeEndArray();
        }
        if (trace.sourceStart(node) >= 0) {
            json.writeArrayFieldStart("sourceRange");
            json.writeNumber(trace.sourceStart(node));
            json.writeNumber(trace.sourceEnd(node));
            json.writeEndArray();
        }
        Map<String, Object> attributes = trace.attributes(node);
        if (!attributes.isEmpty()) {
            json.writeFieldName("attrs");
            json.writeObject(attributes);
        }
    }

    private static void writeNonEmpty(JsonGenerator json, String field, String value) throws IOException {
        if (!value.isEmpty()) {
            json.writeStringField(field, value);
        }
    }

    private static void writeFields(JsonGenerator json, Map<String, Object> fields) throws IOException {
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            json.writeFieldName(field.getKey());
            json.writeObject(field.getValue());
        }
    }
}
