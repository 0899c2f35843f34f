package org.retrace.demo.countdown;

import java.util.List;

/** How far a Countdown state's numbers look from the target, as Stream of Search scores them; lower is more promising. */
public enum Heuristic {
    /** The mean distance of the numbers from the target. */
    SUM {
        @Override
        double score(List<Integer> numbers, int target) {
            double total = 0;
            for (int number : numbers) {
                total += Math.abs(number - target);
            }
            return total / numbers.size();
        }
    },
    /** The summed distance of each number from its nearest factor (2 or more) of the target. */
    MULT {
        @Override
        double score(List<Integer> numbers, int target) {
            double total = 0;
            for (int number : numbers) {
                int nearest = Integer.MAX_VALUE;
                for (int factor = 2; factor <= target; factor++) {
                    if (target % factor == 0) {
                        nearest = Math.min(nearest, Math.abs(number - factor));
                    }
                }
                total += nearest == Integer.MAX_VALUE ? 0 : nearest;
            }
            return total;
        }
    };

    abstract double score(List<Integer> numbers, int target);
}
