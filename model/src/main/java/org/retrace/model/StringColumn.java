package org.retrace.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Strings packed as UTF-8 into one byte array, addressed by position. A million short labels cost
 * their bytes plus four bytes each, against about fifty bytes each as {@code String} objects, which
 * is what keeps the model within its memory budget. Absent values are stored as empty strings.
 */
final class StringColumn {
    private byte[] bytes = new byte[256];
    private int byteCount;
    private int[] ends = new int[64];
    private int size;

    /** Appends {@code value} ({@code null} as empty); costs O(length) amortised. */
    int add(String value) {
        return addBytes(value == null || value.isEmpty() ? EMPTY : value.getBytes(StandardCharsets.UTF_8));
    }

    int addBytes(byte[] value) {
        if (byteCount + value.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(byteCount + value.length, bytes.length * 2));
        }
        System.arraycopy(value, 0, bytes, byteCount, value.length);
        byteCount += value.length;
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
        }
        ends[size] = byteCount;
        return size++;
    }

    /** Appends {@code count} empty strings; costs O(count). */
    void addEmpty(int count) {
        if (size + count > ends.length) {
            ends = Arrays.copyOf(ends, Math.max(size + count, ends.length * 2));
        }
        Arrays.fill(ends, size, size + count, byteCount);
        size += count;
    }

    int size() {
        return size;
    }

    /** The string at {@code index}; costs O(length) and allocates it. */
    String get(int index) {
        int start = start(index);
        return new String(bytes, start, ends[index] - start, StandardCharsets.UTF_8);
    }

    boolean isEmpty(int index) {
        return ends[index] == start(index);
    }

    boolean bytesEqual(int index, byte[] other) {
        int start = start(index);
        return Arrays.equals(bytes, start, ends[index], other, 0, other.length);
    }

    int hash(int index) {
        return hash(bytes, start(index), ends[index]);
    }

    static int hash(byte[] data, int from, int to) {
        int h = 0x9747b28c;
        for (int i = from; i < to; i++) {
            h = (h ^ data[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }

    /** Drops spare capacity once loading is done. */
    void trim() {
        bytes = Arrays.copyOf(bytes, byteCount);
        ends = Arrays.copyOf(ends, size);
    }

    private int start(int index) {
        return index == 0 ? 0 : ends[index - 1];
    }

    private static final byte[] EMPTY = new byte[0];
}
