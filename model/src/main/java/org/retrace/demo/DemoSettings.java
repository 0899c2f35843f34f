package org.retrace.demo;

import java.util.Objects;

/**
 * What a demo is asked to run: its size (board side, items, variables, iterations: each demo says
 * what it means), the seed of its random choices, the most nodes it may create, and its variant
 * (e.g. {@code dfs} or {@code bfs}), or empty for the demo's first.
 */
public record DemoSettings(int size, long seed, int nodeLimit, String variant) {
    /** The most nodes any demo may create, so that a demo's narrated trace stays small enough to hold. */
    public static final int MAX_NODES = 200_000;

    public DemoSettings {
        if (nodeLimit < 1 || nodeLimit > MAX_NODES) {
            throw new IllegalArgumentException("the node limit must be 1 to " + MAX_NODES + ", found " + nodeLimit);
        }
        variant = Objects.requireNonNullElse(variant, "");
    }
}
