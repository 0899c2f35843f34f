package org.retrace.demo;

import java.util.List;
import org.retrace.demo.countdown.Countdown;
import org.retrace.demo.knapsack.KnapsackBranchAndBound;
import org.retrace.demo.nqueens.NQueens;

/** The demos Retrace ships, in the order menus offer them. */
public final class Demos {
    private static final List<Demo> ALL = List.of(new NQueens(), new Countdown(), new KnapsackBranchAndBound());

    private Demos() {
    }

    public static List<Demo> all() {
        return ALL;
    }

    /** The demo called {@code name}; fails with the names there are when there is none. */
    public static Demo named(String name) {
        for (Demo demo : ALL) {
            if (demo.name().equals(name)) {
                return demo;
            }
        }
        throw new IllegalArgumentException("there is no demo called '" + name + "'; the demos are "
                + String.join(", ", ALL.stream().map(Demo::name).toList()));
    }
}
