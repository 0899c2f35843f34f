package org.retrace.live.cpprofiler;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many nodes one connection may make Retrace build, tied to what it sent: a message of a few
 * bytes may open 65,536 child slots, so without a bound 4 KB became 6.6 million nodes. An
 * execution may have {@value #BASE} nodes plus {@value #PER_BYTE} per byte received (a real solver
 * sends 30 to 60 bytes a node, so it never comes near), and all executions being read share a
 * total. Costs O(1) per message.
 */
final class NodeBudget {
    /** Nodes any execution may have, whatever it sent: two full fans of the widest branching. */
    static final long BASE = 2L * TreeAssembly.MAX_KIDS;
    /** Nodes each byte received earns. */
    static final long PER_BYTE = 4;

    private final AtomicLong shared;
    private final long sharedLimit;
    private long used;
    private long received;

    /** A budget drawing on {@code shared}, the nodes of all executions being read, at most {@code sharedLimit}. */
    NodeBudget(AtomicLong shared, long sharedLimit) {
        this.shared = shared;
        this.sharedLimit = sharedLimit;
    }

    /** A budget of its own, for an execution read alone. */
    static NodeBudget alone(long limit) {
        return new NodeBudget(new AtomicLong(), limit);
    }

    /** The connection has sent {@code bytes} bytes so far. */
    void received(long bytes) {
        received = bytes;
    }

    /** Takes {@code nodes} more, or says why they are beyond the budget (null when taken). */
    String take(long nodes) {
        long earned = BASE + PER_BYTE * received;
        if (used + nodes > earned) {
            return "it would have " + (used + nodes) + " nodes after sending " + received + " bytes, more than the "
                    + BASE + " + " + PER_BYTE + " per byte a connection may make Retrace build";
        }
        if (shared.addAndGet(nodes) > sharedLimit) {
            shared.addAndGet(-nodes);
            return "the executions being read hold " + sharedLimit + " nodes, the most Retrace keeps at once";
        }
        used += nodes;
        return null;
    }

    /** The execution ended: its nodes no longer count against the shared total. */
    void release() {
        shared.addAndGet(-used);
        used = 0;
    }
}
