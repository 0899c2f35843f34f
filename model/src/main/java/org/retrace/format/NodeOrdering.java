package org.retrace.format;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceRuleException;

/**
 * Adds nodes listed with parent ids (a CSV table, a {@code "nodes"} array) in list order, except
 * that a node listed before its parent waits until the parent is added: creation order stays list
 * order wherever the list allows it. What still waits at the end names an unknown parent or sits
 * on a cycle, and is reported as such at its own line.
 *
 * <p>Costs O(1) per node that arrives after its parent; a waiting node is copied once.
 */
public final class NodeOrdering {
    private final TraceBuilder builder;
    private final LoadWarnings warnings;
    private final String file;
    private final Map<String, List<NodeRecord>> waitingByParent = new HashMap<>();
    private final Map<String, NodeRecord> waitingById = new LinkedHashMap<>();
    private NodeRecord root;

    public NodeOrdering(TraceBuilder builder, String file, LoadWarnings warnings) {
        this.builder = builder;
        this.file = file;
        this.warnings = warnings;
    }

    /** Adds the record now, or keeps a copy until its parent exists. */
    public void offer(NodeRecord record) throws TraceFormatException {
        if (record.id == null || record.id.isEmpty()) {
            throw error(record, "a node needs a non-empty id");
        }
        if (record.parentId == null) {
            if (root != null || builder.nodeCount() > 0) {
                String rootId = root != null ? root.id : builder.id(0);
                throw error(record, "second root '" + record.id + "': the root is already '" + rootId + "'");
            }
            root = record.copy();
        }
        if (waitingById.containsKey(record.id) || builder.findNode(record.id) >= 0) {
            throw error(record, "duplicate node id '" + record.id + "'");
        }
        int parent = record.parentId == null ? -1 : builder.findNode(record.parentId);
        if (record.parentId != null && parent < 0) {
            NodeRecord waiting = record.copy();
            waitingByParent.computeIfAbsent(record.parentId, p -> new ArrayList<>()).add(waiting);
            waitingById.put(record.id, waiting);
            return;
        }
        add(record, parent);
    }

    /** Fails on the first node, in list order, that never found its parent. */
    public void finish() throws TraceFormatException {
        if (waitingById.isEmpty()) {
            return;
        }
        NodeRecord first = waitingById.values().iterator().next();
        List<String> chain = new ArrayList<>();
        NodeRecord current = first;
        while (current != null && !chain.contains(current.id)) {
            chain.add(current.id);
            current = waitingById.get(current.parentId);
        }
        if (current == null) {
            NodeRecord orphan = waitingById.get(chain.get(chain.size() - 1));
            throw error(orphan, "unknown parent '" + orphan.parentId + "' of node '" + orphan.id
                    + "': no node has that id");
        }
        List<String> cycle = new ArrayList<>(chain.subList(chain.indexOf(current.id), chain.size()));
        cycle.add(current.id);
        NodeRecord start = waitingById.get(current.id);
        throw error(start, "cycle in parent links: " + String.join(" -> ", cycle));
    }

    private void add(NodeRecord record, int parent) throws TraceFormatException {
        ArrayDeque<NodeRecord> ready = new ArrayDeque<>();
        create(record, parent);
        releaseChildren(record.id, ready);
        while (!ready.isEmpty()) {
            NodeRecord child = ready.pop();
            waitingById.remove(child.id);
            create(child, builder.findNode(child.parentId));
            releaseChildren(child.id, ready);
        }
    }

    private void releaseChildren(String parentId, ArrayDeque<NodeRecord> ready) {
        if (waitingByParent.isEmpty()) {
            return;
        }
        List<NodeRecord> children = waitingByParent.remove(parentId);
        if (children != null) {
            for (int i = children.size() - 1; i >= 0; i--) {
                ready.push(children.get(i));
            }
        }
    }

    private void create(NodeRecord record, int parent) throws TraceFormatException {
        try {
            record.addTo(builder, parent, warnings);
        } catch (TraceRuleException broken) {
            throw error(record, broken.getMessage());
        }
    }

    private TraceFormatException error(NodeRecord record, String reason) {
        return new TraceFormatException(file, record.line, record.column, reason);
    }
}
