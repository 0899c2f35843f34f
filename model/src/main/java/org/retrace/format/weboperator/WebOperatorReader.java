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
 * backtracking). {@code full_trajectory.json} lists every executed browser step; each step's action
 * leads from the current page to a child node. A step that carries {@code n_bt_steps} replays the
 * path from the start page to a node chosen elsewhere in the tree: the first such step is a
 * backtrack to the start, and the replayed actions walk down to the target again, reusing the nodes
 * already there. {@code tree.json} is the whole search tree, nested; {@code visible: false} marks a
 * pruned node and {@code destructive} an action that changes the site.
 */
public final class WebOperatorReader implements TraceReader {
    /** The detected-format name. */
    public static final String FORMAT = "weboperator";

    @Override
    public boolean recognizes(String head) {
        return head.contains("\"axtree_txt\"") && (head.contains("\"action\"") || head.contains("\"last_action\""));
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
            JsonNode steps = document != null && document.isObject() ? document.get("steps") : document;
            if (steps == null || !steps.isArray() || steps.isEmpty()) {
                throw new TraceFormatException(file, 1, 1, "expected WebOperator's list of steps (full_trajectory.json)"
                        + " or its tree (tree.json)");
            }
            return new LoadedTraces(List.of(trajectory(steps, name).build()), FORMAT, List.of());
        } catch (TraceRuleException | IllegalArgumentException broken) {
            throw new TraceFormatException(file, 1, 1, broken.getMessage());
        }
    }

    private static TraceBuilder trajectory(JsonNode steps, String name) {
        TraceBuilder builder = new TraceBuilder(new TraceInfo(name, "best-first web agent", "", Map.of()));
        JsonNode first = steps.get(0);
        int root = builder.addNode("start", -1, "state", NodeStatus.EXPANDED, firstTitle(first), firstUrl(first),
                Double.NaN);
        builder.visit(root, Double.NaN);
        boolean replaying = false;
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            boolean replay = step.has("n_bt_steps");
            if (replay && !replaying) {
                builder.moveCursorTo(root, Double.NaN);
            }
            replaying = replay;
            String action = describe(step.path("action"));
            int parent = builder.cursor();
            int child = childWithLabel(builder, parent, action);
            if (child < 0) {
                if (builder.currentStatus(parent) == NodeStatus.OPEN) {
                    builder.status(parent, NodeStatus.EXPANDED, Double.NaN);
                }
                child = builder.addNode("step " + (i + 1), parent, "action", NodeStatus.OPEN, action, stepText(step),
                        Double.NaN);
                builder.setAttribute(child, "url", firstUrl(step));
                if (!step.path("action_error").asText().isEmpty()) {
                    builder.setAttribute(child, "error", step.path("action_error").asText());
                    builder.status(child, NodeStatus.FAILED, Double.NaN);
                }
            }
            builder.moveCursorTo(child, Double.NaN);
            if (replay) {
                builder.setEventAttribute(builder.eventCount() - 1, "replay", step.path("n_bt_steps").asLong());
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
            String label = parent < 0 ? node.path("url").asText("start") : describe(node.path("last_action"));
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

    private static int childWithLabel(TraceBuilder builder, int parent, String label) {
        for (int child = builder.firstChild(parent); child >= 0; child = builder.nextSibling(child)) {
            if (label.equals(builder.label(child))) {
                return child;
            }
        }
        return -1;
    }

    /** {@code click('22')} from the action's code, or its type and arguments. */
    private static String describe(JsonNode action) {
        if (action.path("code").isTextual()) {
            return action.path("code").asText();
        }
        return action.path("type").asText("action") + " " + action.path("args");
    }

    private static String stepText(JsonNode step) {
        String thought = step.path("action").path("thought").asText("");
        String observation = step.path("obs_description").asText("");
        return (thought.isEmpty() ? "" : "Thought: " + thought + "\n") + (observation.isEmpty() ? "" : "Page: " + observation);
    }

    private static String firstTitle(JsonNode step) {
        return step.path("open_pages_titles").path(step.path("active_page_index").asInt(0)).asText("start");
    }

    private static String firstUrl(JsonNode step) {
        return step.path("open_pages_urls").path(step.path("active_page_index").asInt(0)).asText("");
    }
}
