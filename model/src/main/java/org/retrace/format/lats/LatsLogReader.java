package org.retrace.format.lats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.retrace.format.LoadProgress;
import org.retrace.format.LoadWarnings;
import org.retrace.format.LoadedTraces;
import org.retrace.format.Numbers;
import org.retrace.format.TextLines;
import org.retrace.format.TraceFormatException;
import org.retrace.format.TraceReader;
import org.retrace.model.NodeStatus;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;
import org.retrace.model.TraceRuleException;

/**
 * Reads the Python logging text of LATS (Language Agent Tree Search, lapisrocks): records start
 * with {@code 2023-10-10 01:49:05,791 - INFO - } and may run over several lines. {@code NEW NODE:
 * Node(depth=.., value=.., visits=.., [thought=..,] action=.., observation=..)} creates a node; LATS
 * does not log parents, so a node's parent is the latest node one level up (the node it expanded,
 * or the rollout step before), with the question as the root. {@code Iteration i...} is a note and
 * returns the cursor to the root; {@code reward:x} sets the latest node's reward; a terminal node
 * with reward 1 is a solution; "Need to backtrack
 * ... reselecting" and depth-limit nodes fail and the cursor backtracks to the root.
 */
public final class LatsLogReader implements TraceReader {
    /** The detected-format name. */
    public static final String FORMAT = "lats";
    private static final Pattern RECORD = Pattern.compile(
            "^(\\d{4}-\\d\\d-\\d\\d \\d\\d):(\\d\\d):(\\d\\d),(\\d{3}) - [A-Z]+ - (.*)$");
    private static final Pattern NODE = Pattern.compile(
            "^NEW NODE: Node\\(depth=(\\d+), value=([-\\d.]+), visits=(\\d+), (?:thought=(.*?), )?action=(.*?), "
                    + "observation=(.*?)(\\))?$", Pattern.DOTALL);

    @Override
    public boolean recognizes(String head) {
        return head.contains(" - INFO - ") && (head.contains("NEW NODE: Node(") || head.contains("INFO - Iteration "));
    }

    @Override
    public LoadedTraces read(Path path, LoadProgress progress) throws IOException {
        String file = path.toString();
        String name = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        TraceBuilder builder = new TraceBuilder(new TraceInfo(name, "lats", "", Map.of()));
        LoadWarnings warnings = new LoadWarnings(file);
        Search search = new Search(builder, file, warnings);
        try (TextLines lines = new TextLines(path, progress)) {
            StringBuilder message = null;
            int recordLine = 0;
            double recordTime = Double.NaN;
            for (String text = lines.next(); text != null; text = lines.next()) {
                Matcher record = RECORD.matcher(text);
                if (record.matches()) {
                    if (message != null) {
                        search.apply(message.toString(), recordLine, recordTime);
                    }
                    message = new StringBuilder(record.group(5));
                    recordLine = lines.lineNumber();
                    recordTime = Integer.parseInt(record.group(2)) * 60.0 + Integer.parseInt(record.group(3))
                            + Integer.parseInt(record.group(4)) / 1000.0;
                } else if (message != null) {
                    message.append('\n').append(text);
                }
            }
            if (message != null) {
                search.last = true;
                search.apply(message.toString(), recordLine, recordTime);
            }
        }
        if (builder.nodeCount() == 0) {
            throw new TraceFormatException(file, 1, 1, "no LATS records: expected lines such as "
                    + "'2023-10-10 01:49:05,791 - INFO - Iteration 1...'");
        }
        return new LoadedTraces(List.of(builder.build()), FORMAT, warnings.toList());
    }

    /** The tree as the log builds it. */
    private static final class Search {
        private final TraceBuilder builder;
        private final String file;
        private final LoadWarnings warnings;
        private final List<Integer> latestAtDepth = new ArrayList<>();
        private boolean last;
        private double startTime = Double.NaN;
        private int created;

        Search(TraceBuilder builder, String file, LoadWarnings warnings) {
            this.builder = builder;
            this.file = file;
            this.warnings = warnings;
        }

        void apply(String message, int line, double time) throws TraceFormatException {
            double at = relative(time);
            try {
                ensureRoot(at);
                if (message.startsWith("NEW NODE: ")) {
                    newNode(message, line, at);
                } else if (message.startsWith("Iteration ")) {
                    builder.note(-1, message.strip(), at);
                    builder.moveCursorTo(0, at);
                } else if (message.startsWith("Terminal node with reward 1") || message.startsWith("Successful trajectory")) {
                    int latest = latest();
                    if (builder.currentStatus(latest) != NodeStatus.SOLUTION) {
                        builder.moveCursorTo(latest, at);
                        builder.solution(latest, at);
                    }
                } else if (message.startsWith("Need to backtrack") || message.startsWith("Depth limit node")) {
                    int latest = latest();
                    if (latest != 0 && builder.currentStatus(latest) == NodeStatus.OPEN) {
                        builder.status(latest, NodeStatus.FAILED, at);
                    }
                    builder.note(latest, message.strip(), at);
                    builder.moveCursorTo(0, at);
                } else if (message.startsWith("reward:")) {
                    double reward = Numbers.parseFinite(message.substring("reward:".length()));
                    if (!Double.isNaN(reward)) {
                        builder.metric(latest(), "reward", reward, at);
                    }
                } else if (message.startsWith("VALUES: ")) {
                    builder.note(builder.cursor(), message.strip(), at);
                }
            } catch (TraceRuleException broken) {
                throw new TraceFormatException(file, line, 1, broken.getMessage());
            }
        }

        private void newNode(String message, int line, double at) throws TraceFormatException {
            Matcher node = NODE.matcher(message);
            if (!node.matches()) {
                throw new TraceFormatException(file, line, 1, "expected 'NEW NODE: Node(depth=.., value=.., visits=.., "
                        + "action=.., observation=..)', found '" + abbreviate(message) + "'");
            }
            if (node.group(7) == null) {
                if (!last) {
                    throw new TraceFormatException(file, line, 1, "a NEW NODE record without its closing ')', "
                            + "before another record");
                }
                warnings.add(line, 1, "the last record is cut off (a run that stopped, or an excerpt); "
                        + "its observation may be incomplete");
            }
            int depth = Integer.parseInt(node.group(1));
            if (depth < 1 || depth > latestAtDepth.size()) {
                throw new TraceFormatException(file, line, 1, "a node at depth " + depth + " with no node logged at depth "
                        + (depth - 1) + " before it to be its parent");
            }
            int parent = latestAtDepth.get(depth - 1);
            String thought = node.group(4);
            String action = node.group(5);
            builder.moveCursorTo(parent, at);
            int created = builder.addNode("node " + (++this.created), parent, thought == null ? "action" : "thought",
                    NodeStatus.OPEN, action, (thought == null ? "" : "Thought: " + thought + "\n") + "Action: " + action
                            + "\nObservation: " + node.group(6).strip(), at);
            builder.setInitialMetric(created, "value", Numbers.parseFinite(node.group(2)));
            builder.setInitialMetric(created, "visits", Numbers.parseFinite(node.group(3)));
            while (latestAtDepth.size() > depth) {
                latestAtDepth.remove(latestAtDepth.size() - 1);
            }
            latestAtDepth.add(created);
        }

        private void ensureRoot(double at) {
            if (builder.nodeCount() == 0) {
                int root = builder.addNode("root", -1, "state", NodeStatus.EXPANDED, "question", null, at);
                builder.visit(root, at);
                latestAtDepth.add(root);
            }
        }

        private int latest() {
            return latestAtDepth.get(latestAtDepth.size() - 1);
        }

        /** Seconds since the first record, from the time of day (minutes and seconds are enough within a run). */
        private double relative(double time) {
            if (Double.isNaN(startTime)) {
                startTime = time;
            }
            double seconds = time - startTime;
            return seconds < 0 ? seconds + 3600 : seconds;
        }

        private static String abbreviate(String text) {
            String line = text.lines().findFirst().orElse("");
            return line.length() <= 80 ? line : line.substring(0, 77) + "...";
        }
    }
}
