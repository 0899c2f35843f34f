package org.retrace.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a trace says about itself: its name within the file, the kind of search (e.g. {@code mcts},
 * {@code branch-and-bound}), the text that reasoning steps point into with character offsets, and
 * any other header fields, kept as they were read.
 *
 * @param name the trace's name; empty for the only trace of a file
 * @param searchKind the kind of search, or empty
 * @param sourceText the text character offsets refer to, or empty
 * @param attributes other header fields, in file order
 */
public record TraceInfo(String name, String searchKind, String sourceText, Map<String, Object> attributes) {
    /** Missing texts are empty; attributes keep their order and may hold nulls, as JSON does. */
    public TraceInfo {
        name = Objects.requireNonNullElse(name, "");
        searchKind = Objects.requireNonNullElse(searchKind, "");
        sourceText = Objects.requireNonNullElse(sourceText, "");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public static TraceInfo named(String name) {
        return new TraceInfo(name, "", "", Map.of());
    }
}
