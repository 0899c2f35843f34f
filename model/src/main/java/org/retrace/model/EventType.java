package org.retrace.model;

import java.util.Locale;

/** What one timeline event does. The wire name is the value of {@code "ev"} in the native format. */
public enum EventType {
    /** A node comes into existence; it does not move the cursor. */
    NODE,
    /** The cursor moves to a node (the search visits or expands it). */
    VISIT,
    /** The cursor returns from a node to one of its ancestors. */
    BACKTRACK,
    /** A node's status changes. */
    STATUS,
    /** A node's numeric metric changes (e.g. MCTS backpropagation). */
    METRIC,
    /** A node is found to be a solution; its status becomes {@link NodeStatus#SOLUTION}. */
    SOLUTION,
    /** A global bound changes (incumbent or best bound). */
    BOUND,
    /** A free note, optionally about a node. */
    NOTE;

    private static final EventType[] VALUES = values();

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The event type with this wire name, or {@code null}. */
    public static EventType fromWireName(String word) {
        for (EventType type : VALUES) {
            if (type.wireName().equals(word)) {
                return type;
            }
        }
        return null;
    }

    public static EventType ofCode(int code) {
        return VALUES[code];
    }

    /** True for events that move the cursor. */
    boolean movesCursor() {
        return this == VISIT || this == BACKTRACK;
    }
}
