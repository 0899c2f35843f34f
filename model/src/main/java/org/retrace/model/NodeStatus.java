package org.retrace.model;

import java.util.Locale;

/** Where a node stands in the search. The wire name is the lower-case word used in files. */
public enum NodeStatus {
    OPEN, EXPANDED, SOLUTION, FAILED, PRUNED, SKIPPED, UNKNOWN;

    private static final NodeStatus[] VALUES = values();

    /** The word files use for this status, e.g. {@code "failed"}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status with this wire name, or {@code null} when the word is not a status. */
    public static NodeStatus fromWireName(String word) {
        for (NodeStatus status : VALUES) {
            if (status.wireName().equalsIgnoreCase(word)) {
                return status;
            }
        }
        return null;
    }

    /** The status stored as {@code code}; costs O(1) and allocates nothing. */
    public static NodeStatus ofCode(int code) {
        return VALUES[code];
    }

    /** The list of wire names, for error messages. */
    public static String wireNames() {
        StringBuilder names = new StringBuilder();
        for (NodeStatus status : VALUES) {
            if (names.length() > 0) {
                names.append(", ");
            }
            names.append(status.wireName());
        }
        return names.toString();
    }
}
