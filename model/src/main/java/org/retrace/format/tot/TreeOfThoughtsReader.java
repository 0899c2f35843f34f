package org.retrace.format.tot;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
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
 * Reads the JSON logs of Tree of Thoughts (princeton-nlp/tree-of-thought-llm). A BFS log of
 * {@code run.py} (Game of 24, creative writing) is a list of task records whose {@code steps} hold
 * the beam: each new candidate extends a kept candidate of the step before (by one line in Game of
 * 24, by a passage under its plan in creative writing), carries the model's value or votes, and is
 * kept or pruned; the final candidates are solutions or failures by {@code infos[].r} (creative
 * writing's {@code accs} was never scored, so it decides nothing). Each task becomes one trace. A
 * crosswords DFS log is a list of states whose {@code actions} path grows as the search goes deeper
 * and shrinks or turns aside when it backtracks; each path prefix is a node, and a state whose
 * every word is right ({@code info.r_word} 1) is a solution. The file the crosswords notebook
 * writes holds one such list per puzzle: a trace each.
 */
public final class TreeOfThoughtsReader implements TraceReader {
    /** The detected-format name. */
    public static final String FORMAT = "tot";

    @Override
    public boolean recognizes(String head) {
        String start = head.stripLeading();
        return start.startsWith("[") && (start.contains("\"new_ys\"") && start.contains("\"steps\"")
                || start.contains("\"actions\"") && start.contains("\"env_step\""));
    }

    @Override
    public LoadedTraces read(Path path, LoadProgress progress) throws IOException {
        String file = path.toString();
        JsonNode records = JsonDocuments.read(path, progress);
        if (records == null || !records.isArray() || records.isEmpty()) {
            throw new TraceFormatException(file, 1, 1, "expected a JSON list of Tree-of-Thoughts records");
        }
        String name = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        try {
            List<Trace> traces = new ArrayList<>();
            if (records.get(0).has("steps")) {
                for (int task = 0; task < records.size(); task++) {
                    traces.add(breadthFirstTask(records.get(task), name, task));
                }
            } else if (records.get(0).isArray()) {
                // The file the crosswords notebook writes: one list of states per puzzle.
                for (int puzzle = 0; puzzle < records.size(); puzzle++) {
                    traces.add(crosswordsSearch(records.get(puzzle), name + " puzzle " + puzzle));
                }
            } else {
                traces.add(crosswordsSearch(records, name));
            }
            return new LoadedTraces(traces, FORMAT, List.of());
        } catch (TraceRuleException | IllegalArgumentException broken) {
            throw new TraceFormatException(file, 1, 1, broken.getMessage());
        }
    }

    private static Trace breadthFirstTask(JsonNode record, String name, int task) {
        JsonNode steps = required(record, "steps", "task " + task);
        String taskName = record.has("idx") ? "task " + record.get("idx").asText() : name + " task " + task;
        TraceBuilder builder = new TraceBuilder(TraceInfo.named(taskName));
        String input = steps.isEmpty() ? "" : steps.get(0).path("x").asText();
        int root = builder.addNode("root", -1, "state", NodeStatus.EXPANDED, input, "Input: " + input, Double.NaN);
        builder.visit(root, Double.NaN);
        Map<String, Integer> byText = new HashMap<>();
        byText.put("", root);
        for (JsonNode step : steps) {
            int number = step.path("step").asInt();
            JsonNode candidates = required(step, "new_ys", "step " + number);
            JsonNode values = step.path("values");
            List<String> kept = new ArrayList<>();
            step.path("select_new_ys").forEach(selected -> kept.add(selected.asText()));
            Map<String, Integer> created = new HashMap<>();
            for (int k = 0; k < candidates.size(); k++) {
                String text = candidates.get(k).asText();
                int parent = byText.get(parentText(text, byText.keySet()));
                builder.moveCursorTo(parent, Double.NaN);
                if (builder.currentStatus(parent) == NodeStatus.OPEN) {
                    builder.status(parent, NodeStatus.EXPANDED, Double.NaN);
                }
                int node = builder.addNode("step " + number + " #" + (k + 1), parent, "thought", NodeStatus.OPEN,
                        lastLine(text), text.strip(), Double.NaN);
                if (k < values.size() && values.get(k).isNumber()) {
                    builder.setInitialMetric(node, "value", values.get(k).asDouble());
                }
                created.putIfAbsent(text, node);
            }
            for (Map.Entry<String, Integer> candidate : created.entrySet()) {
                if (!kept.contains(candidate.getKey())) {
                    builder.status(candidate.getValue(), NodeStatus.PRUNED, Double.NaN);
                }
            }
            byText.clear();
            byText.put("", root);
            for (String selected : kept) {
                Integer node = created.get(selected);
                if (node != null) {
                    byText.put(selected, node);
                }
            }
        }
        markOutcomes(record, builder, byText);
        return builder.build();
    }

    /** The final candidates, in the record's {@code ys} order, succeed or fail by {@code infos[].r}. */
    private static void markOutcomes(JsonNode record, TraceBuilder builder, Map<String, Integer> finalists) {
        JsonNode answers = record.path("ys");
        JsonNode infos = record.path("infos");
        for (int i = 0; i < answers.size() && i < infos.size(); i++) {
            Integer node = finalists.get(answers.get(i).asText());
            if (node == null) {
                continue;
            }
            builder.moveCursorTo(node, Double.NaN);
            if (infos.get(i).path("r").asDouble() > 0) {
                builder.solution(node, Double.NaN);
            } else {
                builder.status(node, NodeStatus.FAILED, Double.NaN);
            }
        }
    }

    private static Trace crosswordsSearch(JsonNode states, String name) {
        TraceBuilder builder = new TraceBuilder(new TraceInfo(name, "tree-of-thoughts dfs", "", Map.of()));
        int root = builder.addNode("root", -1, "state", NodeStatus.EXPANDED, "empty grid", null, Double.NaN);
        builder.visit(root, Double.NaN);
        for (JsonNode state : states) {
            JsonNode actions = required(state, "actions", "state " + state.path("total_step").asText());
            int node = root;
            StringBuilder path = new StringBuilder();
            for (JsonNode action : actions) {
                path.append(path.length() == 0 ? "" : " | ").append(action.asText());
                int existing = builder.findNode(path.toString());
                if (existing < 0) {
                    if (builder.currentStatus(node) == NodeStatus.OPEN) {
                        builder.status(node, NodeStatus.EXPANDED, Double.NaN);
                    }
                    existing = builder.addNode(path.toString(), node, "thought", NodeStatus.OPEN, action.asText(),
                            null, Double.NaN);
                    builder.setAttribute(existing, Trace.ACTION, action.asText());
                }
                node = existing;
            }
            int from = builder.cursor();
            builder.moveCursorTo(node, Double.NaN);
            if (from != node && from >= 0 && !isAncestor(builder, from, node)
                    && builder.currentStatus(from) == NodeStatus.OPEN) {
                builder.status(from, NodeStatus.FAILED, Double.NaN);
            }
            int target = node;
            if (state.path("info").path("r_word").asDouble() == 1.0 && builder.currentStatus(node) != NodeStatus.SOLUTION) {
                // Every word right: the board is the answer.
                builder.solution(node, Double.NaN);
            }
            state.path("info").fields().forEachRemaining(metric -> {
                if (metric.getValue().isNumber() && metric.getValue().asDouble() != builder.currentMetric(target,
                        metric.getKey())) {
                    builder.metric(target, metric.getKey(), metric.getValue().asDouble(), Double.NaN);
                }
            });
            state.path("count").fields().forEachRemaining(count ->
                    builder.setAttribute(target, count.getKey(), count.getValue().asLong()));
        }
        return builder.build();
    }

    private static boolean isAncestor(TraceBuilder builder, int ancestor, int node) {
        return builder.lowestCommonAncestor(ancestor, node) == ancestor;
    }

    private static JsonNode required(JsonNode record, String field, String where) {
        JsonNode value = record.get(field);
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException(where + " has no \"" + field + "\" list");
        }
        return value;
    }

    /**
     * A candidate's parent is the kept candidate of the step before that it extends (bfs.py builds
     * each as its parent's text plus what was generated, one line in Game of 24, a whole passage in
     * creative writing), the longest when several fit; the input, {@code ""}, fits all.
     */
    private static String parentText(String text, Collection<String> kept) {
        String parent = "";
        for (String candidate : kept) {
            if (candidate.length() > parent.length() && text.startsWith(candidate)) {
                parent = candidate;
            }
        }
        return parent;
    }

    private static String lastLine(String text) {
        String body = text.strip();
        int newline = body.lastIndexOf('\n');
        return newline < 0 ? body : body.substring(newline + 1);
    }
}
