package org.retrace.format.weboperator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.retrace.format.JsonDocuments;
import org.retrace.format.LoadProgress;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFormatException;
import org.retrace.format.TraceReader;
import org.retrace.model.NodeStatus;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;
import org.retrace.model.TraceRuleException;

/**
 * Reads WebOperator's logs (kagnlp/WebOperator, best-first web-agent search with speculative
 * backtracking): {@code full_trajectory.json}, every executed step with its backtracks (see
 * {@link TrajectoryReading}); {@code trajectory.json}, the final path alone; and {@code tree.json},
 * the whole search tree, nested, where {@code visible: false} marks a pruned node and
 * {@code destructive} an action that changes the site.
 */
public final class WebOperatorReader implements TraceReader {
    /** The detected-format name. */
    public static final String FORMAT = "weboperator";

    /**
     * The keys an observation starts with: a page's tabs come before its accessibility tree, which
     * can run to tens of kilobytes before the first {@code "action"}.
     */
    @Override
    public boolean recognizes(String head) {
        return head.contains("\"axtree_txt\"") && (head.contains("\"open_pages_urls\"")
                || head.contains("\"active_page_index\"") || head.contains("\"action\"")
                || head.contains("\"last_action\""));
    }

    @Override
    public LoadedTraces read(Path path, LoadProgress progress) throws IOException {
        String file = path.toString();
        JsonNode document = JsonDocuments.read(path, progress);
        String name = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        try {
            if (document != null && document.isObject() && document.has("children")) {
                return new LoadedTraces(List.of(tree(document, name).build()), FORMAT, List.of());
            }
            JsonNode entries = document != null && document.isObject() ? document.get("steps") : document;
            if (entries == null || !entries.isArray() || entries.isEmpty()) {
                throw new TraceFormatException(file, 1, 1, "expected WebOperator's list of entries "
                        + "(full_trajectory.json or trajectory.json) or its tree (tree.json)");
            }
            TraceBuilder builder = entries.get(0).has("last_action") && !entries.get(0).has("action")
                    ? finalPath(entries, name) : new TrajectoryReading(entries, name).run();
            return new LoadedTraces(List.of(builder.build()), FORMAT, List.of());
        } catch (TraceRuleException | IllegalArgumentException broken) {
            throw new TraceFormatException(file, 1, 1, broken.getMessage());
        }
    }

    /** {@code trajectory.json}: the nodes of the final path, each the child of the one before; a last stop is the answer. */
    private static TraceBuilder finalPath(JsonNode nodes, String name) {
        TraceBuilder builder = new TraceBuilder(new TraceInfo(name, "best-first web agent", "", Map.of()));
        int at = -1;
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            JsonNode action = node.path("last_action");
            String label = action.isObject() ? TrajectoryReading.describe(action) : node.path("url").asText("start");
            if (at >= 0) {
                builder.status(at, NodeStatus.EXPANDED, Double.NaN);
            }
            at = builder.addNode("node " + (i + 1), at, at < 0 ? "state" : "action", NodeStatus.OPEN, label,
                    node.path("last_obs_description").asText(""), Double.NaN);
            builder.setAttribute(at, "url", node.path("url").asText(""));
            builder.visit(at, Double.NaN);
            if ("stop".equals(action.path("type").asText())) {
                builder.solution(at, Double.NaN);
            }
        }
        return builder;
    }

    private static TraceBuilder tree(JsonNode rootNode, String name) {
        TraceBuilder builder = new TraceBuilder(new TraceInfo(name, "best-first web agent", "", Map.of()));
        Deque<JsonNode> nodes = new ArrayDeque<>();
        Deque<Integer> parents = new ArrayDeque<>();
        nodes.push(rootNode);
        parents.push(-1);
        int count = 0;
        while (!nodes.isEmpty()) {
            JsonNode node = nodes.pop();
            int parent = parents.pop();
            String label = parent < 0 ? node.path("url").asText("start") : TrajectoryReading.describe(node.path("last_action"));
            NodeStatus status = node.path("visible").asBoolean(true) ? NodeStatus.OPEN : NodeStatus.PRUNED;
            int created = builder.addNode("node " + (++count), parent, parent < 0 ? "state" : "action", status, label,
                    node.path("last_obs_description").asText(""), Double.NaN);
            builder.setAttribute(created, "url", node.path("url").asText(""));
            if (node.path("value").isNumber()) {
                builder.setInitialMetric(created, "value", node.path("value").asDouble());
            }
            if (node.path("destructive").asBoolean(false)) {
                builder.setAttribute(created, "destructive", true);
            }
            JsonNode children = node.path("children");
            for (int i = children.size() - 1; i >= 0; i--) {
                nodes.push(children.get(i));
                parents.push(created);
            }
        }
        return builder;
    }
}
