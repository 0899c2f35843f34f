package org.retrace.gui.details;

import java.math.BigDecimal;
import java.math.MathContext;
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
        trace.attributes(node).forEach((key, value) -> line(text, key, String.valueOf(value)));
        if (!trace.text(node).isEmpty()) {
            text.append('\n').append(trace.text(node)).append('\n');
        }
        return text.toString();
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
