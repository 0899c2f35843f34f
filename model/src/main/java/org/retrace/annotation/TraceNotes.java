package org.retrace.annotation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.retrace.model.Trace;

/**
 * One trace's annotations: a {@link NodeNote} per marked node, keyed by node id, and its
 * interventions, at most one per node. Immutable; each change gives a new one. Costs O(marked
 * nodes) to change.
 */
public final class TraceNotes {
    /** No annotation at all. */
    public static final TraceNotes NONE = new TraceNotes(Map.of(), List.of());

    private final Map<String, NodeNote> nodes;
    private final List<Intervention> interventions;

    public TraceNotes(Map<String, NodeNote> nodes, List<Intervention> interventions) {
        Map<String, NodeNote> kept = new LinkedHashMap<>();
        nodes.forEach((id, note) -> {
            if (!note.isEmpty()) {
                kept.put(Objects.requireNonNull(id, "node id"), note);
            }
        });
        this.nodes = Collections.unmodifiableMap(kept);
        this.interventions = List.copyOf(interventions);
    }

    /** The marked nodes' notes, in the order they were first marked. */
    public Map<String, NodeNote> nodes() {
        return nodes;
    }

    /** What node {@code id} carries, {@link NodeNote#NONE} if nothing. */
    public NodeNote of(String id) {
        return nodes.getOrDefault(id, NodeNote.NONE);
    }

    /** With node {@code id}'s note replaced; an empty note removes the node. */
    public TraceNotes with(String id, NodeNote note) {
        Map<String, NodeNote> changed = new LinkedHashMap<>(nodes);
        changed.put(id, note);
        return new TraceNotes(changed, interventions);
    }

    public List<Intervention> interventions() {
        return interventions;
    }

    /** The intervention on node {@code id}, or null. */
    public Intervention interventionOn(String id) {
        return interventions.stream().filter(each -> each.nodeId().equals(id)).findFirst().orElse(null);
    }

    /** With {@code intervention} replacing any other on its node; blank text removes it. */
    public TraceNotes with(Intervention intervention) {
        List<Intervention> changed = new ArrayList<>(interventions);
        changed.removeIf(each -> each.nodeId().equals(intervention.nodeId()));
        if (!intervention.text().isBlank()) {
            changed.add(intervention);
        }
        return new TraceNotes(nodes, changed);
    }

    public boolean isEmpty() {
        return nodes.isEmpty() && interventions.isEmpty();
    }

    /**
     * The node ids annotated here that {@code trace} does not hold (the trace changed since): kept,
     * so that nothing the user wrote is lost, and listed for them. Costs O(marked nodes).
     */
    public List<String> unplaced(Trace trace) {
        List<String> missing = new ArrayList<>();
        for (String id : nodes.keySet()) {
            if (trace.findNode(id) < 0) {
                missing.add(id);
            }
        }
        for (Intervention intervention : interventions) {
            if (trace.findNode(intervention.nodeId()) < 0 && !missing.contains(intervention.nodeId())) {
                missing.add(intervention.nodeId());
            }
        }
        return missing;
    }

    /** The first node, in the trace's creation order, labelled {@link Labels#FIRST_ERROR}, or -1. */
    public int firstError(Trace trace) {
        int first = -1;
        for (Map.Entry<String, NodeNote> entry : nodes.entrySet()) {
            int node = trace.findNode(entry.getKey());
            if (node >= 0 && entry.getValue().hasLabel(Labels.FIRST_ERROR) && (first < 0 || node < first)) {
                first = node;
            }
        }
        return first;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TraceNotes notes && notes.nodes.equals(nodes) && notes.interventions.equals(interventions);
    }

    @Override
    public int hashCode() {
        return 31 * nodes.hashCode() + interventions.hashCode();
    }
}
