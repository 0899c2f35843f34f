package org.retrace.model;

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
    public TraceInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(searchKind, "searchKind");
        Objects.requireNonNull(sourceText, "sourceText");
        attributes = Map.copyOf(attributes);
    }

    public static TraceInfo named(String name) {
        return new TraceInfo(name, "", "", Map.of());
    }
}
