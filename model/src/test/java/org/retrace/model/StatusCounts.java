package org.retrace.model;

/** Counts of final node statuses, which tests compare with counts read from the input by hand. */
public final class StatusCounts {
    private StatusCounts() {
    }

    /** How many nodes of {@code trace} end with {@code status}. */
    public static int of(Trace trace, NodeStatus status) {
        int count = 0;
        for (int node = 0; node < trace.nodeCount(); node++) {
            if (trace.status(node) == status) {
                count++;
            }
        }
        return count;
    }
}
