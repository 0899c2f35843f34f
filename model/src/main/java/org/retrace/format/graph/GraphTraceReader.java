package org.retrace.format.graph;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.ImportException;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.retrace.format.LoadProgress;
import org.retrace.format.LoadWarnings;
import org.retrace.format.LoadedTraces;
import org.retrace.format.NodeOrdering;
import org.retrace.format.NodeRecord;
import org.retrace.format.Numbers;
import org.retrace.format.ProgressInputStream;
import org.retrace.format.TraceFormatException;
import org.retrace.format.TraceReader;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;

/**
 * Reads a Graphviz DOT or a GraphML graph through jgrapht-io, when it forms a tree: one node
 * without a parent, every other with exactly one, no cycle. Nodes keep their attributes; {@code label},
 * {@code status} and {@code kind} fill those fields and numeric {@code value} and {@code visits}
 * become metrics. Nodes are created in the order the file lists them (a child listed before its
 * parent waits for it), with no timeline beyond that.
 */
public final class GraphTraceReader implements TraceReader {
    /** Where ANTLR, inside jgrapht-io's DOT importer, says an error is: "line 3:0 ". */
    private static final Pattern IMPORTER_PLACE = Pattern.compile("^line (\\d{1,9}):(\\d{1,9}) ");
    private static final Pattern DOT_START = Pattern.compile("^\\s*(strict\\s+)?(di)?graph\\b", Pattern.CASE_INSENSITIVE);

    private final boolean graphMl;

    private GraphTraceReader(boolean graphMl) {
        this.graphMl = graphMl;
    }

    /** The reader of Graphviz DOT files. */
    public static GraphTraceReader dot() {
        return new GraphTraceReader(false);
    }

    /** The reader of GraphML files. */
    public static GraphTraceReader graphMl() {
        return new GraphTraceReader(true);
    }

    @Override
    public boolean recognizes(String head) {
        String start = head.stripLeading();
        return graphMl ? start.contains("<graphml") : DOT_START.matcher(start.replaceFirst("^(//[^\n]*\n|\\s)*", "")).find();
    }

    @Override
    public LoadedTraces read(Path path, LoadProgress progress) throws IOException {
        String file = path.toString();
        String format = graphMl ? "graphml" : "dot";
        Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(SupplierUtil.createStringSupplier(),
                SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        Map<String, Map<String, String>> attributes = new HashMap<>();
        GraphImporter<String, DefaultEdge> importer = importer(attributes);
        if (graphMl) {
            SafeXml.check(path, file);
        } else {
            DotText.checkSize(Files.size(path), file);
            DotText.check(Files.readString(path, StandardCharsets.UTF_8), file);
        }
        try (InputStream in = new ProgressInputStream(new FileInputStream(path.toFile()), file, Files.size(path),
                progress)) {
            importer.importGraph(graph, in);
        } catch (ImportException malformed) {
            throw located(file, format, malformed);
        }
        List<String> roots = new ArrayList<>();
        for (String vertex : graph.vertexSet()) {
            int parents = graph.inDegreeOf(vertex);
            if (parents == 0) {
                roots.add(vertex);
            } else if (parents > 1) {
                throw new TraceFormatException(file, 1, 1, "not a tree: node '" + vertex + "' has " + parents
                        + " parents");
            }
        }
        if (graph.vertexSet().isEmpty()) {
            throw new TraceFormatException(file, 1, 1, "no nodes: the graph is empty");
        }
        if (roots.size() != 1) {
            throw new TraceFormatException(file, 1, 1, roots.isEmpty()
                    ? "not a tree: every node has a parent, so the parent links form a cycle"
                    : "not a tree: " + roots.size() + " nodes have no parent (" + String.join(", ",
                            roots.subList(0, Math.min(5, roots.size()))) + (roots.size() > 5 ? ", ..." : "") + ")");
        }
        String name = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        TraceBuilder builder = new TraceBuilder(TraceInfo.named(name));
        LoadWarnings warnings = new LoadWarnings(file);
        NodeOrdering ordering = new NodeOrdering(builder, file, warnings);
        int position = 0;
        for (String vertex : graph.vertexSet()) {
            ordering.offer(record(vertex, graph, attributes.getOrDefault(vertex, Map.of()), ++position));
        }
        ordering.finish();
        return new LoadedTraces(List.of(builder.build()), format, warnings.toList());
    }

    private GraphImporter<String, DefaultEdge> importer(Map<String, Map<String, String>> attributes) {
        if (graphMl) {
            GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
            importer.setSchemaValidation(false);
            importer.setVertexFactory(id -> id);
            keepVertexAttributes(importer, attributes, UnaryOperator.identity());
            return importer;
        }
        DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        keepVertexAttributes(importer, attributes, GraphvizNames::fromDot);
        return importer;
    }

    private static void keepVertexAttributes(BaseEventDrivenImporter<String, DefaultEdge> importer,
            Map<String, Map<String, String>> attributes, UnaryOperator<String> names) {
        importer.addVertexAttributeConsumer((vertexAndKey, value) -> attributes
                .computeIfAbsent(vertexAndKey.getFirst(), v -> new LinkedHashMap<>())
                .put(names.apply(vertexAndKey.getSecond()), valueOf(value)));
    }

    private static String valueOf(Attribute attribute) {
        return attribute == null ? "" : attribute.getValue();
    }

    /** A node record; the "line" is the node's place in the file's list, as jgrapht-io gives no lines. */
    private static NodeRecord record(String vertex, Graph<String, DefaultEdge> graph, Map<String, String> fields,
            int position) {
        NodeRecord record = new NodeRecord();
        record.id = vertex;
        record.line = position;
        record.column = 1;
        if (graph.inDegreeOf(vertex) == 1) {
            record.parentId = graph.getEdgeSource(graph.incomingEdgesOf(vertex).iterator().next());
        }
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String value = field.getValue();
            switch (field.getKey()) {
                case "ID" -> {
                    // jgrapht-io repeats the node's id as an attribute
                }
                case "label" -> record.label = value;
                case "status" -> record.statusWord = value;
                case "kind" -> record.kind = value;
                case "text", "tooltip" -> record.text = value;
                case "value", "visits" -> {
                    double number = Numbers.parseFinite(value);
                    if (Double.isNaN(number)) {
                        record.attributes.put(field.getKey(), value);
                    } else {
                        record.metrics.put(field.getKey(), number);
                    }
                }
                default -> record.attributes.put(field.getKey(), value);
            }
        }
        return record;
    }

    /**
     * The importer's error at the line and column it names ("line 3:0 extraneous input"), with the
     * innermost reason it gives ("Target vertex zz not found" rather than "Failed to parse GraphML").
     */
    private static TraceFormatException located(String file, String format, ImportException malformed) {
        Throwable innermost = malformed;
        while (innermost.getCause() != null && innermost.getCause().getMessage() != null) {
            innermost = innermost.getCause();
        }
        String reason = firstLine(innermost.getMessage()).replaceFirst("^Failed to import DOT graph: ", "");
        Matcher place = IMPORTER_PLACE.matcher(reason);
        if (place.find()) {
            return new TraceFormatException(file, Integer.parseInt(place.group(1)),
                    Integer.parseInt(place.group(2)) + 1, "malformed " + format.toUpperCase(Locale.ROOT) + ": "
                    + reason.substring(place.end()).replace("<EOF>", "the end of the file")
                    .replace("extraneous input '' expecting", "the file ends here; expected"));
        }
        return new TraceFormatException(file, 1, 1, "malformed " + format.toUpperCase(Locale.ROOT) + ": " + reason);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "the importer gave no reason";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
