package org.retrace.gui.details;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import org.retrace.model.Trace;

/** The text the details panel shows for one node: every field, metric and attribute. */
public final class NodeDetails {
    private NodeDetails() {
    }

    public static String describe(Trace trace, int node) {
        StringBuilder text = new StringBuilder();
        line(text, "id", trace.id(node));
        line(text, "label", trace.label(node));
        line(text, "kind", trace.kind(node));
        line(text, "status", trace.status(node).wireName());
        line(text, "depth", Integer.toString(trace.depth(node)));
        line(text, "parent", trace.parent(node) < 0 ? "(root)" : trace.id(trace.parent(node)));
        line(text, "children", Integer.toString(trace.childCount(node)));
        line(text, "created at event", Integer.toString(trace.createdAt(node)));
        for (String metric : trace.metricNames()) {
            double value = trace.metric(node, metric);
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
