package org.retrace.model;

import java.nio.charset.StandardCharsets;

/**
 * Finds a node by its id in O(1) expected time. Open addressing over one {@code int[]} whose keys
 * live in the trace's id column: about eight bytes a node, where a {@code HashMap<String,Integer>}
 * costs about a hundred.
 */
final class IdIndex {
    private final StringColumn ids;
    private int[] slots = new int[64];
    private int count;

    IdIndex(StringColumn ids) {
        this.ids = ids;
    }

    /** An independent copy over {@code copiedIds}, which must hold the same ids; costs O(slots). */
    IdIndex copy(StringColumn copiedIds) {
        IdIndex copy = new IdIndex(copiedIds);
        copy.slots = slots.clone();
        copy.count = count;
        return copy;
    }

    /**
     * The node with this id, or -1; costs O(1) expected and O(length of id). ASCII ids, nearly all
     * of them, are hashed and compared straight from the string: lookups happen for every event,
     * and encoding each id first doubled their cost.
     */
    int find(String id) {
        int guess = positionNamed(id);
        if (guess >= 0) {
            return guess;
        }
        if (!isAscii(id)) {
            return find(id.getBytes(StandardCharsets.UTF_8));
        }
        int mask = slots.length - 1;
        for (int slot = StringColumn.hash(id) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            if (ids.asciiEqual(entry - 1, id)) {
                return entry - 1;
            }
        }
    }

    /**
     * Most writers number nodes in creation order, from 0 or from 1, so a decimal id usually names
     * its own position. Checking that first costs no random memory access, where a hash probe into
     * a table of a million slots misses the cache: this halved the cost of loading large logs.
     */
    private int positionNamed(String id) {
        int length = id.length();
        if (length == 0 || length > 9 || (length > 1 && id.charAt(0) == '0')) {
            return -1;
        }
        int number = 0;
        for (int i = 0; i < length; i++) {
            char digit = id.charAt(i);
            if (digit < '0' || digit > '9') {
                return -1;
            }
            number = number * 10 + (digit - '0');
        }
        if (number < ids.size() && ids.asciiEqual(number, id)) {
            return number;
        }
        if (number > 0 && number - 1 < ids.size() && ids.asciiEqual(number - 1, id)) {
            return number - 1;
        }
        return -1;
    }

    private static boolean isAscii(String id) {
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    int find(byte[] id) {
        int mask = slots.length - 1;
        for (int slot = StringColumn.hash(id, 0, id.length) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            if (ids.bytesEqual(entry - 1, id)) {
                return entry - 1;
            }
        }
    }

    /** Records that node {@code node}, whose id is already in the id column, can be found. */
    void put(int node) {
        if ((count + 1) * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        insert(node);
        count++;
    }

    private void insert(int node) {
        int mask = slots.length - 1;
        int slot = ids.hash(node) & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = node + 1;
    }

    private void rehash(int capacity) {
        int[] old = slots;
        slots = new int[capacity];
        for (int entry : old) {
            if (entry != 0) {
                insert(entry - 1);
            }
        }
    }
}
