package org.retrace.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The growing event columns while a trace is built: a byte (type, and new status for status
 * events) and a node index per event, five bytes in all. Only metric and bound events carry
 * numbers; they live in separate columns sized by their own count, and times get a column only
 * once the first timed event arrives.
 */
final class EventLog {
    private byte[] code = new byte[1024];
    private int[] node = new int[1024];
    private double[] time;
    private int size;
    private int[] valuedEvent = new int[64];
    private int[] valuedKey = new int[64];
    private double[] value = new double[64];
    private double[] previous = new double[64];
    private int valuedCount;
    private final Map<Integer, String> notes = new HashMap<>();
    private final Map<Integer, Map<String, Object>> attributes = new HashMap<>();
    private final double[] lastBound = {Double.NaN, Double.NaN};

    int size() {
        return size;
    }

    void add(EventType eventType, int eventNode, double eventTime) {
        addCoded(eventType.ordinal(), eventNode, eventTime);
    }

    void addStatus(EventType eventType, int eventNode, NodeStatus newStatus, double eventTime) {
        addCoded(eventType.ordinal() | newStatus.ordinal() << Timeline.STATUS_SHIFT, eventNode, eventTime);
    }

    void addValued(EventType eventType, int eventNode, int key, double newValue, double oldValue, double eventTime) {
        if (valuedCount == valuedEvent.length) {
            int grown = valuedCount * 2;
            valuedEvent = Arrays.copyOf(valuedEvent, grown);
            valuedKey = Arrays.copyOf(valuedKey, grown);
            value = Arrays.copyOf(value, grown);
            previous = Arrays.copyOf(previous, grown);
        }
        valuedEvent[valuedCount] = size;
        valuedKey[valuedCount] = key;
        value[valuedCount] = newValue;
        previous[valuedCount] = oldValue;
        valuedCount++;
        if (eventType == EventType.BOUND) {
            lastBound[key] = newValue;
        }
        add(eventType, eventNode, eventTime);
    }

    private void addCoded(int eventCode, int eventNode, double eventTime) {
        if (size == code.length) {
            int grown = size * 2;
            code = Arrays.copyOf(code, grown);
            node = Arrays.copyOf(node, grown);
            time = time == null ? null : growNaN(time, grown);
        }
        code[size] = (byte) eventCode;
        node[size] = eventNode;
        if (!Double.isNaN(eventTime)) {
            if (time == null) {
                time = growNaN(new double[0], code.length);
            }
            time[size] = eventTime;
        }
        size++;
    }

    double lastBound(Bound bound) {
        return lastBound[bound.ordinal()];
    }

    void setNote(int event, String text) {
        notes.put(event, text == null ? "" : text);
    }

    void setAttribute(int event, String key, Object attributeValue) {
        attributes.computeIfAbsent(event, e -> new LinkedHashMap<>()).put(key, attributeValue);
    }

    Timeline toTimeline(byte[] initialStatus) {
        return timeline(initialStatus, notes, attributes);
    }

    /** The events so far as a timeline that later events do not change; costs O(events). */
    Timeline snapshot(byte[] initialStatus) {
        Map<Integer, Map<String, Object>> copiedAttributes = new HashMap<>();
        attributes.forEach((event, map) -> copiedAttributes.put(event, new LinkedHashMap<>(map)));
        return timeline(initialStatus, new HashMap<>(notes), copiedAttributes);
    }

    private Timeline timeline(byte[] initialStatus, Map<Integer, String> eventNotes,
            Map<Integer, Map<String, Object>> eventAttributes) {
        return new Timeline(size, Arrays.copyOf(code, size), Arrays.copyOf(node, size),
                time == null ? null : Arrays.copyOf(time, size),
                new Timeline.Values(Arrays.copyOf(valuedEvent, valuedCount), Arrays.copyOf(valuedKey, valuedCount),
                        Arrays.copyOf(value, valuedCount), Arrays.copyOf(previous, valuedCount)),
                eventNotes, eventAttributes, initialStatus);
    }

    private static double[] growNaN(double[] column, int length) {
        double[] grown = Arrays.copyOf(column, length);
        Arrays.fill(grown, column.length, length, Double.NaN);
        return grown;
    }
}
