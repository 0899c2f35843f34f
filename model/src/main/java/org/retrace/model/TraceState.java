package org.retrace.model;

/**
 * The search as it stood at one position of the timeline: which nodes existed, their status and
 * metrics, where the cursor was. Obtained in O(1) from {@link Trace#stateAt(int)}; every query is
 * answered from the timeline's indexes without replaying events.
 */
public final class TraceState {
    private final Trace trace;
    private final Timeline timeline;
    private final int position;

    TraceState(Trace trace, Timeline timeline, int position) {
        this.trace = trace;
        this.timeline = timeline;
        this.position = position;
    }

    /** How many events have happened. */
    public int position() {
        return position;
    }

    /** How many nodes exist; costs O(log n), since nodes are numbered in creation order. */
    public int nodeCount() {
        int low = 0;
        int high = trace.nodeCount();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (trace.createdAt(mid) < position) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** True when {@code node} has been created; costs O(1). */
    public boolean exists(int node) {
        return trace.createdAt(node) < position;
    }

    /** The node's status at this position, or null when it does not exist yet; costs O(log c). */
    public NodeStatus status(int node) {
        if (!exists(node)) {
            return null;
        }
        return timeline.statusAt(node, position);
    }

    /** The node's metric at this position, NaN when absent or not created yet; costs O(log c). */
    public double metric(int node, String name) {
        int column = trace.metricColumn(name);
        if (column < 0 || !exists(node)) {
            return Double.NaN;
        }
        return timeline.metricAt(node, column, position, trace.metric(node, column));
    }

    /** The node the search is at, or -1 before its first visit; costs at most 64 steps. */
    public int cursor() {
        return timeline.cursorAt(position);
    }

    /** The nodes from the root to the cursor (empty before the first visit); costs O(depth). */
    public int[] pathToCursor() {
        int cursor = cursor();
        return cursor < 0 ? new int[0] : trace.pathFromRoot(cursor);
    }

    /** A global bound's value at this position, or NaN when none was reported yet; costs O(log b). */
    public double bound(Bound bound) {
        return timeline.boundAt(bound, position);
    }
}
