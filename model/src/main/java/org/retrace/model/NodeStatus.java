package org.retrace.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Where a node stands in the search. The wire name is the lower-case word used in files. */
public enum NodeStatus {
    OPEN, EXPANDED, SOLUTION, FAILED, PRUNED, SKIPPED, UNKNOWN;

    private static final NodeStatus[] VALUES = values();

    /** The word files use for this status, e.g. {@code "failed"}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static final Map<String, NodeStatus> BY_WIRE_NAME = Arrays.stream(VALUES)
            .collect(Collectors.toUnmodifiableMap(NodeStatus::wireName, status -> status));

    /** The status with this wire name (in any case), or {@code null} when the word is not a status. */
    public static NodeStatus fromWireName(String word) {
        NodeStatus exact = BY_WIRE_NAME.get(word);
        return exact != null ? exact : BY_WIRE_NAME.get(word.toLowerCase(Locale.ROOT));
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
