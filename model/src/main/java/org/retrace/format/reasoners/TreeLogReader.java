package org.retrace.format.reasoners;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.retrace.format.JsonDocuments;
import org.retrace.format.LoadProgress;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFormatException;
import org.retrace.format.TraceReader;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;
import org.retrace.model.TraceRuleException;

/**
 * Reads llm-reasoners' TreeLog JSON ({@code {"logs":[snapshot, ...]}}, one snapshot per MCTS
 * iteration). Node ids are stable across snapshots, so each snapshot's new nodes are created in
 * id order; edge ids are not, so an edge is known by its (source, target) and its data (Q, reward,
 * intuition, self_eval...) becomes the child's metrics, whose changes between snapshots are metric
 * events (backpropagation). Each snapshot is an iteration: the cursor returns to the root and
 * descends along the {@code selected_edge} chain. Node data is the node's text.
 */
public final class TreeLogReader implements TraceReader {
    /** The detected-format name. */
    public static final String FORMAT = "llm-reasoners";

    @Override
    public boolean recognizes(String head) {
        String start = head.stripLeading();
        return start.startsWith("{") && start.contains("\"logs\"") && start.contains("\"selected_edge\"");
    }

    @Override
    public LoadedTraces read(Path path, LoadProgress progress) throws IOException {
        String file = path.toString();
        JsonNode document = JsonDocuments.read(path, progress);
        JsonNode logs = document == null ? null : document.get("logs");
        if (logs == null || !logs.isArray() || logs.isEmpty()) {
            throw new TraceFormatException(file, 1, 1, "expected {\"logs\": [snapshot, ...]} with at least one snapshot");
        }
        String name = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        TraceBuilder builder = new TraceBuilder(new TraceInfo(name, "mcts", "", Map.of("snapshots", (long) logs.size())));
        try {
            for (int i = 0; i < logs.size(); i++) {
                applySnapshot(builder, logs.get(i), i);
            }
        } catch (TraceRuleException | IllegalArgumentException broken) {
            throw new TraceFormatException(file, 1, 1, broken.getMessage());
        }
        return new LoadedTraces(List.of(builder.build()), FORMAT, List.of());
    }

    private static void applySnapshot(TraceBuilder builder, JsonNode snapshot, int iteration) {
        JsonNode nodes = snapshot.path("nodes");
        JsonNode edges = snapshot.path("edges");
        Map<Long, JsonNode> edgeToChild = new HashMap<>();
        Map<Long, Long> parentOf = new HashMap<>();
        Map<Long, Long> edgeTarget = new HashMap<>();
        edges.forEach(edge -> {
            long target = edge.path("target").asLong();
            edgeToChild.put(target, edge.path("data"));
            parentOf.put(target, edge.path("source").asLong());
            edgeTarget.put(edge.path("id").asLong(), target);
        });
        List<Long> ids = new ArrayList<>();
        nodes.forEach(node -> ids.add(node.path("id").asLong()));
        ids.sort(Long::compare);
        double time = Double.NaN;
        if (iteration > 0) {
            builder.note(-1, "iteration " + (iteration + 1), time);
        }
        for (long id : ids) {
            int node = builder.findNode(Long.toString(id));
            if (node < 0) {
                Long parentId = parentOf.get(id);
                int parent = parentId == null ? -1 : builder.findNode(Long.toString(parentId));
                if (parentId != null && parent < 0) {
                    throw new IllegalArgumentException("snapshot " + iteration + ": node " + id + " comes before its parent "
                            + parentId);
                }
                node = builder.addNode(Long.toString(id), parent, "state", NodeStatus.OPEN, null, null, time);
            }
            describe(builder, node, nodes.path(Long.toString(id)).path("data"), edgeToChild.get(id), time);
        }
        for (long id : ids) {
            int node = builder.findNode(Long.toString(id));
            if (builder.firstChild(node) >= 0 && builder.currentStatus(node) == NodeStatus.OPEN) {
                builder.status(node, NodeStatus.EXPANDED, time);
            }
        }
        followSelectedPath(builder, nodes, edgeTarget, time);
    }

    /** Node data as text, edge data as the child's label (its action) and metrics. */
    private static void describe(TraceBuilder builder, int node, JsonNode data, JsonNode edgeData, double time) {
        StringBuilder text = new StringBuilder();
        data.fields().forEachRemaining(field -> text.append(text.length() == 0 ? "" : "\n").append(field.getKey())
                .append(": ").append(field.getValue().isTextual() ? field.getValue().asText() : field.getValue()));
        if (text.length() > 0) {
            builder.setText(node, text.toString());
            builder.setLabel(node, abbreviate(data.fields().next().getValue().asText()));
        }
        if (edgeData == null) {
            return;
        }
        edgeData.fields().forEachRemaining(field -> {
            if (field.getValue().isNumber()) {
                double value = field.getValue().asDouble();
                double current = builder.currentMetric(node, field.getKey());
                if (Double.isNaN(current) && builder.nodeCount() - 1 == node) {
                    builder.setInitialMetric(node, field.getKey(), value);
                } else if (value != current) {
                    builder.metric(node, field.getKey(), value, time);
                }
            } else if (field.getKey().equals("action")) {
                builder.setLabel(node, abbreviate(field.getValue().asText()));
                builder.setAttribute(node, Trace.ACTION, field.getValue().asText().strip());
            }
        });
    }

    /** An iteration: back to the root, then down the selected edges. */
    private static void followSelectedPath(TraceBuilder builder, JsonNode nodes, Map<Long, Long> edgeTarget,
            double time) {
        if (builder.nodeCount() == 0) {
            return;
        }
        builder.moveCursorTo(0, time);
        long current = Long.parseLong(builder.id(0));
        for (int steps = 0; steps < builder.nodeCount(); steps++) {
            JsonNode selected = nodes.path(Long.toString(current)).path("selected_edge");
            Long next = selected.isNumber() ? edgeTarget.get(selected.asLong()) : null;
            if (next == null || builder.findNode(Long.toString(next)) < 0) {
                return;
            }
            builder.moveCursorTo(builder.findNode(Long.toString(next)), time);
            current = next;
        }
    }

    private static String abbreviate(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
