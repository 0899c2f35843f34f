package org.retrace.format.bak;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.retrace.format.LineCounts;
import org.retrace.format.LoadProgress;
import org.retrace.format.LoadWarnings;
import org.retrace.format.LoadedTraces;
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
 * Reads BAK, the branch-and-bound log of SCIP's {@code visual/bakfilename} that GrUMPy draws (GLPK
 * and SYMPHONY write it too): {@code <seconds> <event> <node> <parent> <L|R|M> <fields>} per line.
 * {@code candidate} creates an open node; {@code pregnant}, {@code branched}, {@code infeasible},
 * {@code fathomed} (or {@code pruned}) and {@code integer} are the solver at that node (the cursor
 * moves there; a jump elsewhere is a backtrack to the common ancestor, then a visit), leaving it
 * open, expanded, failed, pruned or a solution (a node where a solution was found stays one, whatever
 * line about it comes next: SCIP writes {@code integer} for a solution its heuristics found at a node
 * it then branches on or cuts off); {@code heuristic} reports a new incumbent. LP bounds and integer
 * infeasibility become metrics. Real files carry a {@code .vbc} name, so the format is told by
 * its event words. Unknown words are skipped and counted in one warning.
 */
public final class BakTraceReader implements TraceReader {
    /** The detected-format name. */
    public static final String FORMAT = "bak";
    private static final Pattern EVENT_LINE = Pattern.compile(
            "^ *\\d+(\\.\\d+)? +(branched|candidate|pregnant|infeasible|fathomed|pruned|integer|heuristic)\\b",
            Pattern.MULTILINE);
    /** The first line of {@code symphony -o FILE}, SYMPHONY's BAK. */
    private static final String SYMPHONY_HEADER = "# file created";
    /** A header line: {@code #KEY: VALUE} with a word for its key, as GLPK writes {@code #SOLVER: GLPK}. */
    private static final Pattern HEADER_LINE = Pattern.compile("#\\s*([A-Za-z_]+)\\s*:(.*)");
    /** A line's items: SYMPHONY pads its times with spaces and puts two after them. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Override
    public boolean recognizes(String head) {
        return head.startsWith(SYMPHONY_HEADER) || EVENT_LINE.matcher(head).find();
    }

    @Override
    public LoadedTraces read(Path path, LoadProgress progress) throws IOException {
        String file = path.toString();
        String name = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        TraceBuilder builder = new TraceBuilder(TraceInfo.named(name));
        LoadWarnings warnings = new LoadWarnings(file);
        Map<String, Object> header = new LinkedHashMap<>();
        Map<String, Integer> candidateLines = new HashMap<>();
        int line = 0;
        try (TextLines lines = new TextLines(path, progress)) {
            for (String text = lines.next(); text != null; text = lines.next()) {
                line = lines.lineNumber();
                String trimmed = text.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (trimmed.startsWith("#")) {
                    readHeader(trimmed, header);
                    continue;
                }
                try {
                    new Line(file, line, SPACES.split(trimmed), builder, warnings, candidateLines).apply();
                } catch (TraceFormatException broken) {
                    if (!LineCounts.isUnfinishedLastLine(path, line)) {
                        throw broken;
                    }
                    warnings.add(line, 1, "the last line is incomplete (a solver still at work, or a crash); "
                            + "loaded the lines before it");
                }
            }
        }
        if (builder.nodeCount() == 0) {
            throw new TraceFormatException(file, Math.max(line, 1), 1,
                    "no nodes: expected lines such as '0.000000 branched 1 0 M 7125.0 19.7 42'");
        }
        builder.setInfo(new TraceInfo(name, "branch-and-bound", "", header));
        return new LoadedTraces(List.of(builder.build()), FORMAT, warnings.toList());
    }

    private static void readHeader(String text, Map<String, Object> header) {
        Matcher item = HEADER_LINE.matcher(text);
        if (item.matches()) {
            header.put(item.group(1).toLowerCase(Locale.ROOT), item.group(2).strip());
        } else if (text.equals(SYMPHONY_HEADER)) {
            header.put("solver", "SYMPHONY");
        }
    }

    /** One event line. */
    private record Line(String file, int line, String[] tokens, TraceBuilder builder, LoadWarnings warnings,
            Map<String, Integer> candidateLines) {
        void apply() throws TraceFormatException {
            if (tokens.length < 2) {
                throw error("expected '<seconds> <event> ...', found '" + String.join(" ", tokens) + "'");
            }
            double time = number(0, "a time in seconds");
            String event = tokens[1];
            if (event.equals("L") || event.equals("R") || event.equals("M")) {
                throw error("expected '<seconds> <event> <node> <parent> <L|R|M> ...', found '" + String.join(" ", tokens)
                        + "': the event and its node numbers are missing, as SYMPHONY 5.6 writes them on Linux "
                        + "(its 'symphony -o' and vbc_emulation 3 output); its VBC (vbc_emulation 1) is whole");
            }
            try {
                switch (event) {
                    case "heuristic" -> builder.bound(Bound.INCUMBENT, number(2, "the objective value"), time);
                    case "candidate", "pregnant", "branched", "infeasible", "fathomed", "pruned", "integer" ->
                            nodeEvent(event, time);
                    default -> warnings.add(line, 1, "unknown BAK event '" + event + "' skipped");
                }
            } catch (TraceRuleException broken) {
                throw error(broken.getMessage());
            }
        }

        private void nodeEvent(String event, double time) throws TraceFormatException {
            if (tokens.length < 5) {
                throw error("expected '<seconds> " + event + " <node> <parent> <L|R|M> ...', found '"
                        + String.join(" ", tokens) + "'");
            }
            int node = nodeFor(time);
            if (!event.equals("candidate")) {
                builder.moveCursorTo(node, time);
            }
            switch (event) {
                case "pregnant", "branched" -> {
                    setMetric(node, "bound", 5, time);
                    setMetric(node, "sumInfeasibility", 6, time);
                    setMetric(node, "infeasibleCount", 7, time);
                    changeStatus(node, event.equals("branched") ? NodeStatus.EXPANDED : NodeStatus.OPEN, time);
                }
                case "candidate" -> {
                    Integer first = candidateLines.putIfAbsent(tokens[2], line);
                    if (first != null) {
                        warnings.add(line, 1, "node " + tokens[2] + " is a candidate again (first on line " + first
                                + "); a solver announces each node once, so this line may come from another run");
                    }
                    setMetric(node, "bound", 5, time);
                }
                case "infeasible" -> changeStatus(node, NodeStatus.FAILED, time);
                case "fathomed", "pruned" -> {
                    setMetric(node, "bound", 5, time);
                    changeStatus(node, NodeStatus.PRUNED, time);
                }
                default -> {
                    double objective = number(5, "the objective value");
                    if (builder.currentStatus(node) != NodeStatus.SOLUTION) {
                        builder.solution(node, time);
                    }
                    builder.bound(Bound.INCUMBENT, objective, time);
                }
            }
        }

        /** The node the line names, created under its parent on first mention. */
        private int nodeFor(double time) throws TraceFormatException {
            int node = builder.findNode(tokens[2]);
            if (node >= 0) {
                return node;
            }
            int parent = -1;
            if (!tokens[3].equals("0")) {
                parent = builder.findNode(tokens[3]);
                if (parent < 0) {
                    throw error("unknown parent " + tokens[3] + " of node " + tokens[2]
                            + ": a node's parent must appear on an earlier line");
                }
            }
            String direction = tokens[4];
            String label = direction.equals("M") ? null : direction + " " + tokens[2];
            int created = builder.addNode(tokens[2], parent, "solver node", NodeStatus.OPEN, label, null, time);
            builder.setAttribute(created, "direction", direction);
            return created;
        }

        /** A node where a solution was found stays a solution, whatever the solver does with it next. */
        private void changeStatus(int node, NodeStatus status, double time) {
            NodeStatus current = builder.currentStatus(node);
            if (current != status && current != NodeStatus.SOLUTION) {
                builder.status(node, status, time);
            }
        }

        private void setMetric(int node, String name, int index, double time) throws TraceFormatException {
            if (index < tokens.length) {
                double value = number(index, name);
                if (value != builder.currentMetric(node, name)) {
                    builder.metric(node, name, value, time);
                }
            }
        }

        private double number(int index, String what) throws TraceFormatException {
            if (index >= tokens.length) {
                throw error("expected " + what + " as item " + (index + 1) + ", found the end of the line");
            }
            double value = Numbers.parseFinite(tokens[index]);
            if (Double.isNaN(value)) {
                throw error("expected " + what + " as item " + (index + 1) + ", found '" + tokens[index] + "'");
            }
            return value;
        }

        private TraceFormatException error(String reason) {
            return new TraceFormatException(file, line, 1, reason);
        }
    }
}
