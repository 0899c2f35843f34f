package org.retrace.format.sos;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.retrace.format.LoadProgress;
import org.retrace.format.JsonDocuments;
import org.retrace.format.LoadWarnings;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TextLines;
import org.retrace.format.TraceFormatException;
import org.retrace.format.TraceReader;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;
import org.retrace.model.TraceRuleException;

/**
 * Reads Stream-of-Search Countdown traces, the text a language model learns to search with (DFS
 * and BFS from kanishkg/stream-of-search). Node ids are paths of child indexes ({@code 0,2,1});
 * {@code Generated Node} creates a node, each {@code unequal: No Solution} or {@code equal: Goal
 * Reached} a leaf under the current node (the text gives leaves no id; theirs is the parent's id
 * and the operation), {@code Moving to Node} moves the cursor (to an ancestor or across the tree it
 * is a backtrack, and the nodes left behind whose children all failed are marked failed). A BFS
 * trace may move to a leaf by an id that a later sibling also has: the {@code Current State} line
 * that follows tells which node is meant. Lines that are none of these are kept as notes.
 */
public final class SosTraceReader implements TraceReader {
    /** The detected-format name. */
    public static final String FORMAT = "sos";
    private static final Pattern STATE = Pattern.compile("^Current State: (-?\\d+):(\\[.*?\\]), Operations: (\\[.*\\])$");
    private static final Pattern EXPLORE = Pattern.compile("^Exploring Operation: (.+?), Resulting Numbers: (\\[.*\\])$");
    private static final Pattern GENERATE = Pattern.compile("^Generated Node #([\\d,]+): (-?\\d+):(\\[.*?\\]) Operation: (.+)$");
    private static final Pattern MOVE = Pattern.compile("^Moving to Node #([\\d,]+)$");
    private static final Pattern LEAF = Pattern.compile("^(-?[\\d.]+),(-?\\d+) (equal: Goal Reached|unequal: No Solution)$");
    private static final String END_OF_TEXT = "<|endoftext|>";

    /** The text's first line, a state with no operations yet: a search whose every child was cut off has only this. */
    private static final Pattern TEXT_START = Pattern.compile("^Current State: -?\\d+:\\[", Pattern.MULTILINE);
    /** The dataset countdown_generate.py writes: a JSON list of records, each search in its {@code search_path}. */
    private static final Pattern DATASET_START = Pattern.compile("^\\s*\\[\\s*\\{.*?\"search_path\"\\s*:", Pattern.DOTALL);

    @Override
    public boolean recognizes(String head) {
        return TEXT_START.matcher(head).find() || DATASET_START.matcher(head).find();
    }

    @Override
    public LoadedTraces read(Path path, LoadProgress progress) throws IOException {
        String file = path.toString();
        String name = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        if (!TEXT_START.matcher(head(path)).find()) {
            return readDataset(path, name, progress);
        }
        Reading reading = new Reading(file, name);
        try (TextLines lines = new TextLines(path, progress)) {
            for (String text = lines.next(); text != null; text = lines.next()) {
                reading.accept(lines.lineNumber(), text);
            }
        }
        return new LoadedTraces(List.of(reading.finish(Map.of())), FORMAT, reading.warnings.toList());
    }

    /** The file's start, undecodable bytes replaced: the lines themselves are read strictly, and fail at their line. */
    private static String head(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        }
    }

    /**
     * One trace per record of a Stream of Search dataset, named by its problem. A record whose
     * search cannot be read is left out with a warning that says which and why; the others load.
     */
    private static LoadedTraces readDataset(Path path, String name, LoadProgress progress) throws IOException {
        String file = path.toString();
        JsonNode records = JsonDocuments.read(path, progress);
        if (records == null || !records.isArray()) {
            throw new TraceFormatException(file, 1, 1, "expected a list of records with a search_path, found "
                    + (records == null ? "an empty file" : "a JSON " + records.getNodeType().name().toLowerCase(Locale.ROOT)));
        }
        LoadWarnings warnings = new LoadWarnings(file);
        List<Trace> traces = new ArrayList<>();
        for (int index = 0; index < records.size(); index++) {
            JsonNode record = records.get(index);
            String recordName = name + " #" + index + ": " + record.path("target").asText("?") + " from "
                    + record.path("nums");
            if (!record.path("search_path").isTextual()) {
                warnings.add(1, 1, "record " + index + " has no search_path text; left out");
                continue;
            }
            Reading reading = new Reading(file, recordName);
            try {
                String[] lines = record.get("search_path").asText().split("\n", -1);
                for (int line = 0; line < lines.length; line++) {
                    reading.accept(line + 1, lines[line]);
                }
                traces.add(reading.finish(recordAttributes(record)));
            } catch (TraceFormatException broken) {
                warnings.add(1, 1, "record " + index + " left out: line " + broken.line() + " of its search_path: "
                        + broken.reason());
            }
        }
        if (traces.isEmpty()) {
            throw new TraceFormatException(file, 1, 1, "no record with a readable search_path: " + warnings.toList());
        }
        return new LoadedTraces(traces, FORMAT, warnings.toList());
    }

    /** What the dataset says of a record beside its search: the problem, its solution, how it was searched. */
    private static Map<String, Object> recordAttributes(JsonNode record) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (String field : List.of("search_type", "heuristic", "rating", "solution", "optimal_path")) {
            JsonNode value = record.get(field);
            if (value != null && !value.isNull()) {
                attributes.put(field, value.isNumber() ? value.numberValue() : value.isTextual() ? value.asText()
                        : value.toString());
            }
        }
        return attributes;
    }

    /** The state of reading one search, line by line. */
    private static final class Reading {
        private final String file;
        private final String name;
        private final TraceBuilder builder;
        private final LoadWarnings warnings;
        private final Map<Integer, String> states = new HashMap<>();
        private String pendingOperation;
        private String pendingMove;
        private int pendingMoveLine;
        private int line;
        private String target = "";

        Reading(String file, String name) {
            this.file = file;
            this.name = name;
            this.builder = new TraceBuilder(TraceInfo.named(name));
            this.warnings = new LoadWarnings(file);
        }

        void accept(int lineNumber, String text) throws TraceFormatException {
            line = lineNumber;
            String trimmed = text.replace(END_OF_TEXT, "").strip();
            if (!trimmed.isEmpty()) {
                try {
                    readLine(trimmed);
                } catch (TraceRuleException broken) {
                    throw new TraceFormatException(file, line, 1, broken.getMessage());
                }
            }
        }

        Trace finish(Map<String, Object> attributes) throws TraceFormatException {
            if (pendingMove != null) {
                line = pendingMoveLine;
                moveTo(existing(pendingMove));
            }
            if (builder.nodeCount() == 0) {
                throw new TraceFormatException(file, 1, 1, "no search: expected a first line such as "
                        + "'Current State: 24:[4, 9, 3], Operations: []'");
            }
            Map<String, Object> all = new LinkedHashMap<>(attributes);
            all.put("target", target);
            builder.setInfo(new TraceInfo(name, "stream-of-search countdown", "", all));
            return builder.build();
        }

        private void readLine(String text) throws TraceFormatException {
            Matcher matcher;
            if ((matcher = STATE.matcher(text)).matches()) {
                state(matcher.group(1) + ":" + matcher.group(2), matcher.group(3));
            } else if ((matcher = EXPLORE.matcher(text)).matches()) {
                explore(matcher.group(1));
            } else if ((matcher = GENERATE.matcher(text)).matches()) {
                generate(matcher.group(1), matcher.group(2) + ":" + matcher.group(3), matcher.group(4));
            } else if ((matcher = MOVE.matcher(text)).matches()) {
                resolvePendingMove(null);
                pendingMove = matcher.group(1);
                pendingMoveLine = line;
            } else if ((matcher = LEAF.matcher(text)).matches()) {
                leaf(matcher.group(1), matcher.group(3).startsWith("equal"));
            } else {
                builder.note(builder.cursor(), text, Double.NaN);
            }
        }

        private void state(String state, String operations) throws TraceFormatException {
            if (builder.nodeCount() == 0) {
                target = state.substring(0, state.indexOf(':'));
                int root = builder.addNode("0", -1, "state", NodeStatus.OPEN, state, "Goal: " + target + " from "
                        + state.substring(state.indexOf(':') + 1), Double.NaN);
                states.put(root, state);
                builder.visit(root, Double.NaN);
                return;
            }
            resolvePendingMove(state);
            int cursor = builder.cursor();
            if (cursor >= 0 && builder.text(cursor) == null) {
                builder.setText(cursor, state + "  after " + operations);
            }
        }

        private void explore(String operation) {
            pendingOperation = operation;
            int cursor = builder.cursor();
            if (cursor >= 0 && builder.currentStatus(cursor) == NodeStatus.OPEN) {
                builder.status(cursor, NodeStatus.EXPANDED, Double.NaN);
            }
        }

        private void generate(String id, String state, String operation) throws TraceFormatException {
            int parent = existing(parentId(id));
            int node = builder.addNode(id, parent, "thought", NodeStatus.OPEN, operation, null, Double.NaN);
            builder.setAttribute(node, Trace.ACTION, operation);
            states.put(node, state);
            pendingOperation = null;
        }

        private void leaf(String reached, boolean goal) throws TraceFormatException {
            int parent = builder.cursor();
            if (parent < 0) {
                throw new TraceFormatException(file, line, 1, "a result line before any Current State line");
            }
            String operation = pendingOperation == null ? reached : pendingOperation;
            String id = builder.id(parent) + " " + operation;
            for (int copy = 2; builder.findNode(id) >= 0; copy++) {
                id = builder.id(parent) + " " + operation + " #" + copy;
            }
            int leaf = builder.addNode(id, parent, "thought", goal ? NodeStatus.OPEN : NodeStatus.FAILED, operation,
                    reached + (goal ? " = " : " != ") + target, Double.NaN);
            builder.setAttribute(leaf, Trace.ACTION, operation);
            states.put(leaf, target + ":[" + reached + "]");
            if (goal) {
                builder.visit(leaf, Double.NaN);
                builder.solution(leaf, Double.NaN);
            }
            pendingOperation = null;
        }

        /**
         * Carries out the last "Moving to Node": to the node with that id, unless the state that
         * follows shows it meant a leaf with the same id (BFS reuses leaf ids), or a node the text
         * never generated, which is then created.
         */
        private void resolvePendingMove(String stateAfter) throws TraceFormatException {
            if (pendingMove == null) {
                return;
            }
            String id = pendingMove;
            pendingMove = null;
            int node = builder.findNode(id);
            if (node >= 0 && (stateAfter == null || stateAfter.equals(states.get(node)))) {
                moveTo(node);
                return;
            }
            int parent = existing(parentId(id));
            for (int child = builder.firstChild(parent); child >= 0; child = builder.nextSibling(child)) {
                if (stateAfter != null && stateAfter.equals(states.get(child))) {
                    moveTo(child);
                    return;
                }
            }
            String unique = node < 0 ? id : id + " (" + stateAfter + ")";
            int created = builder.addNode(unique, parent, "thought", NodeStatus.OPEN, stateAfter, null, Double.NaN);
            states.put(created, stateAfter);
            warnings.add(pendingMoveLine, 1, "moved to node #" + id + ", which the trace never generated; created it");
            moveTo(created);
        }

        /** Moves the cursor; the nodes a backtrack leaves behind fail when every child of theirs failed. */
        private void moveTo(int node) {
            int from = builder.cursor();
            builder.moveCursorTo(node, Double.NaN);
            if (from < 0 || from == node) {
                return;
            }
            int meeting = builder.lowestCommonAncestor(from, node);
            for (int left = from; left != meeting; left = builder.parent(left)) {
                if (builder.allChildrenFailed(left) && builder.currentStatus(left) != NodeStatus.FAILED) {
                    builder.status(left, NodeStatus.FAILED, Double.NaN);
                }
            }
        }

        private int existing(String id) throws TraceFormatException {
            int node = builder.findNode(id);
            if (node < 0) {
                throw new TraceFormatException(file, line, 1, "node #" + id + " is named before the trace generated it");
            }
            return node;
        }

        private static String parentId(String id) {
            int comma = id.lastIndexOf(',');
            return comma < 0 ? id : id.substring(0, comma);
        }
    }
}
