package org.retrace.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rooted search tree and the timeline of events that produced it. Nodes are numbered 0..n-1 in
 * creation order (node 0 is the root), and every per-node field is a primitive column: about 60
 * bytes a node plus its id and label bytes. Build one with {@link TraceBuilder}.
 *
 * <p>Queries take node indexes and fail with {@link IllegalArgumentException} outside 0..n-1.
 */
public final class Trace {
    /** The kind of a node whose input names none. */
    public static final String DEFAULT_KIND = "state";
    /**
     * The free attribute naming the step that led to a node from its parent: an MCTS or LATS
     * action, a Countdown operation. Views may show it on the edge.
     */
    public static final String ACTION = "action";
    static final String SPAN_START = "span.start";
    static final String SPAN_END = "span.end";
    static final String SOURCE_START = "source.start";
    static final String SOURCE_END = "source.end";

    private final TraceInfo info;
    private final int nodeCount;
    private final int[] parent;
    private final int[] firstChild;
    private final int[] nextSibling;
    private final int[] depth;
    private final int[] createdAt;
    private final byte[] kind;
    private final byte[] status;
    private final StringColumn ids;
    private final IdIndex idIndex;
    private final StringColumn labels;
    private final StringColumn texts;
    private final List<String> kindNames;
    private final DoubleColumns metrics;
    private final DoubleColumns extents;
    private final Map<String, Object[]> attributes;
    /** The {@value #ACTION} attribute's column, or null: views read it for every edge they draw. */
    private final Object[] actions;
    private final Timeline timeline;
    private final int maxDepth;
    /** Columns of the extents, found once: views read spans for every clip they draw. */
    private final int spanStartColumn;
    private final int spanEndColumn;
    private final int sourceStartColumn;
    private final int sourceEndColumn;

    Trace(TraceInfo info, int nodeCount, int[] parent, int[] firstChild, int[] nextSibling, int[] depth,
            int[] createdAt, byte[] kind, byte[] status, StringColumn ids, IdIndex idIndex, StringColumn labels,
            StringColumn texts, List<String> kindNames, DoubleColumns metrics, DoubleColumns extents,
            Map<String, Object[]> attributes, Timeline timeline) {
        this.info = info;
        this.nodeCount = nodeCount;
        this.parent = parent;
        this.firstChild = firstChild;
        this.nextSibling = nextSibling;
        this.depth = depth;
        this.createdAt = createdAt;
        this.kind = kind;
        this.status = status;
        this.ids = ids;
        this.idIndex = idIndex;
        this.labels = labels;
        this.texts = texts;
        this.kindNames = kindNames;
        this.metrics = metrics;
        this.extents = extents;
        this.attributes = attributes;
        this.actions = attributes.get(ACTION);
        this.timeline = timeline;
        int deepest = 0;
        for (int d : depth) {
            deepest = Math.max(deepest, d);
        }
        this.maxDepth = deepest;
        this.spanStartColumn = extents.find(SPAN_START);
        this.spanEndColumn = extents.find(SPAN_END);
        this.sourceStartColumn = extents.find(SOURCE_START);
        this.sourceEndColumn = extents.find(SOURCE_END);
    }

    public TraceInfo info() {
        return info;
    }

    public int nodeCount() {
        return nodeCount;
    }

    public Timeline timeline() {
        return timeline;
    }

    /** The search after the first {@code position} events (0..timeline size); costs O(1). */
    public TraceState stateAt(int position) {
        if (position < 0 || position > timeline.size()) {
            throw new IllegalArgumentException("position " + position + " is outside 0.." + timeline.size());
        }
        return new TraceState(this, timeline, position);
    }

    /** This tree as a read-only JGraphT graph; costs O(1), the view shares this trace's arrays. */
    public TreeGraph graph() {
        return new TreeGraph(this);
    }

    /** The node with this id, or -1; costs O(1) expected. */
    public int findNode(String id) {
        return idIndex.find(id);
    }

    public int parent(int node) {
        return parent[check(node)];
    }

    /** The first child in creation order, or -1. */
    public int firstChild(int node) {
        return firstChild[check(node)];
    }

    /** The next child of the same parent in creation order, or -1. */
    public int nextSibling(int node) {
        return nextSibling[check(node)];
    }

    /** The number of children; costs O(children). */
    public int childCount(int node) {
        int count = 0;
        for (int child = firstChild(node); child >= 0; child = nextSibling[child]) {
            count++;
        }
        return count;
    }

    /** The children in creation order; costs O(children). */
    public int[] children(int node) {
        int[] children = new int[childCount(node)];
        int i = 0;
        for (int child = firstChild[node]; child >= 0; child = nextSibling[child]) {
            children[i++] = child;
        }
        return children;
    }

    public boolean isLeaf(int node) {
        return firstChild[check(node)] < 0;
    }

    /** The root's depth is 0. */
    public int depth(int node) {
        return depth[check(node)];
    }

    public int maxDepth() {
        return maxDepth;
    }

    /** The event that created the node; its position in creation order. */
    public int createdAt(int node) {
        return createdAt[check(node)];
    }

    /** The node's id; costs O(length) and allocates the string. */
    public String id(int node) {
        return ids.get(check(node));
    }

    /** The label, or an empty string; costs O(length) and allocates the string. */
    public String label(int node) {
        return labels.get(check(node));
    }

    /** The text payload (a thought, an action, a caption), or an empty string. */
    public String text(int node) {
        check(node);
        return texts == null ? "" : texts.get(node);
    }

    public String kind(int node) {
        return kindNames.get(kind[check(node)] & 0xff);
    }

    /** The status at the end of the timeline. */
    public NodeStatus status(int node) {
        return NodeStatus.ofCode(status[check(node)]);
    }

    /** The names of the metrics any node has, in the order they first appeared. */
    public List<String> metricNames() {
        return Collections.unmodifiableList(metrics.names());
    }

    /** The column of metric {@code name} for {@link #metric(int, int)}, or -1. */
    public int metricColumn(String name) {
        return metrics.find(name);
    }

    /** A metric's value at the end of the timeline, or NaN; costs O(metrics) to find the column by name. */
    public double metric(int node, String name) {
        int column = metrics.find(name);
        return column < 0 ? Double.NaN : metric(node, column);
    }

    public double metric(int node, int column) {
        return metrics.get(column, check(node));
    }

    /** Start of the media time span (seconds) the node covers, or NaN; costs O(1). */
    public double spanStart(int node) {
        return extent(spanStartColumn, node);
    }

    public double spanEnd(int node) {
        return extent(spanEndColumn, node);
    }

    /** Start of the node's character range in {@link TraceInfo#sourceText()}, or -1. */
    public int sourceStart(int node) {
        double start = extent(sourceStartColumn, node);
        return Double.isNaN(start) ? -1 : (int) start;
    }

    public int sourceEnd(int node) {
        double end = extent(sourceEndColumn, node);
        return Double.isNaN(end) ? -1 : (int) end;
    }

    /** The step that led to {@code node} (its {@value #ACTION} attribute), or an empty string; costs O(1). */
    public String action(int node) {
        Object action = actions == null ? null : actions[check(node)];
        return action == null ? "" : action.toString();
    }

    /** The names of the free attributes any node has. */
    public List<String> attributeNames() {
        return List.copyOf(attributes.keySet());
    }

    /** The node's free attributes; costs O(attribute names). */
    public Map<String, Object> attributes(int node) {
        check(node);
        Map<String, Object> values = new LinkedHashMap<>();
        attributes.forEach((key, column) -> {
            if (column[node] != null) {
                values.put(key, column[node]);
            }
        });
        return values;
    }

    /** True when {@code ancestor} is {@code node} or lies above it; costs O(depth). */
    public boolean isAncestor(int ancestor, int node) {
        check(ancestor);
        int current = check(node);
        while (depth[current] > depth[ancestor]) {
            current = parent[current];
        }
        return current == ancestor;
    }

    /** The deepest node that is an ancestor of both; costs O(depth). */
    public int lowestCommonAncestor(int a, int b) {
        return TreePaths.lowestCommonAncestor(parent, depth, check(a), check(b));
    }

    /**
     * The nodes the cursor passes moving from {@code from} to {@code to} along tree edges: up to
     * their lowest common ancestor, then down. For a backtrack this is the branch it abandons, ending
     * at the ancestor it returns to. Costs O(depth).
     */
    public int[] pathBetween(int from, int to) {
        int meeting = lowestCommonAncestor(from, to);
        int up = depth[from] - depth[meeting];
        int down = depth[to] - depth[meeting];
        int[] path = new int[up + down + 1];
        int current = from;
        for (int i = 0; i <= up; i++, current = parent[current]) {
            path[i] = current;
        }
        current = to;
        for (int i = path.length - 1; i > up; i--, current = parent[current]) {
            path[i] = current;
        }
        return path;
    }

    /** The nodes from the root down to {@code node}; costs O(depth). */
    public int[] pathFromRoot(int node) {
        int[] path = new int[depth[check(node)] + 1];
        for (int current = node, i = path.length - 1; current >= 0; current = parent[current], i--) {
            path[i] = current;
        }
        return path;
    }

    private double extent(int column, int node) {
        return column < 0 ? Double.NaN : extents.get(column, check(node));
    }

    private int check(int node) {
        if (node < 0 || node >= nodeCount) {
            throw new IllegalArgumentException("node index " + node + " is outside 0.." + (nodeCount - 1));
        }
        return node;
    }
}
