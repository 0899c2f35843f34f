package org.retrace.model;

import java.util.Map;

/**
 * The ordered events that say how the search produced its tree. A <em>position</em> p, from 0 to
 * {@link #size()}, is the moment after the first p events have happened; {@link #stateAt(int)}
 * answers what the search looked like then.
 *
 * <p>Indexes built once at load make any position's state reachable without replaying: each node's
 * status and metric changes are listed per node (found by binary search) and the cursor is
 * checkpointed every {@value #CHECKPOINT_INTERVAL} events. Memory: 9 bytes an event, 16 more for
 * events with a value, plus 4 per node and 4 per node change for the index.
 */
public final class Timeline {
    static final int CHECKPOINT_INTERVAL = 64;

    private final int size;
    private final byte[] type;
    private final int[] node;
    private final int[] aux;
    private final double[] value;
    private final double[] previous;
    private final double[] time;
    private final Map<Integer, String> notes;
    private final Map<Integer, Map<String, Object>> attributes;
    private final int[] changeStart;
    private final int[] changeEvents;
    private final int[] cursorCheckpoints;
    private final int[] boundEvents;
    private final int backtrackCount;
    private final boolean synthetic;

    Timeline(int size, byte[] type, int[] node, int[] aux, double[] value, double[] previous, double[] time,
            Map<Integer, String> notes, Map<Integer, Map<String, Object>> attributes, int nodeCount) {
        this.size = size;
        this.type = type;
        this.node = node;
        this.aux = aux;
        this.value = value;
        this.previous = previous;
        this.time = time;
        this.notes = Map.copyOf(notes);
        this.attributes = Map.copyOf(attributes);
        this.changeStart = new int[nodeCount + 1];
        int changes = 0;
        int bounds = 0;
        int backtracks = 0;
        boolean onlyCreations = true;
        for (int e = 0; e < size; e++) {
            EventType eventType = EventType.ofCode(type[e]);
            if (eventType.changesNode()) {
                changeStart[node[e] + 1]++;
                changes++;
            } else if (eventType == EventType.BOUND) {
                bounds++;
            } else if (eventType == EventType.BACKTRACK) {
                backtracks++;
            }
            onlyCreations &= eventType == EventType.NODE;
        }
        this.backtrackCount = backtracks;
        this.synthetic = onlyCreations;
        for (int n = 0; n < nodeCount; n++) {
            changeStart[n + 1] += changeStart[n];
        }
        this.changeEvents = new int[changes];
        this.boundEvents = new int[bounds];
        this.cursorCheckpoints = new int[size / CHECKPOINT_INTERVAL + 1];
        int[] fill = java.util.Arrays.copyOf(changeStart, nodeCount);
        int boundFill = 0;
        int cursor = -1;
        for (int e = 0; e < size; e++) {
            if (e % CHECKPOINT_INTERVAL == 0) {
                cursorCheckpoints[e / CHECKPOINT_INTERVAL] = cursor;
            }
            EventType eventType = EventType.ofCode(type[e]);
            if (eventType.changesNode()) {
                changeEvents[fill[node[e]]++] = e;
            } else if (eventType == EventType.BOUND) {
                boundEvents[boundFill++] = e;
            } else if (eventType.movesCursor()) {
                cursor = node[e];
            }
        }
        if (size % CHECKPOINT_INTERVAL == 0) {
            cursorCheckpoints[size / CHECKPOINT_INTERVAL] = cursor;
        }
    }

    /** The number of events. */
    public int size() {
        return size;
    }

    /** The number of backtrack events. */
    public int backtrackCount() {
        return backtrackCount;
    }

    /** True when the input had no events and this timeline only creates the nodes in order. */
    public boolean isSynthetic() {
        return synthetic;
    }

    public EventType type(int event) {
        return EventType.ofCode(type[checkEvent(event)]);
    }

    /**
     * The node an event is about: the created, visited, changed or noted node; for a backtrack, the
     * ancestor it returns to; -1 for bound changes and notes about the whole search.
     */
    public int node(int event) {
        return node[checkEvent(event)];
    }

    /** For a backtrack, the node the cursor leaves; -1 for other events. */
    public int backtrackOrigin(int event) {
        return type(event) == EventType.BACKTRACK ? aux[event] : -1;
    }

    /** For a status or solution event, the status after it; otherwise null. */
    public NodeStatus newStatus(int event) {
        return isStatusChange(event) ? NodeStatus.ofCode(aux[event] & 0xff) : null;
    }

    /** For a status or solution event, the status before it; otherwise null. */
    public NodeStatus previousStatus(int event) {
        return isStatusChange(event) ? NodeStatus.ofCode(aux[event] >>> 8) : null;
    }

    /** For a metric event, the index of its metric column ({@link Trace#metricNames()}); otherwise -1. */
    public int metricColumn(int event) {
        return type(event) == EventType.METRIC ? aux[event] : -1;
    }

    /** For a bound event, which bound; otherwise null. */
    public Bound bound(int event) {
        return type(event) == EventType.BOUND ? Bound.ofCode(aux[event]) : null;
    }

    /** For a metric or bound event, the value after it; otherwise NaN. */
    public double value(int event) {
        checkEvent(event);
        return value == null ? Double.NaN : value[event];
    }

    /** For a metric or bound event, the value before it (NaN when there was none). */
    public double previousValue(int event) {
        checkEvent(event);
        return previous == null ? Double.NaN : previous[event];
    }

    /** Seconds since the search started, or NaN when the input gave no time. */
    public double time(int event) {
        checkEvent(event);
        return time == null ? Double.NaN : time[event];
    }

    /** True when at least one event carries a time. */
    public boolean hasTimes() {
        return time != null;
    }

    /** The text of a note event, or null. */
    public String note(int event) {
        return notes.get(checkEvent(event));
    }

    /** The free attributes of an event (empty when it has none). */
    public Map<String, Object> attributes(int event) {
        return attributes.getOrDefault(checkEvent(event), Map.of());
    }

    /** The cursor after the first {@code position} events, or -1; costs at most 64 steps. */
    int cursorAt(int position) {
        int checkpoint = position / CHECKPOINT_INTERVAL;
        int cursor = cursorCheckpoints[checkpoint];
        for (int e = checkpoint * CHECKPOINT_INTERVAL; e < position; e++) {
            if (EventType.ofCode(type[e]).movesCursor()) {
                cursor = node[e];
            }
        }
        return cursor;
    }

    /** The status of {@code n} after the first {@code position} events; {@code finalStatus} if unchanged. */
    NodeStatus statusAt(int n, int position, NodeStatus finalStatus) {
        int first = changeStart[n];
        int end = changeStart[n + 1];
        int split = firstAtOrAfter(changeEvents, first, end, position);
        for (int k = split - 1; k >= first; k--) {
            if (isStatusChange(changeEvents[k])) {
                return NodeStatus.ofCode(aux[changeEvents[k]] & 0xff);
            }
        }
        for (int k = split; k < end; k++) {
            if (isStatusChange(changeEvents[k])) {
                return NodeStatus.ofCode(aux[changeEvents[k]] >>> 8);
            }
        }
        return finalStatus;
    }

    /** Metric {@code column} of {@code n} after the first {@code position} events. */
    double metricAt(int n, int column, int position, double finalValue) {
        int first = changeStart[n];
        int end = changeStart[n + 1];
        int split = firstAtOrAfter(changeEvents, first, end, position);
        for (int k = split - 1; k >= first; k--) {
            int e = changeEvents[k];
            if (type[e] == EventType.METRIC.ordinal() && aux[e] == column) {
                return value[e];
            }
        }
        for (int k = split; k < end; k++) {
            int e = changeEvents[k];
            if (type[e] == EventType.METRIC.ordinal() && aux[e] == column) {
                return previous[e];
            }
        }
        return finalValue;
    }

    /** The value of {@code bound} after the first {@code position} events, or NaN. */
    double boundAt(Bound bound, int position) {
        int split = firstAtOrAfter(boundEvents, 0, boundEvents.length, position);
        for (int k = split - 1; k >= 0; k--) {
            if (aux[boundEvents[k]] == bound.ordinal()) {
                return value[boundEvents[k]];
            }
        }
        return Double.NaN;
    }

    private boolean isStatusChange(int event) {
        return type[event] == EventType.STATUS.ordinal() || type[event] == EventType.SOLUTION.ordinal();
    }

    private int checkEvent(int event) {
        if (event < 0 || event >= size) {
            throw new IllegalArgumentException("event " + event + " is outside 0.." + (size - 1));
        }
        return event;
    }

    /** The first k in [from, to) with sorted[k] >= key, or to. */
    private static int firstAtOrAfter(int[] sorted, int from, int to, int key) {
        int low = from;
        int high = to;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
