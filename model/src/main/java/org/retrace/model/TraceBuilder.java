package org.retrace.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Trace} event by event, checking the model's rules as it goes: ids are unique,
 * there is one root, every event names a node that exists, and a backtrack returns to an ancestor.
 * A broken rule throws {@link TraceRuleException}, which an importer turns into a positioned error.
 *
 * <p>Each call costs O(1) amortised, except {@link #backtrack}, which costs O(depth).
 */
public final class TraceBuilder {
    private TraceInfo info;
    private int nodeCount;
    private int[] parent = new int[1024];
    private int[] firstChild = new int[1024];
    private int[] lastChild = new int[1024];
    private int[] nextSibling = new int[1024];
    private int[] depth = new int[1024];
    private int[] createdAt = new int[1024];
    private byte[] kind = new byte[1024];
    private byte[] status = new byte[1024];
    private byte[] initialStatus = new byte[1024];
    private final StringColumn ids = new StringColumn();
    private final IdIndex idIndex = new IdIndex(ids);
    /**
     * Labels are packed as they arrive, which keeps no String per node alive while a large file
     * loads; the first {@link #setLabel} (a solver log that names nodes after the fact) switches to an
     * array that can change. Texts, rarer, are an array from the start.
     */
    private StringColumn packedLabels = new StringColumn();
    private String[] labels;
    private String[] texts;
    private final KindNames kinds = new KindNames();
    private final DoubleColumns metrics = new DoubleColumns(1024);
    private final DoubleColumns extents = new DoubleColumns(1024);
    private final Map<String, Object[]> attributes = new LinkedHashMap<>();
    private final EventLog events = new EventLog();
    private int cursor = -1;

    public TraceBuilder(TraceInfo info) {
        this.info = info;
    }

    public void setInfo(TraceInfo info) {
        this.info = info;
    }

    public TraceInfo info() {
        return info;
    }

    public int nodeCount() {
        return nodeCount;
    }

    public int eventCount() {
        return events.size();
    }

    /** The node with this id, or -1; costs O(1) expected. */
    public int findNode(String id) {
        return idIndex.find(id);
    }

    /** The id of node {@code node}. */
    public String id(int node) {
        return ids.get(node);
    }

    /**
     * Creates a node and records its creation event. The cursor does not move.
     *
     * @param parentNode the parent's index, or -1 for the root
     * @param text the node's payload (a thought, an action, a caption), or null
     * @param time seconds since the search started, or NaN
     * @return the new node's index, which is its position in creation order
     */
    public int addNode(String id, int parentNode, String kindName, NodeStatus initialStatus, String label,
            String text, double time) {
        if (id == null || id.isEmpty()) {
            throw new TraceRuleException("a node needs a non-empty id");
        }
        byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
        if (idIndex.find(idBytes) >= 0) {
            throw new TraceRuleException("duplicate node id '" + id + "'");
        }
        if (parentNode < 0 && nodeCount > 0) {
            throw new TraceRuleException("second root '" + id + "': the root is already '" + ids.get(0) + "'");
        }
        if (parentNode >= nodeCount) {
            throw new IllegalArgumentException("parent index " + parentNode + " is outside 0.." + (nodeCount - 1));
        }
        int node = nodeCount++;
        ensureNodeCapacity(nodeCount);
        ids.addBytes(idBytes);
        idIndex.put(node);
        if (labels == null) {
            packedLabels.add(label);
        } else {
            labels[node] = label;
        }
        if (text != null && !text.isEmpty()) {
            setText(node, text);
        }
        parent[node] = parentNode;
        firstChild[node] = -1;
        lastChild[node] = -1;
        nextSibling[node] = -1;
        kind[node] = kinds.code(kindName);
        status[node] = (byte) (initialStatus == null ? NodeStatus.UNKNOWN : initialStatus).ordinal();
        this.initialStatus[node] = status[node];
        if (parentNode >= 0) {
            depth[node] = depth[parentNode] + 1;
            if (lastChild[parentNode] < 0) {
                firstChild[parentNode] = node;
            } else {
                nextSibling[lastChild[parentNode]] = node;
            }
            lastChild[parentNode] = node;
        }
        createdAt[node] = events.size();
        events.add(EventType.NODE, node, time);
        return node;
    }

    /** Node {@code node}'s label so far, or null. */
    public String label(int node) {
        checkNode(node);
        return labels == null ? packedLabels.get(node) : labels[node];
    }

    /** Replaces node {@code node}'s label. */
    public void setLabel(int node, String label) {
        checkNode(node);
        if (labels == null) {
            labels = new String[parent.length];
            for (int earlier = 0; earlier < nodeCount; earlier++) {
                labels[earlier] = packedLabels.get(earlier);
            }
            packedLabels = null;
        }
        labels[node] = label;
    }

    /** Replaces node {@code node}'s text payload. */
    public void setText(int node, String text) {
        checkNode(node);
        if (texts == null) {
            texts = new String[parent.length];
        }
        texts[node] = text;
    }

    /** Node {@code node}'s text payload so far, or null. */
    public String text(int node) {
        checkNode(node);
        return texts == null ? null : texts[node];
    }

    /** The node the cursor is on, or -1 before the first visit. */
    public int cursor() {
        return cursor;
    }

    /**
     * Moves the cursor to {@code node} along the tree, as a search that jumps there would: a
     * backtrack up to the deepest common ancestor, unless the cursor is on it already, then a visit
     * (none when the target is that ancestor). Costs O(depth).
     */
    public void moveCursorTo(int node, double time) {
        checkNode(node);
        if (cursor == node) {
            return;
        }
        if (cursor >= 0) {
            int meeting = lowestCommonAncestor(cursor, node);
            if (meeting != cursor) {
                backtrack(cursor, meeting, time);
            }
        }
        if (cursor != node) {
            visit(node, time);
        }
    }

    /** The deepest node that is an ancestor of both (or one of them); costs O(depth). */
    public int lowestCommonAncestor(int a, int b) {
        checkNode(a);
        checkNode(b);
        return TreePaths.lowestCommonAncestor(parent, depth, a, b);
    }

    /** The first child of node {@code node} so far, or -1. */
    public int firstChild(int node) {
        checkNode(node);
        return firstChild[node];
    }

    /** The next child of the same parent, or -1. */
    public int nextSibling(int node) {
        checkNode(node);
        return nextSibling[node];
    }

    /** The parent of node {@code node}, or -1 for the root. */
    public int parent(int node) {
        checkNode(node);
        return parent[node];
    }

    /** The node's status after the events added so far. */
    public NodeStatus currentStatus(int node) {
        checkNode(node);
        return NodeStatus.ofCode(status[node]);
    }

    /** The node's metric after the events added so far, or NaN. */
    public double currentMetric(int node, String name) {
        checkNode(node);
        int column = metrics.find(name);
        return column < 0 ? Double.NaN : metrics.get(column, node);
    }

    /** Sets a metric's value at creation time, without an event. */
    public void setInitialMetric(int node, String name, double value) {
        checkNode(node);
        metrics.set(metrics.columnIndex(name), node, value);
    }

    /** The latest second a span may end at: 31 years of media, so that rulers and clocks stay finite. */
    public static final double MAX_SPAN_SECONDS = 1e9;

    /**
     * Sets the media time span (seconds) a node covers, e.g. a video-memory clip; it must lie within
     * its parent's span, when the parent has one.
     */
    public void setSpan(int node, double start, double end) {
        checkNode(node);
        if (!(start <= end) || start < 0) {
            throw new TraceRuleException("span [" + start + ", " + end + "] is negative or reversed");
        }
        if (end > MAX_SPAN_SECONDS) {
            throw new TraceRuleException("span [" + start + ", " + end + "] ends past " + (long) MAX_SPAN_SECONDS
                    + " s (31 years), the longest media Retrace draws");
        }
        int startColumn = extents.columnIndex(Trace.SPAN_START);
        int endColumn = extents.columnIndex(Trace.SPAN_END);
        int up = parent[node];
        if (up >= 0 && !Double.isNaN(extents.get(startColumn, up))
                && (start < extents.get(startColumn, up) || end > extents.get(endColumn, up))) {
            throw new TraceRuleException("span [" + start + ", " + end + "] of '" + ids.get(node)
                    + "' lies outside its parent's span [" + extents.get(startColumn, up) + ", "
                    + extents.get(endColumn, up) + "]");
        }
        extents.set(startColumn, node, start);
        extents.set(endColumn, node, end);
    }

    /** Sets the character range of the trace's source text that a node stands for. */
    public void setSourceRange(int node, int start, int end) {
        checkNode(node);
        if (start < 0 || start > end) {
            throw new TraceRuleException("source range [" + start + ", " + end + "] is not a range of characters");
        }
        extents.set(extents.columnIndex(Trace.SOURCE_START), node, start);
        extents.set(extents.columnIndex(Trace.SOURCE_END), node, end);
    }

    /** Keeps a free attribute on a node; values are strings, numbers, booleans, lists or maps. */
    public void setAttribute(int node, String key, Object value) {
        checkNode(node);
        Object[] column = attributes.computeIfAbsent(key, k -> new Object[parent.length]);
        if (column.length < parent.length) {
            column = Arrays.copyOf(column, parent.length);
            attributes.put(key, column);
        }
        column[node] = value;
    }

    /** The cursor moves to {@code node}. */
    public void visit(int node, double time) {
        checkNode(node);
        cursor = node;
        events.add(EventType.VISIT, node, time);
    }

    /**
     * The cursor returns from {@code from} (the current cursor when -1) to its ancestor {@code to}.
     * A backtrack from elsewhere than the cursor first records a visit to {@code from}, so that a
     * backtrack always leaves the node the cursor is on. Costs O(depth of from).
     */
    public void backtrack(int from, int to, double time) {
        int origin = from < 0 ? cursor : from;
        if (origin < 0) {
            throw new TraceRuleException("backtrack before the cursor has visited any node");
        }
        checkNode(origin);
        checkNode(to);
        if (to == origin) {
            throw new TraceRuleException("backtrack from '" + ids.get(origin) + "' to itself: a backtrack returns to"
                    + " an ancestor");
        }
        if (!isAncestor(to, origin)) {
            throw new TraceRuleException("backtrack to '" + ids.get(to) + "', which is not an ancestor of '"
                    + ids.get(origin) + "'");
        }
        if (origin != cursor) {
            visit(origin, time);
        }
        cursor = to;
        events.add(EventType.BACKTRACK, to, time);
    }

    /** Node {@code node}'s status becomes {@code newStatus}. */
    public void status(int node, NodeStatus newStatus, double time) {
        changeStatus(EventType.STATUS, node, newStatus, time);
    }

    /** Node {@code node} is a solution. */
    public void solution(int node, double time) {
        changeStatus(EventType.SOLUTION, node, NodeStatus.SOLUTION, time);
    }

    private void changeStatus(EventType type, int node, NodeStatus newStatus, double time) {
        checkNode(node);
        status[node] = (byte) newStatus.ordinal();
        events.addStatus(type, node, newStatus, time);
    }

    /** Node {@code node}'s metric {@code name} becomes {@code value}. */
    public void metric(int node, String name, double value, double time) {
        checkNode(node);
        int column = metrics.columnIndex(name);
        double previous = metrics.get(column, node);
        metrics.set(column, node, value);
        events.addValued(EventType.METRIC, node, column, value, previous, time);
    }

    /** A global bound becomes {@code value}. */
    public void bound(Bound bound, double value, double time) {
        events.addValued(EventType.BOUND, -1, bound.ordinal(), value, events.lastBound(bound), time);
    }

    /** A free note, about {@code node} or about the whole search when -1. */
    public void note(int node, String text, double time) {
        if (node >= 0) {
            checkNode(node);
        }
        events.add(EventType.NOTE, node, time);
        events.setNote(events.size() - 1, text);
    }

    /** Keeps a free attribute on event {@code event}, one already added. */
    public void setEventAttribute(int event, String key, Object value) {
        if (event < 0 || event >= events.size()) {
            throw new IllegalArgumentException("event " + event + " is outside 0.." + (events.size() - 1));
        }
        events.setAttribute(event, key, value);
    }

    /** True when {@code node} has children and every one of them has failed so far; costs O(children). */
    public boolean allChildrenFailed(int node) {
        checkNode(node);
        boolean any = false;
        for (int child = firstChild[node]; child >= 0; child = nextSibling[child]) {
            if (status[child] != (byte) NodeStatus.FAILED.ordinal()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** True when {@code ancestor} lies on the path from the root to {@code node} (or is it); costs O(depth). */
    public boolean isAncestor(int ancestor, int node) {
        int current = node;
        while (current >= 0 && depth[current] > depth[ancestor]) {
            current = parent[current];
        }
        return current == ancestor;
    }

    /**
     * The trace so far, independent of the builder, which goes on: what a live view draws while
     * a search still runs. Costs O(nodes + events), so callers take one now and then, not per event.
     */
    public Trace snapshot() {
        int n = nodeCount;
        StringColumn copiedIds = ids.copy();
        StringColumn copiedLabels = labels == null ? packedLabels.copy() : pack(labels, n);
        Map<String, Object[]> copiedAttributes = new LinkedHashMap<>();
        attributes.forEach((key, column) -> copiedAttributes.put(key, Arrays.copyOf(column, n)));
        return new Trace(info, n, Arrays.copyOf(parent, n), Arrays.copyOf(firstChild, n),
                Arrays.copyOf(nextSibling, n), Arrays.copyOf(depth, n), Arrays.copyOf(createdAt, n),
                Arrays.copyOf(kind, n), Arrays.copyOf(status, n), copiedIds, idIndex.copy(copiedIds), copiedLabels,
                texts == null ? null : pack(texts, n), kinds.names(), metrics.copy(n), extents.copy(n),
                copiedAttributes, events.snapshot(Arrays.copyOf(initialStatus, n)));
    }

    /** The finished trace. The builder must not be used afterwards. */
    public Trace build() {
        int n = nodeCount;
        ids.trim();
        StringColumn finalLabels = labels == null ? trimmed(packedLabels) : pack(labels, n);
        StringColumn packedTexts = texts == null ? null : pack(texts, n);
        metrics.trim(n);
        extents.trim(n);
        Map<String, Object[]> trimmedAttributes = new LinkedHashMap<>();
        attributes.forEach((key, column) -> trimmedAttributes.put(key, Arrays.copyOf(column, n)));
        Timeline timeline = events.toTimeline(Arrays.copyOf(initialStatus, n));
        return new Trace(info, n, Arrays.copyOf(parent, n), Arrays.copyOf(firstChild, n),
                Arrays.copyOf(nextSibling, n), Arrays.copyOf(depth, n), Arrays.copyOf(createdAt, n),
                Arrays.copyOf(kind, n), Arrays.copyOf(status, n), ids, idIndex, finalLabels, packedTexts, kinds.names(),
                metrics, extents, trimmedAttributes, timeline);
    }

    private static StringColumn trimmed(StringColumn column) {
        column.trim();
        return column;
    }

    private static StringColumn pack(String[] values, int count) {
        StringColumn column = new StringColumn();
        for (int node = 0; node < count; node++) {
            column.add(values[node]);
        }
        column.trim();
        return column;
    }

    private void ensureNodeCapacity(int needed) {
        if (needed <= parent.length) {
            return;
        }
        int grown = Math.max(needed, parent.length * 2);
        parent = Arrays.copyOf(parent, grown);
        labels = labels == null ? null : Arrays.copyOf(labels, grown);
        texts = texts == null ? null : Arrays.copyOf(texts, grown);
        firstChild = Arrays.copyOf(firstChild, grown);
        lastChild = Arrays.copyOf(lastChild, grown);
        nextSibling = Arrays.copyOf(nextSibling, grown);
        depth = Arrays.copyOf(depth, grown);
        createdAt = Arrays.copyOf(createdAt, grown);
        kind = Arrays.copyOf(kind, grown);
        status = Arrays.copyOf(status, grown);
        initialStatus = Arrays.copyOf(initialStatus, grown);
        metrics.ensureCapacity(grown);
        extents.ensureCapacity(grown);
    }

    private void checkNode(int node) {
        if (node < 0 || node >= nodeCount) {
            throw new IllegalArgumentException("node index " + node + " is outside 0.." + (nodeCount - 1));
        }
    }

    /** Kind names, stored once each and referred to by a byte per node. */
    private static final class KindNames {
        private final Map<String, Byte> codes = new HashMap<>();
        private final List<String> names = new ArrayList<>();

        byte code(String name) {
            String key = name == null || name.isEmpty() ? Trace.DEFAULT_KIND : name;
            Byte code = codes.get(key);
            if (code == null) {
                if (names.size() == 256) {
                    throw new TraceRuleException("more than 256 node kinds; '" + key + "' is one too many");
                }
                code = (byte) names.size();
                codes.put(key, code);
                names.add(key);
            }
            return code;
        }

        List<String> names() {
            return List.copyOf(names);
        }
    }
}
