package org.retrace.model;

import java.util.Locale;

/** The global bounds a branch-and-bound search reports. */
public enum Bound {
    /** The value of the best solution found so far. */
    INCUMBENT,
    /** The best value any solution can still reach. */
    BEST_BOUND;

    private static final Bound[] VALUES = values();

    /** The key used in files: {@code incumbent} or {@code bestBound}. */
    public String wireName() {
        return this == INCUMBENT ? "incumbent" : "bestBound";
    }

    public static Bound ofCode(int code) {
        return VALUES[code];
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
