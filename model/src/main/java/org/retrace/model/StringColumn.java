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

    /** Compares by hand: ids are a few bytes long, too short for the vectorised Arrays.equals to pay. */
    boolean bytesEqual(int index, byte[] other) {
        int start = start(index);
        if (ends[index] - start != other.length) {
            return false;
        }
        for (int i = other.length - 1; i >= 0; i--) {
            if (bytes[start + i] != other[i]) {
                return false;
            }
        }
        return true;
    }

    /** Like {@link #bytesEqual} for an ASCII string, whose chars equal its UTF-8 bytes. */
    boolean asciiEqual(int index, String ascii) {
        int start = start(index);
        if (ends[index] - start != ascii.length()) {
            return false;
        }
        for (int i = ascii.length() - 1; i >= 0; i--) {
            if (bytes[start + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    int hash(int index) {
        return hash(bytes, start(index), ends[index]);
    }

    /** A hash whose low bits are well mixed, since {@link IdIndex} probes linearly on them. */
    static int hash(byte[] data, int from, int to) {
        int h = 0x9747b28c;
        for (int i = from; i < to; i++) {
            h = 31 * h + data[i];
        }
        return mix(h);
    }

    /** The same hash as {@link #hash(byte[], int, int)} of the string's UTF-8 bytes, for an ASCII string. */
    static int hash(String ascii) {
        int h = 0x9747b28c;
        for (int i = 0; i < ascii.length(); i++) {
            h = 31 * h + (byte) ascii.charAt(i);
        }
        return mix(h);
    }

    private static int mix(int hash) {
        int h = hash;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    /** An independent copy without spare capacity; costs O(bytes + size). */
    StringColumn copy() {
        StringColumn copy = new StringColumn();
        copy.bytes = Arrays.copyOf(bytes, byteCount);
        copy.byteCount = byteCount;
        copy.ends = Arrays.copyOf(ends, Math.max(size, 1));
        copy.size = size;
        return copy;
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
