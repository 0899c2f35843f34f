package org.retrace.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The growing event columns while a trace is built. Values, previous values and times get a column
 * only once the first event needs one, so a plain tree-search log pays nine bytes an event.
 */
final class EventLog {
    private byte[] type = new byte[1024];
    private int[] node = new int[1024];
    private int[] aux = new int[1024];
    private double[] value;
    private double[] previous;
    private double[] time;
    private int size;
    private final Map<Integer, String> notes = new HashMap<>();
    private final Map<Integer, Map<String, Object>> attributes = new HashMap<>();
    private final double[] lastBound = {Double.NaN, Double.NaN};

    int size() {
        return size;
    }

    void add(EventType eventType, int eventNode, int eventAux, double eventTime) {
        if (size == type.length) {
            int grown = size * 2;
            type = Arrays.copyOf(type, grown);
            node = Arrays.copyOf(node, grown);
            aux = Arrays.copyOf(aux, grown);
            value = value == null ? null : Arrays.copyOf(value, grown);
            previous = previous == null ? null : Arrays.copyOf(previous, grown);
            time = time == null ? null : growNaN(time, grown);
        }
        type[size] = (byte) eventType.ordinal();
        node[size] = eventNode;
        aux[size] = eventAux;
        if (!Double.isNaN(eventTime)) {
            if (time == null) {
                time = growNaN(new double[0], type.length);
            }
            time[size] = eventTime;
        }
        size++;
    }

    void addValued(EventType eventType, int eventNode, int eventAux, double newValue, double oldValue,
            double eventTime) {
        add(eventType, eventNode, eventAux, eventTime);
        if (value == null) {
            value = new double[type.length];
            previous = new double[type.length];
        }
        value[size - 1] = newValue;
        previous[size - 1] = oldValue;
        if (eventType == EventType.BOUND) {
            lastBound[eventAux] = newValue;
        }
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

    Timeline toTimeline(int nodeCount) {
        return new Timeline(size, Arrays.copyOf(type, size), Arrays.copyOf(node, size), Arrays.copyOf(aux, size),
                value == null ? null : Arrays.copyOf(value, size),
                previous == null ? null : Arrays.copyOf(previous, size),
                time == null ? null : Arrays.copyOf(time, size), notes, attributes, nodeCount);
    }

    private static double[] growNaN(double[] column, int length) {
        double[] grown = Arrays.copyOf(column, length);
        Arrays.fill(grown, column.length, length, Double.NaN);
        return grown;
    }
}
