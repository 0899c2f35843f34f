package org.retrace.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.retrace.model.Bound;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;
import org.retrace.narration.Narration;

/**
 * What a demo writes its search into: a {@link TraceBuilder} whose every event carries a sentence
 * in plain words ({@link #NARRATION}) and whose every node carries the state it stands for
 * ({@link #STATE}), so the trace explains itself when replayed and after it is saved and read back.
 * Node ids are the creation numbers; events have no clock time, as a demo's pace is the replay's.
 */
public final class DemoRecorder {
    /** The event attribute that holds the event's sentence. */
    public static final String NARRATION = Narration.ATTRIBUTE;
    /** The node attribute that holds the node's state, in the form its demo's state panel reads. */
    public static final String STATE = "state";
    /** The trace attribute that names the demo that wrote the trace. */
    public static final String DEMO = "demo";

    private final TraceBuilder builder;
    private final int nodeLimit;

    /**
     * A recorder for {@code demo}'s search; {@code header} holds what the trace says of the problem
     * (kept in the trace's attributes after the demo's name and settings).
     */
    public DemoRecorder(Demo demo, DemoSettings settings, String variant, String name, String searchKind,
            Map<String, Object> header) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(DEMO, demo.name());
        attributes.put("variant", variant);
        attributes.put("size", settings.size());
        attributes.put("seed", settings.seed());
        attributes.putAll(header);
        builder = new TraceBuilder(new TraceInfo(name, searchKind, "", asRead(attributes)));
        nodeLimit = settings.nodeLimit();
    }

    /** True once the search has created as many nodes as it may; the demo then stops and says so. */
    public boolean full() {
        return builder.nodeCount() >= nodeLimit;
    }

    public int nodeCount() {
        return builder.nodeCount();
    }

    /** The node the search is at, or -1 before the first visit. */
    public int cursor() {
        return builder.cursor();
    }

    /**
     * Creates a node under {@code parent} (-1 for the root) holding {@code state}; returns its
     * index. The narration becomes the node's text, which is what a node event says: in the
     * native format a node event's attributes are the node's.
     */
    public int node(int parent, String kind, String label, Object state, String narration) {
        int node = builder.addNode(Integer.toString(builder.nodeCount()), parent, kind, NodeStatus.OPEN, label,
                narration, Double.NaN);
        if (state != null) {
            builder.setAttribute(node, STATE, asRead(state));
        }
        return node;
    }

    public int parent(int node) {
        return builder.parent(node);
    }

    public NodeStatus status(int node) {
        return builder.currentStatus(node);
    }

    /** The deepest common ancestor of two nodes; costs O(depth). */
    public int lowestCommonAncestor(int a, int b) {
        return builder.lowestCommonAncestor(a, b);
    }

    /** True when {@code node} has children and every one has failed; costs O(children). */
    public boolean allChildrenFailed(int node) {
        return builder.allChildrenFailed(node);
    }

    /** Keeps a free attribute on the node, e.g. a heuristic value. */
    public void attribute(int node, String key, Object value) {
        builder.setAttribute(node, key, asRead(value));
    }

    public void visit(int node, String narration) {
        builder.visit(node, Double.NaN);
        narrate(narration);
    }

    /**
     * The cursor jumps to {@code node} across the tree, as a best-first search does: up to the
     * common ancestor, then down; every event of the jump says {@code narration}.
     */
    public void jump(int node, String narration) {
        int before = builder.eventCount();
        builder.moveCursorTo(node, Double.NaN);
        if (builder.eventCount() == before) {
            note(node, narration);
        }
        for (int event = before; event < builder.eventCount(); event++) {
            builder.setEventAttribute(event, NARRATION, narration);
        }
    }

    /** The cursor returns from where it is to its ancestor {@code to}. */
    public void backtrack(int to, String narration) {
        builder.backtrack(-1, to, Double.NaN);
        narrate(narration);
    }

    public void status(int node, NodeStatus status, String narration) {
        builder.status(node, status, Double.NaN);
        narrate(narration);
    }

    public void solution(int node, String narration) {
        builder.solution(node, Double.NaN);
        narrate(narration);
    }

    public void metric(int node, String name, double value, String narration) {
        builder.metric(node, name, value, Double.NaN);
        narrate(narration);
    }

    /** Sets a metric as the node is created, without an event of its own. */
    public void initialMetric(int node, String name, double value) {
        builder.setInitialMetric(node, name, value);
    }

    public void bound(Bound bound, double value, String narration) {
        builder.bound(bound, value, Double.NaN);
        narrate(narration);
    }

    /**
     * A step with no effect on the tree, e.g. a rollout or a propagation, about {@code node} or -1;
     * a note's text is its narration.
     */
    public void note(int node, String narration) {
        builder.note(node, narration, Double.NaN);
    }

    /** The finished trace; the recorder must not be used afterwards. */
    public Trace build() {
        return builder.build();
    }

    /**
     * {@code value} as the native reader gives it back (whole numbers as Long, lists and maps
     * alike), so that a saved demo reads back equal to itself; costs O(size of value).
     */
    @SuppressWarnings("unchecked")
    private static <T> T asRead(T value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return (T) Long.valueOf(((Number) value).longValue());
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(asRead(item)));
            return (T) Collections.unmodifiableList(copy);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(key, asRead(item)));
            return (T) Collections.unmodifiableMap(copy);
        }
        return value;
    }

    private void narrate(String narration) {
        if (narration != null) {
            builder.setEventAttribute(builder.eventCount() - 1, NARRATION, narration);
        }
    }
}
