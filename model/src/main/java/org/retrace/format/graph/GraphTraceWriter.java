package org.retrace.format.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.retrace.model.Trace;
import org.retrace.model.TreeGraph;

/**
 * Writes a trace's tree as Graphviz DOT or GraphML through jgrapht-io's exporters, on the trace's
 * own {@link TreeGraph}: a vertex per node, named by the node's id, with its label, status, kind,
 * text, metrics (as they end) and free attributes; an edge from each parent to each child. The
 * timeline is not written: {@link GraphTraceReader} reads the tree back, nodes in id order of the
 * file. Costs O(nodes x fields).
 */
public final class GraphTraceWriter {
    private static final String[] FIELDS = {"label", "status", "kind", "text"};

    private GraphTraceWriter() {
    }

    /** Writes {@code trace} as a DOT digraph. */
    public static void dot(Trace trace, OutputStream out) throws IOException {
        DOTExporter<Integer, Integer> exporter = new DOTExporter<>(node -> quoted(trace.id(node)));
        exporter.setVertexAttributeProvider(node -> dotAttributes(trace, node));
        write(out, writer -> exporter.exportGraph(trace.graph(), writer));
    }

    /** The node's attributes under names Graphviz does not read as its own: see {@link GraphvizNames}. */
    private static Map<String, Attribute> dotAttributes(Trace trace, int node) {
        Map<String, Attribute> renamed = new LinkedHashMap<>();
        attributes(trace, node).forEach((name, value) -> renamed.put(GraphvizNames.forDot(name), value));
        return renamed;
    }

    /** Writes {@code trace} as a GraphML document, each field a declared key. */
    public static void graphMl(Trace trace, OutputStream out) throws IOException {
        GraphMLExporter<Integer, Integer> exporter = new GraphMLExporter<>(trace::id);
        for (String field : FIELDS) {
            exporter.registerAttribute(field, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        }
        for (String metric : trace.metricNames()) {
            exporter.registerAttribute(metric, GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
        }
        for (String attribute : trace.attributeNames()) {
            if (!trace.metricNames().contains(attribute) && !isField(attribute)) {
                exporter.registerAttribute(attribute, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
            }
        }
        exporter.setVertexAttributeProvider(node -> attributes(trace, node));
        write(out, writer -> exporter.exportGraph(trace.graph(), writer));
    }

    /** The node's fields, metrics with a value and free attributes, in that order. */
    private static Map<String, Attribute> attributes(Trace trace, int node) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("label", DefaultAttribute.createAttribute(trace.label(node)));
        attributes.put("status", DefaultAttribute.createAttribute(trace.status(node).wireName()));
        attributes.put("kind", DefaultAttribute.createAttribute(trace.kind(node)));
        if (!trace.text(node).isEmpty()) {
            attributes.put("text", DefaultAttribute.createAttribute(trace.text(node)));
        }
        for (String metric : trace.metricNames()) {
            double value = trace.metric(node, metric);
            if (!Double.isNaN(value)) {
                attributes.put(metric, DefaultAttribute.createAttribute(value));
            }
        }
        trace.attributes(node).forEach((name, value) -> {
            if (!attributes.containsKey(name)) {
                attributes.put(name, DefaultAttribute.createAttribute(String.valueOf(value)));
            }
        });
        return attributes;
    }

    private static boolean isField(String name) {
        for (String field : FIELDS) {
            if (field.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** A DOT identifier for any id: in double quotes, its quotes and backslashes escaped. */
    private static String quoted(String id) {
        return '"' + id.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    @FunctionalInterface
    private interface Export {
        void to(Writer writer);
    }

    private static void write(OutputStream out, Export export) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            export.to(writer);
        } catch (ExportException failed) {
            throw new IOException("the graph could not be written: " + failed.getMessage(), failed);
        }
        writer.flush();
    }
}
