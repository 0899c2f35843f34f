package org.retrace.model;

import java.util.Arrays;
import java.util.Map;

/**
 * The ordered events that say how the search produced its tree. A <em>position</em> p, from 0 to
 * {@link #size()}, is the moment after the first p events have happened; {@link Trace#stateAt(int)}
 * answers what the search looked like then.
 *
 * <p>Indexes built once at load make any position's state reachable without replaying: each node's
 * status changes, and each of its metrics' changes, are a time-ordered slice found by binary search,
 * and the cursor is checkpointed every {@value #CHECKPOINT_INTERVAL} events. Memory: 5 bytes an
 * event, 28 more for a metric or bound event, 8 more for every event once any has a time, plus 13
 * per node (initial status, index starts, first visit) and 4 per status change for the indexes.
 */
public final class Timeline {
    static final int CHECKPOINT_INTERVAL = 64;
    static final int STATUS_SHIFT = 4;
    private static final int TYPE_MASK = (1 << STATUS_SHIFT) - 1;

    private final int size;
    private final byte[] code;
    private final int[] node;
    private final double[] time;
    private final Values values;
    private final Map<Integer, String> notes;
    private final Map<Integer, Map<String, Object>> attributes;
    private final byte[] initialStatus;
    private final int[] statusStart;
    private final int[] statusEvents;
    private final int[] metricStart;
    private final int[] metricRows;
    private final int[] cursorCheckpoints;
    private final int[][] boundRows;
    private final int[] firstVisit;
    private final int backtrackCount;
    private final boolean synthetic;

    /** The numbers of metric and bound events, in event order: one row per such event. */
    record Values(int[] event, int[] key, double[] value, double[] previous) {
    }

    Timeline(int size, byte[] code, int[] node, double[] time, Values values, Map<Integer, String> notes,
            Map<Integer, Map<String, Object>> attributes, byte[] initialStatus) {
        this.size = size;
        this.code = code;
        this.node = node;
        this.time = time;
        this.values = values;
        this.notes = Map.copyOf(notes);
        this.attributes = Map.copyOf(attributes);
        this.initialStatus = initialStatus;
        int nodeCount = initialStatus.length;
        this.statusStart = new int[nodeCount + 1];
        this.metricStart = new int[nodeCount + 1];
        int backtracks = 0;
        boolean onlyCreations = true;
        for (int e = 0; e < size; e++) {
            EventType type = type(e);
            if (type == EventType.STATUS || type == EventType.SOLUTION) {
                statusStart[node[e] + 1]++;
            } else if (type == EventType.METRIC) {
                metricStart[node[e] + 1]++;
            } else if (type == EventType.BACKTRACK) {
                backtracks++;
            }
            onlyCreations &= type == EventType.NODE;
        }
        this.backtrackCount = backtracks;
        this.synthetic = onlyCreations;
        for (int n = 0; n < nodeCount; n++) {
            statusStart[n + 1] += statusStart[n];
            metricStart[n + 1] += metricStart[n];
        }
        this.statusEvents = new int[statusStart[nodeCount]];
        this.metricRows = new int[metricStart[nodeCount]];
        this.cursorCheckpoints = new int[size / CHECKPOINT_INTERVAL + 1];
        this.firstVisit = new int[nodeCount];
        Arrays.fill(firstVisit, Integer.MAX_VALUE);
        int[] statusFill = Arrays.copyOf(statusStart, nodeCount);
        int cursor = -1;
        for (int e = 0; e < size; e++) {
            if (e % CHECKPOINT_INTERVAL == 0) {
                cursorCheckpoints[e / CHECKPOINT_INTERVAL] = cursor;
            }
            EventType type = type(e);
            if (type == EventType.STATUS || type == EventType.SOLUTION) {
                statusEvents[statusFill[node[e]]++] = e;
            } else if (type.movesCursor()) {
                cursor = node[e];
                firstVisit[cursor] = Math.min(firstVisit[cursor], e);
            }
        }
        if (size % CHECKPOINT_INTERVAL == 0) {
            cursorCheckpoints[size / CHECKPOINT_INTERVAL] = cursor;
        }
        this.boundRows = indexValueRows(nodeCount);
    }

    /**
     * Files each metric row under its node, sorted by column and then by time, so that one metric of
     * one node is a contiguous, time-ordered slice; returns the rows of each bound, in time order.
     */
    private int[][] indexValueRows(int nodeCount) {
        int[] metricFill = Arrays.copyOf(metricStart, nodeCount);
        int[] boundCount = new int[Bound.values().length];
        for (int row = 0; row < values.event().length; row++) {
            int event = values.event()[row];
            if (type(event) == EventType.METRIC) {
                metricRows[metricFill[node[event]]++] = row;
            } else {
                boundCount[values.key()[row]]++;
            }
        }
        for (int n = 0; n < nodeCount; n++) {
            sortByColumn(metricStart[n], metricStart[n + 1]);
        }
        int[][] rows = new int[boundCount.length][];
        int[] boundFill = new int[boundCount.length];
        for (int b = 0; b < rows.length; b++) {
            rows[b] = new int[boundCount[b]];
        }
        for (int row = 0; row < values.event().length; row++) {
            if (type(values.event()[row]) == EventType.BOUND) {
                int b = values.key()[row];
                rows[b][boundFill[b]++] = row;
            }
        }
        return rows;
    }

    /** Insertion sort by column, stable so that rows stay in time order; a node's slice is short. */
    private void sortByColumn(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int row = metricRows[i];
            int column = values.key()[row];
            int j = i - 1;
            while (j >= from && values.key()[metricRows[j]] > column) {
                metricRows[j + 1] = metricRows[j];
                j--;
            }
            metricRows[j + 1] = row;
        }
    }

    /**
     * The first event that moved the cursor onto {@code node}, or {@link Integer#MAX_VALUE} if the
     * cursor never went there; costs O(1).
     */
    public int firstVisit(int node) {
        return firstVisit[node];
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
        return EventType.ofCode(code[checkEvent(event)] & TYPE_MASK);
    }

    /**
     * The node an event is about: the created, visited, changed or noted node; for a backtrack, the
     * ancestor it returns to; -1 for bound changes and notes about the whole search.
     */
    public int node(int event) {
        return node[checkEvent(event)];
    }

    /** For a backtrack, the node the cursor leaves (where the cursor was); -1 for other events. Costs at most 64 steps. */
    public int backtrackOrigin(int event) {
        return type(event) == EventType.BACKTRACK ? cursorAt(event) : -1;
    }

    /** For a status or solution event, the status after it; otherwise null. */
    public NodeStatus newStatus(int event) {
        return isStatusChange(event) ? NodeStatus.ofCode(code[event] >> STATUS_SHIFT) : null;
    }

    /** The status {@code node} was created with; costs O(1). */
    public NodeStatus initialStatus(int node) {
        return NodeStatus.ofCode(initialStatus[node]);
    }

    /** For a status or solution event, the status before it; otherwise null. Costs O(log c). */
    public NodeStatus previousStatus(int event) {
        return isStatusChange(event) ? statusAt(node[event], event) : null;
    }

    /** For a metric event, the index of its metric column ({@link Trace#metricNames()}); otherwise -1. O(log v). */
    public int metricColumn(int event) {
        return type(event) == EventType.METRIC ? values.key()[valueRow(event)] : -1;
    }

    /** For a bound event, which bound; otherwise null. Costs O(log v). */
    public Bound bound(int event) {
        return type(event) == EventType.BOUND ? Bound.ofCode(values.key()[valueRow(event)]) : null;
    }

    /** For a metric or bound event, the value after it; otherwise NaN. Costs O(log v). */
    public double value(int event) {
        int row = valueRow(checkEvent(event));
        return row < 0 ? Double.NaN : values.value()[row];
    }

    /** For a metric or bound event, the value before it (NaN when there was none). Costs O(log v). */
    public double previousValue(int event) {
        int row = valueRow(checkEvent(event));
        return row < 0 ? Double.NaN : values.previous()[row];
    }

    /** Seconds since the search started, or NaN when the input gave no time. */
    public double time(int event) {
        checkEvent(event);
        return time == null ? Double.NaN : time[event];
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
            if (type(e).movesCursor()) {
                cursor = node[e];
            }
        }
        return cursor;
    }

    /** The status of {@code n} after the first {@code position} events; costs O(log c). */
    NodeStatus statusAt(int n, int position) {
        int first = statusStart[n];
        int split = firstEventAtOrAfter(statusEvents, first, statusStart[n + 1], position, false);
        return split > first ? NodeStatus.ofCode(code[statusEvents[split - 1]] >> STATUS_SHIFT)
                : NodeStatus.ofCode(initialStatus[n]);
    }

    /**
     * Metric {@code column} of {@code n} after the first {@code position} events: the last change
     * before it, else the value before the first change, else {@code finalValue}. Costs O(log c).
     */
    double metricAt(int n, int column, int position, double finalValue) {
        int from = firstOfColumn(metricStart[n], metricStart[n + 1], column);
        int to = firstOfColumn(from, metricStart[n + 1], column + 1);
        if (from == to) {
            return finalValue;
        }
        int split = firstEventAtOrAfter(metricRows, from, to, position, true);
        return split > from ? values.value()[metricRows[split - 1]] : values.previous()[metricRows[from]];
    }

    /** The value of {@code bound} after the first {@code position} events, or NaN; costs O(log b). */
    double boundAt(Bound bound, int position) {
        int[] rows = boundRows[bound.ordinal()];
        int split = firstEventAtOrAfter(rows, 0, rows.length, position, true);
        return split == 0 ? Double.NaN : values.value()[rows[split - 1]];
    }

    /** The first k in [from, to) whose metric row's column is at least {@code column}. */
    private int firstOfColumn(int from, int to, int column) {
        int low = from;
        int high = to;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (values.key()[metricRows[mid]] < column) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * The first k in [from, to) whose event is at or after {@code position}; the entries are events,
     * or value rows when {@code rows} is set, in time order either way.
     */
    private int firstEventAtOrAfter(int[] entries, int from, int to, int position, boolean rows) {
        int low = from;
        int high = to;
        while (low < high) {
            int mid = (low + high) >>> 1;
            int event = rows ? values.event()[entries[mid]] : entries[mid];
            if (event < position) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The row of {@code event} in {@link #values}, or -1 when it carries no number. */
    private int valueRow(int event) {
        int row = Arrays.binarySearch(values.event(), event);
        return row < 0 ? -1 : row;
    }

    private boolean isStatusChange(int event) {
        int type = code[checkEvent(event)] & TYPE_MASK;
        return type == EventType.STATUS.ordinal() || type == EventType.SOLUTION.ordinal();
    }

    private int checkEvent(int event) {
        if (event < 0 || event >= size) {
            throw new IllegalArgumentException("event " + event + " is outside 0.." + (size - 1));
        }
        return event;
    }
}
