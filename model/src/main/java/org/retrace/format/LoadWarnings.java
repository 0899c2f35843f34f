package org.retrace.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Warnings met while loading, each kind said once with how often it occurred, so that a million
 * rows with the same odd status give one line rather than a million.
 */
public final class LoadWarnings {
    private final String file;
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final Map<String, String> firstPlace = new LinkedHashMap<>();

    public LoadWarnings(String file) {
        this.file = file;
    }

    /** Records a warning of kind {@code message} at a position. */
    public void add(int line, int column, String message) {
        counts.computeIfAbsent(message, m -> new int[1])[0]++;
        firstPlace.putIfAbsent(message, file + ":" + line + ":" + column);
    }

    public List<String> toList() {
        List<String> lines = new ArrayList<>();
        counts.forEach((message, count) -> lines.add(firstPlace.get(message) + ": warning: " + message
                + (count[0] > 1 ? " (" + count[0] + " times; the first is shown)" : "")));
        return lines;
    }
}
