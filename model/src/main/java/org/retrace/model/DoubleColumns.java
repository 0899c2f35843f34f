package org.retrace.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Named columns of doubles, one value per row, {@code NaN} where a row has none. A column is
 * allocated only when its first value arrives, so a trace pays only for the metrics it has.
 */
final class DoubleColumns {
    private final List<String> names = new ArrayList<>();
    private final List<double[]> columns = new ArrayList<>();
    private int capacity;

    DoubleColumns(int capacity) {
        this.capacity = capacity;
    }

    /** The index of column {@code name}, creating it filled with NaN if needed. */
    int columnIndex(String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            names.add(name);
            double[] column = new double[capacity];
            Arrays.fill(column, Double.NaN);
            columns.add(column);
            index = names.size() - 1;
        }
        return index;
    }

    /** The index of column {@code name}, or -1 if no row has that value. */
    int find(String name) {
        return names.indexOf(name);
    }

    List<String> names() {
        return names;
    }

    double get(int column, int row) {
        return columns.get(column)[row];
    }

    void set(int column, int row, double value) {
        columns.get(column)[row] = value;
    }

    /** Makes room for {@code rows} rows; new rows hold NaN. */
    void ensureCapacity(int rows) {
        if (rows <= capacity) {
            return;
        }
        int grown = Math.max(rows, capacity * 2);
        for (int i = 0; i < columns.size(); i++) {
            double[] column = Arrays.copyOf(columns.get(i), grown);
            Arrays.fill(column, capacity, grown, Double.NaN);
            columns.set(i, column);
        }
        capacity = grown;
    }

    /** An independent copy of the first {@code rows} rows; costs O(columns x rows). */
    DoubleColumns copy(int rows) {
        DoubleColumns copy = new DoubleColumns(rows);
        copy.names.addAll(names);
        for (double[] column : columns) {
            copy.columns.add(Arrays.copyOf(column, rows));
        }
        return copy;
    }

    void trim(int rows) {
        for (int i = 0; i < columns.size(); i++) {
            columns.set(i, Arrays.copyOf(columns.get(i), rows));
        }
        capacity = rows;
    }
}
