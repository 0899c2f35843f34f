package org.retrace.format;

import java.util.LinkedHashMap;
import java.util.Map;
import org.retrace.model.NodeStatus;
import org.retrace.model.TraceBuilder;

/**
 * One node as an input describes it, before it joins a trace. Readers fill one record per input
 * row and reuse it; a record that must wait for its parent is {@link #copy() copied}.
 */
public final class NodeRecord {
    public String id;
    /** The parent's id, or null for the root. */
    public String parentId;
    public String kind;
    public String statusWord;
    public String label;
    public String text;
    public double time = Double.NaN;
    public double spanStart = Double.NaN;
    public double spanEnd = Double.NaN;
    public int sourceStart = -1;
    public int sourceEnd = -1;
    public final Map<String, Double> metrics = new LinkedHashMap<>();
    public final Map<String, Object> attributes = new LinkedHashMap<>();
    public int line;
    public int column;

    public void clear() {
        id = null;
        parentId = null;
        kind = null;
        statusWord = null;
        label = null;
        text = null;
        time = Double.NaN;
        spanStart = Double.NaN;
        spanEnd = Double.NaN;
        sourceStart = -1;
        sourceEnd = -1;
        metrics.clear();
        attributes.clear();
    }

    public NodeRecord copy() {
        NodeRecord copy = new NodeRecord();
        copy.id = id;
        copy.parentId = parentId;
        copy.kind = kind;
        copy.statusWord = statusWord;
        copy.label = label;
        copy.text = text;
        copy.time = time;
        copy.spanStart = spanStart;
        copy.spanEnd = spanEnd;
        copy.sourceStart = sourceStart;
        copy.sourceEnd = sourceEnd;
        copy.metrics.putAll(metrics);
        copy.attributes.putAll(attributes);
        copy.line = line;
        copy.column = column;
        return copy;
    }

    /**
     * Adds this node under {@code parent} (-1 for the root) and returns its index. An unknown
     * status word loads as {@code unknown} with a warning, so that newer writers stay readable.
     */
    public int addTo(TraceBuilder builder, int parent, LoadWarnings warnings) {
        NodeStatus status = NodeStatus.OPEN;
        if (statusWord != null && !statusWord.isEmpty()) {
            status = NodeStatus.fromWireName(statusWord);
            if (status == null) {
                warnings.add(line, column, "status '" + statusWord + "' is not one of " + NodeStatus.wireNames()
                        + "; loaded as unknown");
                status = NodeStatus.UNKNOWN;
            }
        }
        int node = builder.addNode(id, parent, kind, status, label, text, time);
        metrics.forEach((name, value) -> builder.setInitialMetric(node, name, value));
        if (!Double.isNaN(spanStart) || !Double.isNaN(spanEnd)) {
            builder.setSpan(node, spanStart, spanEnd);
        }
        if (sourceStart >= 0 || sourceEnd >= 0) {
            builder.setSourceRange(node, sourceStart, sourceEnd);
        }
        attributes.forEach((key, value) -> builder.setAttribute(node, key, value));
        return node;
    }
}
