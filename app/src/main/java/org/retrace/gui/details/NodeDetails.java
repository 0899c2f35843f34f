package org.retrace.gui.details;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import org.retrace.model.Trace;
import org.retrace.model.TraceState;

/**
 * The text the details panel shows for one node: every field, metric and attribute, as they stand
 * at the replay's position: its status, metrics and children then, or that it is not created yet.
 */
public final class NodeDetails {
    private NodeDetails() {
    }

    /** The node as it is at the end of the trace. */
    public static String describe(Trace trace, int node) {
        return describe(trace, trace.stateAt(trace.timeline().size()), node);
    }

    /** The node as it is at {@code state}'s position; costs O(children + metrics x log changes). */
    public static String describe(Trace trace, TraceState state, int node) {
        StringBuilder text = new StringBuilder();
        line(text, "id", trace.id(node));
        line(text, "label", trace.label(node));
        line(text, "kind", trace.kind(node));
        if (!state.exists(node)) {
            line(text, "status", "not created yet: it is created at event " + (trace.createdAt(node) + 1)
                    + ", the replay is at event " + state.position());
        } else {
            line(text, "status", state.status(node).wireName());
        }
        line(text, "depth", Integer.toString(trace.depth(node)));
        line(text, "parent", trace.parent(node) < 0 ? "(root)" : trace.id(trace.parent(node)));
        if (state.exists(node)) {
            line(text, "children", childrenAt(trace, state, node));
        }
        // Counted as the status bar counts: after event 1 the first event has happened.
        line(text, "created at event", Integer.toString(trace.createdAt(node) + 1));
        for (String metric : trace.metricNames()) {
            double value = state.metric(node, metric);
            if (!Double.isNaN(value)) {
                line(text, metric, formatNumber(value));
            }
        }
        if (!Double.isNaN(trace.spanStart(node))) {
            line(text, "span", trace.spanStart(node) + " s - " + trace.spanEnd(node) + " s");
        }
        trace.attributes(node).forEach((key, value) -> line(text, key, value + colourMeaning(trace, key, value)));
        if (!trace.text(node).isEmpty()) {
            text.append('\n').append(trace.text(node)).append('\n');
        }
        return text.toString();
    }

    /** The children created by the replay's position, and how many come later. */
    private static String childrenAt(Trace trace, TraceState state, int node) {
        int now = 0;
        int all = 0;
        for (int child = trace.firstChild(node); child >= 0; child = trace.nextSibling(child)) {
            all++;
            now += state.exists(child) ? 1 : 0;
        }
        return now == all ? Integer.toString(now) : now + " (" + (all - now) + " more later)";
    }

    /**
     * What a solver's colour number means, and by whose convention, when the reader said so in the
     * trace's {@code colours} attribute (the VBC reader does: colours are each writer's own).
     */
    private static String colourMeaning(Trace trace, String key, Object value) {
        if (!key.equals("color") || !(trace.info().attributes().get("colours") instanceof Map<?, ?> colours)
                || !(colours.get("meanings") instanceof Map<?, ?> meanings)) {
            return "";
        }
        Object meaning = meanings.get(String.valueOf(value));
        return meaning == null ? " (no meaning in " + colours.get("preset") + "'s colours)"
                : " (" + meaning + ", in " + colours.get("preset") + "'s colours)";
    }

    /** Up to six significant digits, without trailing zeros: 0.5, not 0.500000. */
    public static String formatNumber(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static void line(StringBuilder text, String key, String value) {
        if (!value.isEmpty()) {
            text.append(key).append(": ").append(value).append('\n');
        }
    }
}
