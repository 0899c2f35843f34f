package org.retrace.live.cpprofiler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.retrace.live.LiveTrace;
import org.retrace.model.NodeStatus;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;

/**
 * Builds the tree CP-Profiler builds from one execution's messages. A node with {@code kids}
 * children opens that many child slots at once, drawn as open nodes until a later message with its
 * id as parent fills slot {@code alt}; so the tree shows the branches still to explore, as
 * CP-Profiler does. Node identity is (node, restart, thread); skipped nodes (Gecode sends them with
 * node -1) fill their slot but can never be parents. With restarts, each restart's root hangs under
 * one synthetic root. A broken message is refused with a reason and the tree goes on without it.
 */
final class TreeAssembly {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A node's identity in the solver. */
    private record Uid(int nid, int rid, int tid) {
    }

    /** The most child slots one node may open: far beyond any real branching, far below a flood. */
    static final int MAX_KIDS = 1 << 16;

    private final LiveTrace live;
    private final NodeBudget budget;
    private final Map<Uid, Integer> nodes = new HashMap<>();
    /** By trace node: the first of its child slots (its slots are consecutive nodes), and how many. */
    private int[] firstSlot = new int[1024];
    private int[] slotCount = new int[1024];
    private final BitSet filled = new BitSet();
    private boolean hasRestarts;
    private boolean started;
    private int root = -1;
    private int restarts;
    private String pendingRestartNote;
    private long openSlots;

    /** Builds into {@code live}, ending at the first message beyond {@code budget}, so that a flood cannot exhaust memory. */
    TreeAssembly(LiveTrace live, NodeBudget budget) {
        this.live = live;
        this.budget = budget;
    }

    /** START: the execution's name, whether it restarts, its execution id; null when none came. */
    void start(Message start) {
        started = true;
        String name = "<no name>";
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("protocol", "cp-profiler");
        if (start != null && start.version() >= 0) {
            attributes.put("protocolVersion", (long) start.version());
        }
        if (start != null && start.info() != null) {
            try {
                JsonNode info = JSON.readTree(start.info());
                name = info.path("name").asText(name);
                hasRestarts = info.path("has_restarts").asBoolean(false);
                attributes.put("hasRestarts", hasRestarts);
                if (info.has("execution_id")) {
                    attributes.put("executionId", info.path("execution_id").asLong());
                }
            } catch (IOException notJson) {
                attributes.put("startInfo", start.info());
            }
        }
        String traceName = name;
        live.rename(traceName, new TraceInfo(traceName, "constraint programming", "", attributes));
        if (hasRestarts) {
            live.update(builder -> {
                root = builder.addNode("restarts", -1, "restarts", NodeStatus.EXPANDED, "restarts", null, Double.NaN);
                grow(root);
                builder.visit(root, Double.NaN);
            });
        }
    }

    /** A node: fills its parent's slot, or becomes the root (a restart's root with restarts). */
    void node(Message message) throws TreeException {
        TreeException[] refused = new TreeException[1];
        live.update(builder -> {
            try {
                add(builder, message);
            } catch (TreeException refusal) {
                refused[0] = refusal;
            }
        });
        if (refused[0] != null) {
            throw refused[0];
        }
    }

    /** A restart: its note waits for the restart's root, the node it is about, which comes next. */
    void restart(Message message) {
        restarts++;
        pendingRestartNote = "restart " + restarts + (message.info() == null ? "" : ": " + message.info());
    }

    /**
     * How many child slots nodes opened that no node has filled: 0 once the tree is complete. Gecode
     * closes its connection without DONE, so a complete tree is how its end is told from a cut.
     */
    long unfilledSlots() {
        return openSlots;
    }

    boolean started() {
        return started;
    }

    private void add(TraceBuilder builder, Message message) throws TreeException {
        if (message.kids() < 0 || message.kids() > MAX_KIDS) {
            throw new TreeException(describe(message) + " opens " + message.kids() + " child slots; 0 to " + MAX_KIDS
                    + " are accepted");
        }
        Uid uid = new Uid(message.nid(), message.rid(), message.tid());
        boolean skipped = message.status() == Message.Status.SKIPPED;
        if (!skipped && nodes.containsKey(uid)) {
            throw new TreeException(describe(message) + " arrived twice; the second is ignored");
        }
        String beyond = budget.take((message.parentNid() < 0 ? 1 : 0) + (skipped ? 0 : message.kids()));
        if (beyond != null) {
            throw new TreeException(describe(message) + " is refused and the execution ended: " + beyond, true);
        }
        int node;
        if (message.parentNid() < 0) {
            node = addRoot(builder, message);
        } else {
            node = fillSlot(builder, message);
        }
        if (!skipped) {
            nodes.put(uid, node);
        }
        attach(builder, node, message);
    }

    private int addRoot(TraceBuilder builder, Message message) throws TreeException {
        if (!hasRestarts) {
            if (root >= 0) {
                throw new TreeException(describe(message) + " is a second root, but the START did not say "
                        + "has_restarts; the node is ignored");
            }
            root = builder.addNode(Integer.toString(builder.nodeCount()), -1, "node", NodeStatus.OPEN,
                    message.label(), null, Double.NaN);
            grow(root);
            return root;
        }
        int restartRoot = builder.addNode(Integer.toString(builder.nodeCount()), root, "node", NodeStatus.OPEN,
                message.label(), null, Double.NaN);
        grow(restartRoot);
        if (pendingRestartNote != null) {
            builder.note(restartRoot, pendingRestartNote, Double.NaN);
            pendingRestartNote = null;
        }
        return restartRoot;
    }

    private int fillSlot(TraceBuilder builder, Message message) throws TreeException {
        Integer parent = nodes.get(new Uid(message.parentNid(), message.parentRid(), message.parentTid()));
        if (parent == null) {
            throw new TreeException(describe(message) + " names parent " + uidText(message.parentNid(),
                    message.parentRid(), message.parentTid()) + ", which has not arrived; the node is ignored");
        }
        if (message.alt() < 0 || message.alt() >= slotCount[parent]) {
            throw new TreeException(describe(message) + " fills child slot " + message.alt() + " of a parent with "
                    + slotCount[parent] + " slots; the node is ignored");
        }
        int slot = firstSlot[parent] + message.alt();
        if (filled.get(slot)) {
            throw new TreeException(describe(message) + " fills child slot " + message.alt()
                    + ", which another node filled already; the node is ignored");
        }
        openSlots--;
        if (message.label() != null) {
            builder.setLabel(slot, message.label());
        }
        return slot;
    }

    /** Gives a node its status, texts and child slots, and moves the cursor to it. */
    private void attach(TraceBuilder builder, int node, Message message) {
        filled.set(node);
        if (message.nid() >= 0) {
            builder.setAttribute(node, "nid", (long) message.nid());
        }
        if (message.rid() > 0) {
            builder.setAttribute(node, "rid", (long) message.rid());
        }
        if (message.tid() > 0) {
            builder.setAttribute(node, "tid", (long) message.tid());
        }
        if (message.nogood() != null) {
            builder.setAttribute(node, "nogood", message.nogood());
        }
        if (message.info() != null) {
            builder.setText(node, message.info());
        }
        builder.moveCursorTo(node, Double.NaN);
        switch (message.status()) {
            case SOLVED -> builder.solution(node, Double.NaN);
            case FAILED -> builder.status(node, NodeStatus.FAILED, Double.NaN);
            case SKIPPED -> builder.status(node, NodeStatus.SKIPPED, Double.NaN);
            case BRANCH -> builder.status(node, NodeStatus.EXPANDED, Double.NaN);
        }
        if (message.kids() > 0 && message.status() != Message.Status.SKIPPED) {
            int first = builder.nodeCount();
            for (int alt = 0; alt < message.kids(); alt++) {
                builder.addNode(Integer.toString(builder.nodeCount()), node, "node", NodeStatus.OPEN, null, null,
                        Double.NaN);
            }
            grow(builder.nodeCount());
            firstSlot[node] = first;
            slotCount[node] = message.kids();
            openSlots += message.kids();
        }
    }

    private void grow(int nodeCount) {
        if (nodeCount >= firstSlot.length) {
            int size = Math.max(nodeCount + 1, firstSlot.length * 2);
            firstSlot = Arrays.copyOf(firstSlot, size);
            slotCount = Arrays.copyOf(slotCount, size);
        }
    }

    private static String describe(Message message) {
        return "node " + uidText(message.nid(), message.rid(), message.tid());
    }

    private static String uidText(int nid, int rid, int tid) {
        return nid + (rid > 0 ? " (restart " + rid + (tid > 0 ? ", thread " + tid : "") + ")"
                : tid > 0 ? " (thread " + tid + ")" : "");
    }

    /** A message the tree cannot take; the connection goes on unless it is fatal. */
    static final class TreeException extends Exception {
        private final boolean fatal;

        TreeException(String message) {
            this(message, false);
        }

        TreeException(String message, boolean fatal) {
            super(message);
            this.fatal = fatal;
        }

        /** Whether the execution must end here: reading on would exhaust memory. */
        boolean fatal() {
            return fatal;
        }
    }
}
