package org.retrace.demo;

import java.util.List;
import org.retrace.demo.countdown.Countdown;
import org.retrace.demo.knapsack.KnapsackBranchAndBound;
import org.retrace.demo.mcts.MonteCarloTreeSearch;
import org.retrace.demo.nqueens.NQueens;
import org.retrace.demo.sat.Cdcl;
import org.retrace.demo.sudoku.Sudoku;
import org.retrace.demo.unmask.Unmask;

/** The demos Retrace ships, in the order menus offer them. */
public final class Demos {
    private static final List<Demo> ALL = List.of(new NQueens(), new Sudoku(), new Countdown(),
            new MonteCarloTreeSearch(), new Cdcl(), new KnapsackBranchAndBound(), new Unmask());

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
