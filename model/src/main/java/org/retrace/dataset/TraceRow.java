package org.retrace.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.retrace.decoding.SequenceHistory;
import org.retrace.format.cot.CotTraceReader;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.stats.ReasoningStatistics;

/**
 * One trace of a dataset as a row of numbers: its size and shape, its outcomes, and the scalar
 * fields its record carried (a correctness flag, a model name, a rating). A dataset view, a
 * chart and {@code stats --per-trace} all read these rows, so that a trace's measures are
 * computed one way.
 *
 * @param trace the trace's name
 * @param source the file it was read from, as given
 * @param format the format it was read as
 * @param nodes nodes in the trace
 * @param depth the deepest node's depth
 * @param backtracks for a chain of thought the steps that go back ("Wait, that's wrong"), for a
 *        diffusion decoding the tokens taken back, else the backtrack events of the timeline
 * @param branches for a chain of thought the steps that open an alternative, else the nodes with
 *        more than one child
 * @param solutions nodes that end as solutions
 * @param failed nodes that end failed
 * @param textLength characters of node text, summed
 * @param fields the record's own scalar fields, by name, in the order the trace keeps them; a
 *        diffusion decoding adds its {@code steps}, {@code tokens} decided and {@code undecided}
 *        positions
 */
public record TraceRow(String trace, String source, String format, int nodes, int depth, int backtracks,
        int branches, int solutions, int failed, long textLength, Map<String, Object> fields) {
    /** The columns every row has, in order. */
    public static final List<String> MEASURES = List.of("trace", "source", "format", "nodes", "depth", "backtracks",
            "branches", "solutions", "failed", "textLength");

    public TraceRow {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * The row of {@code trace}, read from {@code source} as {@code format}; costs O(nodes + text),
     * and for a diffusion decoding O(events + positions) more.
     */
    public static TraceRow of(Trace trace, String source, String format) {
        int solutions = 0;
        int failed = 0;
        int branchPoints = 0;
        long text = 0;
        for (int node = 0; node < trace.nodeCount(); node++) {
            NodeStatus status = trace.status(node);
            if (status == NodeStatus.SOLUTION) {
                solutions++;
            } else if (status == NodeStatus.FAILED) {
                failed++;
            }
            int child = trace.firstChild(node);
            if (child >= 0 && trace.nextSibling(child) >= 0) {
                branchPoints++;
            }
            text += trace.text(node).length();
        }
        int backtracks = trace.timeline().backtrackCount();
        int branches = branchPoints;
        if (CotTraceReader.FORMAT.equals(format)) {
            // A chain of thought counts what its text does, as the reasoning statistics do.
            ReasoningStatistics reasoning = ReasoningStatistics.of(trace);
            backtracks = reasoning.backtracks();
            branches = reasoning.branches();
        }
        Map<String, Object> fields = scalarFields(trace.info().attributes());
        if (SequenceHistory.canShow(trace)) {
            SequenceHistory decoding = SequenceHistory.of(trace);
            backtracks = decoding.remasks();
            fields.put("steps", decoding.steps() - 1);
            fields.put("tokens", decoding.tokensDecided());
            fields.put("undecided", decoding.undecided());
        }
        return new TraceRow(trace.info().name(), source, format, trace.nodeCount(), trace.maxDepth(), backtracks,
                branches, solutions, failed, text, fields);
    }

    /** Numbers, booleans and short strings: what a table cell or a chart axis can hold. */
    private static Map<String, Object> scalarFields(Map<String, Object> attributes) {
        Map<String, Object> scalars = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            if (value instanceof Number || value instanceof Boolean
                    || value instanceof String text && text.length() <= DatasetColumns.LONGEST_TEXT_FIELD) {
                scalars.put(name, value);
            }
        });
        return scalars;
    }

    /** The value of {@code column}, a measure or a field; null where this row has no such field. */
    public Object value(String column) {
        return switch (column) {
            case "trace" -> trace;
            case "source" -> source;
            case "format" -> format;
            case "nodes" -> nodes;
            case "depth" -> depth;
            case "backtracks" -> backtracks;
            case "branches" -> branches;
            case "solutions" -> solutions;
            case "failed" -> failed;
            case "textLength" -> textLength;
            default -> fields.get(column);
        };
    }

    /** The row's cells under {@code columns}, nulls where it has no such field. */
    public List<Object> values(List<String> columns) {
        List<Object> values = new ArrayList<>(columns.size());
        for (String column : columns) {
            values.add(value(column));
        }
        return values;
    }
}
