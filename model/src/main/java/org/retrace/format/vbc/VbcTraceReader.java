package org.retrace.format.vbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.retrace.format.LineCounts;
import org.retrace.format.LoadProgress;
import org.retrace.format.LoadWarnings;
import org.retrace.format.LoadedTraces;
import org.retrace.format.NodeOrdering;
import org.retrace.format.NodeRecord;
import org.retrace.format.Numbers;
import org.retrace.format.TextLines;
import org.retrace.format.TraceFormatException;
import org.retrace.format.TraceReader;
import org.retrace.model.Bound;
import org.retrace.model.NodeStatus;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;
import org.retrace.model.TraceRuleException;

/**
 * Reads VBC, the branch-and-bound tree log of VBCTOOL that SCIP, ABACUS, SYMPHONY and Bonmin write:
 * five {@code #KEY: VALUE} header lines, then one event per line, each after an
 * {@code hh:mm:ss.cc} time when the header says {@code #TIME: SET}. {@code N} creates a node,
 * {@code P} paints it (its status, as the writer's {@link VbcPreset colours} mean it; painting
 * moves the cursor there, and a jump elsewhere in the tree is a backtrack to the common ancestor,
 * then a visit), {@code I} and {@code A} replace and extend its info text, {@code U} and {@code L}
 * report the global upper and lower bounds (incumbent and best bound, as when minimising). A node
 * where a solution was found stays a solution when it is painted again. Unknown event letters are
 * skipped and counted in one warning. The untimed {@code n/e/c} dialect of pycombina is read too.
 *
 * <p>Lines are streamed; memory holds the trace alone. A file whose events name a node before its
 * {@code N} line, as SYMPHONY 5.6 writes them (its {@code N} lines stay in unflushed buffers until
 * it exits, so they come last, in reverse order), is read twice: once for its {@code N} lines, then
 * in order, each node created, with its siblings, when an event first names it.
 */
public final class VbcTraceReader implements TraceReader {
    /** The detected-format name. */
    public static final String FORMAT = "vbc";
    /** SCIP writes 1e20 and SYMPHONY DBL_MAX for an infinite bound; such a value is no bound to draw or compare. */
    private static final double SOLVER_INFINITY = 1e19;
    /** SYMPHONY's times, {@code hh:mm:ss:cc}, with a colon before the hundredths. */
    private static final Pattern SYMPHONY_TIME = Pattern.compile("^\\$?\\d+:\\d\\d:\\d\\d:\\d\\d ", Pattern.MULTILINE);
    /** How far into a file the writer's marks are looked for. */
    private static final int WRITER_MARKS_BYTES = 1 << 16;
    private static final Pattern EVENT_LINE = Pattern.compile(
            "^(\\$|\\d+:\\d\\d:\\d\\d\\.\\d+ )?[NPIAUL] .*", Pattern.MULTILINE);

    @Override
    public boolean recognizes(String head) {
        return head.startsWith("#TYPE:") || head.contains("\n#TIME:") || EVENT_LINE.matcher(head).find()
                && !head.stripLeading().startsWith("{");
    }

    @Override
    public LoadedTraces read(Path path, LoadProgress progress) throws IOException {
        VbcPreset preset = SYMPHONY_TIME.matcher(head(path)).find() ? VbcPreset.SYMPHONY : VbcPreset.SCIP;
        try {
            return new Reading(path, preset, null).run(progress);
        } catch (NodeBeforeItsLine outOfOrder) {
            Reading declarations = new Reading(path, preset, null);
            declarations.collectOnly = true;
            declarations.declared = new LinkedHashMap<>();
            declarations.run(LoadProgress.NONE);
            return new Reading(path, preset, declarations.declared).run(progress);
        }
    }

    private static String head(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return new String(in.readNBytes(WRITER_MARKS_BYTES), StandardCharsets.ISO_8859_1);
        }
    }

    /** An event names a node whose {@code N} line has not come yet: the file is read again, declarations first. */
    private static final class NodeBeforeItsLine extends RuntimeException {
        NodeBeforeItsLine() {
            super(null, null, false, false);
        }
    }

    /** A node's {@code N} line, kept while the events that name it may come before it. */
    private record Declaration(String parent, int color) {
    }

    /** Solver node ids are numbers, and their order is the order the solver created them in. */
    private static final Comparator<String> BY_NUMBER = Comparator.comparingLong(VbcTraceReader::numberOrMax)
            .thenComparing(Comparator.naturalOrder());

    private static long numberOrMax(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException notANumber) {
            return Long.MAX_VALUE;
        }
    }

    /** The state of reading one file. */
    private static final class Reading {
        private final Path path;
        private final String file;
        private final VbcPreset preset;
        private final LoadWarnings warnings;
        private final Map<String, Object> header = new LinkedHashMap<>();
        private final TraceBuilder builder;
        private final String name;
        private String[] rawInfo = new String[1024];
        private final Map<String, NodeRecord> untimedNodes = new LinkedHashMap<>();
        /** Every node's N line, by id in file order, when read ahead of the events; else null. */
        private Map<String, Declaration> declared;
        private Map<String, List<String>> declaredChildren;
        private boolean collectOnly;
        private boolean timed = true;
        private int line;

        Reading(Path path, VbcPreset preset, Map<String, Declaration> declared) {
            this.path = path;
            this.file = path.toString();
            this.preset = preset;
            this.warnings = new LoadWarnings(file);
            this.name = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            this.builder = new TraceBuilder(TraceInfo.named(name));
            if (declared != null) {
                this.declared = declared;
                this.declaredChildren = new LinkedHashMap<>();
                declared.forEach((id, declaration) -> declaredChildren
                        .computeIfAbsent(declaration.parent(), parent -> new ArrayList<>()).add(id));
                declaredChildren.values().forEach(children -> children.sort(BY_NUMBER));
            }
        }

        LoadedTraces run(LoadProgress progress) throws IOException {
            try (TextLines lines = new TextLines(path, progress)) {
                for (String text = lines.next(); text != null; text = lines.next()) {
                    line = lines.lineNumber();
                    try {
                        readLine(text.strip());
                    } catch (TraceFormatException broken) {
                        if (!LineCounts.isUnfinishedLastLine(path, line)) {
                            throw broken;
                        }
                        warnings.add(line, 1, "the last line is incomplete (a solver still at work, or a crash); "
                                + "loaded the lines before it");
                    }
                }
            }
            if (collectOnly) {
                return null;
            }
            createUndeclaredRest();
            finishUntimed();
            finishInfo();
            if (builder.nodeCount() == 0) {
                throw new TraceFormatException(file, Math.max(line, 1), 1, "no nodes: expected N lines such as "
                        + "'00:00:00.00 N 0 1 3'");
            }
            header.put("colours", preset.describe());
            builder.setInfo(new TraceInfo(name, "branch-and-bound", "", header));
            return new LoadedTraces(List.of(builder.build()), FORMAT, warnings.toList());
        }

        private void readLine(String text) throws TraceFormatException {
            if (text.isEmpty() || text.equals("$#END_OF_OUTPUT") || text.equals("#END_OF_OUTPUT")) {
                return;
            }
            if (text.startsWith("#")) {
                readHeader(text);
                return;
            }
            String event = text.startsWith("$") ? text.substring(1).strip() : text;
            double time = Double.NaN;
            if (timed && !text.startsWith("$")) {
                int space = event.indexOf(' ');
                if (space < 0) {
                    throw error(1, "expected a time such as 00:00:01.25 and an event, found '" + abbreviate(text) + "'");
                }
                time = parseTime(event.substring(0, space));
                event = event.substring(space + 1);
            }
            applyEvent(event, time);
        }

        private void readHeader(String text) {
            int colon = text.indexOf(':');
            if (colon < 0) {
                return;
            }
            String key = text.substring(1, colon).strip();
            String value = text.substring(colon + 1).strip();
            if (key.equals("TIME")) {
                timed = !value.equalsIgnoreCase("NOT");
            }
            header.put(key.toLowerCase(Locale.ROOT), value);
        }

        private void applyEvent(String event, double time) throws TraceFormatException {
            String[] tokens = tokens(event, event.startsWith("I ") || event.startsWith("A ") ? 3 : Integer.MAX_VALUE);
            if (collectOnly) {
                if (tokens[0].equals("N")) {
                    requireTokens(tokens, 4, "N <parent> <node> <color>");
                    declared.putIfAbsent(tokens[2], new Declaration(tokens[1], integer(tokens, 3)));
                }
                return;
            }
            try {
                switch (tokens[0]) {
                    case "N" -> newNode(tokens, time);
                    case "P" -> paint(tokens, time);
                    case "I", "A" -> info(tokens, tokens[0].equals("A"), time);
                    case "U" -> bound(Bound.INCUMBENT, number(tokens, 1), time);
                    case "L" -> bound(Bound.BEST_BOUND, number(tokens, 1), time);
                    case "n", "e", "c" -> untimed(tokens);
                    default -> warnings.add(line, 1, "unknown VBC event '" + tokens[0] + "' skipped");
                }
            } catch (TraceRuleException broken) {
                throw error(1, broken.getMessage());
            }
        }

        private void newNode(String[] tokens, double time) throws TraceFormatException {
            requireTokens(tokens, 4, "N <parent> <node> <color>");
            integer(tokens, 1);
            int color = integer(tokens, 3);
            if (declared != null) {
                if (builder.findNode(tokens[2]) < 0) {
                    create(tokens[2], time);
                }
                return;
            }
            int parent = -1;
            if (!tokens[1].equals("0")) {
                parent = builder.findNode(tokens[1]);
                if (parent < 0) {
                    throw error(1, "unknown parent " + tokens[1] + " of node " + tokens[2]
                            + ": a node's parent must be created on an earlier line");
                }
            }
            addNode(tokens[2], parent, color, time);
        }

        private int addNode(String id, int parent, int color, double time) {
            int node = builder.addNode(id, parent, "solver node", preset.status(color), null, null, time);
            builder.setAttribute(node, "color", (long) color);
            return node;
        }

        /**
         * Creates a node read ahead from its N line, its ancestors first, and with it its siblings
         * not created yet: a solver creates a node's children together when it branches.
         */
        private int create(String id, double time) throws TraceFormatException {
            // The ancestors not created yet, nearest first, walked without recursion so that a deep
            // tree cannot overflow the stack, and a parent loop is reported instead of followed.
            List<String> missing = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String at = id; !at.equals("0") && builder.findNode(at) < 0; at = declared.get(at).parent()) {
                if (!declared.containsKey(at)) {
                    throw error(1, "node " + at + " has no N line anywhere in the file");
                }
                if (!seen.add(at)) {
                    throw error(1, "the N lines make node " + at + " its own ancestor");
                }
                missing.add(at);
            }
            for (int i = missing.size() - 1; i >= 0; i--) {
                String parentId = declared.get(missing.get(i)).parent();
                int parent = parentId.equals("0") ? -1 : builder.findNode(parentId);
                for (String sibling : declaredChildren.get(parentId)) {
                    if (builder.findNode(sibling) < 0) {
                        addNode(sibling, parent, declared.get(sibling).color(), time);
                    }
                }
            }
            return builder.findNode(id);
        }

        /** The nodes no event named, created at the end as their N lines say. */
        private void createUndeclaredRest() throws TraceFormatException {
            if (declared == null) {
                return;
            }
            List<String> ids = new ArrayList<>(declared.keySet());
            ids.sort(BY_NUMBER);
            for (String id : ids) {
                if (builder.findNode(id) < 0) {
                    create(id, Double.NaN);
                }
            }
        }

        private void paint(String[] tokens, double time) throws TraceFormatException {
            requireTokens(tokens, 3, "P <node> <color>");
            int node = existing(tokens[1], time);
            int color = integer(tokens, 2);
            NodeStatus status = preset.status(color);
            boolean ofAPrunedSubtree = preset.paintsPrunedSubtrees() && builder.firstChild(node) >= 0
                    && status != NodeStatus.EXPANDED && status != NodeStatus.OPEN;
            if (ofAPrunedSubtree) {
                return;
            }
            if (preset.meansProcessing(color)) {
                builder.moveCursorTo(node, time);
            }
            if (status == NodeStatus.SOLUTION) {
                if (builder.currentStatus(node) != NodeStatus.SOLUTION) {
                    builder.solution(node, time);
                }
            } else if (builder.currentStatus(node) != status && builder.currentStatus(node) != NodeStatus.SOLUTION) {
                builder.status(node, status, time);
            }
            builder.setAttribute(node, "color", (long) color);
        }

        private void bound(Bound bound, double value, double time) {
            if (Math.abs(value) < SOLVER_INFINITY) {
                builder.bound(bound, value, time);
            }
        }

        /**
         * Keeps the node's latest info text, escaped as in the file, and records a change of its
         * bound as it happens; rendering the text and reading its other items waits until the end,
         * since SCIP rewrites a node's info several times and only the last version is shown.
         */
        private void info(String[] tokens, boolean append, double time) throws TraceFormatException {
            requireTokens(tokens, 2, append ? "A <node> <text>" : "I <node> <text>");
            int node = existing(tokens[1], time);
            String escaped = tokens.length > 2 ? tokens[2] : "";
            if (node >= rawInfo.length) {
                rawInfo = Arrays.copyOf(rawInfo, Math.max(node + 1, rawInfo.length * 2));
            }
            rawInfo[node] = append && rawInfo[node] != null ? rawInfo[node] + "\\n" + escaped : escaped;
            double bound = VbcInfo.bound(escaped);
            if (!Double.isNaN(bound) && Math.abs(bound) < SOLVER_INFINITY && bound != builder.currentMetric(node, "bound")) {
                builder.metric(node, "bound", bound, time);
            }
        }

        /**
         * Each node's last info text, rendered, and its branching decision as its label. The other
         * items (depth, processing order) stay in the text, which the details panel shows whole:
         * copying them into attributes too cost a second per million nodes.
         */
        private void finishInfo() {
            for (int node = 0; node < Math.min(rawInfo.length, builder.nodeCount()); node++) {
                if (rawInfo[node] != null) {
                    String text = VbcInfo.render(rawInfo[node]);
                    builder.setText(node, text);
                    String label = VbcInfo.branchingLabel(VbcInfo.item(text, "var"));
                    if (label != null) {
                        builder.setLabel(node, label);
                    }
                }
            }
        }

        /** pycombina's untimed dialect: nodes, then edges, then colours; built once the file is read. */
        private void untimed(String[] tokens) throws TraceFormatException {
            switch (tokens[0]) {
                case "n" -> {
                    requireTokens(tokens, 2, "n <node> <info>");
                    NodeRecord record = new NodeRecord();
                    record.id = tokens[1];
                    record.line = line;
                    record.column = 1;
                    record.kind = "solver node";
                    StringBuilder info = new StringBuilder();
                    for (int i = 2; i < tokens.length; i++) {
                        info.append(i > 2 ? " " : "").append(tokens[i]);
                    }
                    record.text = VbcInfo.render(info.toString());
                    untimedNodes.put(record.id, record);
                }
                case "e" -> {
                    requireTokens(tokens, 3, "e <parent> <child>");
                    untimedNode(tokens[2]).parentId = tokens[1];
                }
                default -> {
                    requireTokens(tokens, 3, "c <node> <color>");
                    untimedNode(tokens[1]).statusWord = preset.status(integer(tokens, 2)).wireName();
                }
            }
        }

        private NodeRecord untimedNode(String id) throws TraceFormatException {
            NodeRecord record = untimedNodes.get(id);
            if (record == null) {
                throw error(1, "node " + id + " is used before its 'n " + id + "' line");
            }
            return record;
        }

        private void finishUntimed() throws TraceFormatException {
            if (untimedNodes.isEmpty()) {
                return;
            }
            NodeOrdering ordering = new NodeOrdering(builder, file, warnings);
            for (NodeRecord record : untimedNodes.values()) {
                ordering.offer(record);
            }
            ordering.finish();
        }

        /** The node {@code id}; one whose N line comes later makes the file be read again, N lines first. */
        private int existing(String id, double time) throws TraceFormatException {
            int node = builder.findNode(id);
            if (node >= 0) {
                return node;
            }
            if (declared == null) {
                throw new NodeBeforeItsLine();
            }
            return create(id, time);
        }

        /**
         * Seconds from {@code hh:mm:ss.cc}, or SYMPHONY's {@code hh:mm:ss:cc}, digit by digit: every
         * line has a time, and parsing it through substrings and Double.parseDouble took a fifth of
         * the load.
         */
        private double parseTime(String text) throws TraceFormatException {
            double seconds = 0;
            double unit = 0;
            double fraction = 1;
            int colons = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    if (fraction < 1) {
                        unit += (c - '0') * fraction;
                        fraction /= 10;
                    } else {
                        unit = unit * 10 + (c - '0');
                    }
                } else if (c == ':' && fraction == 1 && colons < 2) {
                    seconds = (seconds + unit) * 60;
                    unit = 0;
                    colons++;
                } else if ((c == '.' || c == ':') && fraction == 1) {
                    fraction = 0.1;
                } else {
                    throw error(1, "expected a time such as 00:00:01.25, found '" + abbreviate(text) + "'");
                }
            }
            return seconds + unit;
        }

        /** The space-separated items of {@code text}, at most {@code limit}, the last taking the rest. */
        private static String[] tokens(String text, int limit) {
            int count = 1;
            for (int i = text.indexOf(' '); i >= 0 && count < limit; i = text.indexOf(' ', i + 1)) {
                count++;
            }
            String[] found = new String[count];
            int start = 0;
            for (int k = 0; k < count - 1; k++) {
                int space = text.indexOf(' ', start);
                found[k] = text.substring(start, space);
                start = space + 1;
            }
            found[count - 1] = text.substring(start);
            return found;
        }

        private int integer(String[] tokens, int index) throws TraceFormatException {
            try {
                return Integer.parseInt(tokens[index]);
            } catch (NumberFormatException notAnInteger) {
                throw error(1, "expected a whole number as item " + (index + 1) + " of the " + tokens[0]
                        + " event, found '" + abbreviate(tokens[index]) + "'");
            }
        }

        private double number(String[] tokens, int index) throws TraceFormatException {
            requireTokens(tokens, index + 1, tokens[0] + " <value>");
            double value = Numbers.parseFinite(tokens[index]);
            if (Double.isNaN(value)) {
                throw error(1, "expected a number after " + tokens[0] + ", found '" + abbreviate(tokens[index]) + "'");
            }
            return value;
        }

        private void requireTokens(String[] tokens, int count, String shape) throws TraceFormatException {
            if (tokens.length < count) {
                throw error(1, "expected '" + shape + "', found '" + abbreviate(String.join(" ", tokens)) + "'");
            }
        }

        private TraceFormatException error(int column, String reason) {
            return new TraceFormatException(file, line, column, reason);
        }

        private static String abbreviate(String text) {
            return text.length() <= 60 ? text : text.substring(0, 57) + "...";
        }
    }
}
