package org.retrace.demo.knapsack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.retrace.demo.Demo;
import org.retrace.demo.DemoRecorder;
import org.retrace.demo.DemoSettings;
import org.retrace.model.Bound;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;

/**
 * Depth-first branch and bound on a 0/1 knapsack drawn from the seed. Items are branched on in
 * decreasing value per weight, "take it" first; a node's bound is the LP relaxation (fill greedily,
 * then a fraction of the first item that does not fit). A node is pruned when its bound cannot
 * beat the best packing found so far, and fails when its items exceed the capacity. A node's state
 * is the list of the items taken so far (1-based, in the problem's numbering).
 */
public final class KnapsackBranchAndBound implements Demo {
    /** A problem: weights and values by item, and the capacity. */
    public record Problem(int[] weights, int[] values, int capacity) {
        /** {@code items} items of weight 3..20 and value 5..40, the capacity about 40% of their weight. */
        public static Problem random(int items, long seed) {
            Random random = new Random(seed);
            int[] weights = new int[items];
            int[] values = new int[items];
            int total = 0;
            for (int i = 0; i < items; i++) {
                weights[i] = 3 + random.nextInt(18);
                values[i] = 5 + random.nextInt(36);
                total += weights[i];
            }
            return new Problem(weights, values, Math.max(1, total * 2 / 5));
        }
    }

    private static final Description DESCRIPTION = new Description("knapsack", "Branch and bound on a knapsack",
            "Packs items of the best value per weight first, and prunes every branch whose bound cannot beat "
                    + "the best packing so far.",
            "number of items", 2, 24, new DemoSettings(8, 1, 20_000, ""), List.of("dfs"));

    @Override
    public Description description() {
        return DESCRIPTION;
    }

    @Override
    public Trace run(DemoSettings settings) {
        String variant = check(settings);
        Problem problem = Problem.random(settings.size(), settings.seed());
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("capacity", problem.capacity());
        header.put("weights", Arrays.stream(problem.weights()).boxed().toList());
        header.put("values", Arrays.stream(problem.values()).boxed().toList());
        DemoRecorder recorder = new DemoRecorder(this, settings, variant, "Knapsack by branch and bound, "
                + settings.size() + " items, capacity " + problem.capacity(), "branch-and-bound", header);
        new Search(recorder, problem).run();
        return recorder.build();
    }

    private static final class Search {
        private final DemoRecorder recorder;
        private final Problem problem;
        /** Item numbers (0-based) in decreasing value per weight. */
        private final int[] order;
        private final boolean[] taken;
        private int best = 0;
        private boolean stopped;

        Search(DemoRecorder recorder, Problem problem) {
            this.recorder = recorder;
            this.problem = problem;
            int items = problem.weights().length;
            this.order = IntStream.range(0, items).boxed()
                    .sorted(Comparator.comparingDouble(i -> -(double) problem.values()[i] / problem.weights()[i]))
                    .mapToInt(Integer::intValue).toArray();
            this.taken = new boolean[items];
        }

        void run() {
            double bound = bound(0, 0, 0);
            int root = recorder.node(-1, "solver node", "root", List.of(), "The empty knapsack: capacity "
                    + problem.capacity() + ", " + order.length + " items to decide, best first by value per weight.");
            recorder.initialMetric(root, "bound", bound);
            recorder.initialMetric(root, "value", 0);
            recorder.initialMetric(root, "weight", 0);
            recorder.visit(root, String.format(Locale.ROOT, "Start with nothing packed; the LP bound says at most %.2f.", bound));
            recorder.bound(Bound.BEST_BOUND, bound, String.format(Locale.ROOT, "No packing can be worth more than %.2f.", bound));
            explore(root, 0, 0, 0);
            recorder.note(-1, stopped ? "The node limit is reached: the best packing found is worth " + best + "."
                    : "Every branch is packed, pruned or failed: the optimum is " + best + ", proven.");
        }

        /** Decides item {@code order[depth]} under {@code node}, which packs {@code weight} for {@code value}. */
        private void explore(int node, int depth, int weight, int value) {
            if (depth == order.length) {
                if (value > best) {
                    best = value;
                    recorder.solution(node, "Every item is decided: a packing worth " + value + ", the best so far.");
                    recorder.bound(Bound.INCUMBENT, value, "The incumbent becomes " + value
                            + ": branches that cannot beat it will be pruned.");
                } else {
                    recorder.status(node, NodeStatus.PRUNED, "Every item is decided, worth " + value
                            + ", which does not beat the incumbent " + best + ".");
                }
                return;
            }
            recorder.status(node, NodeStatus.EXPANDED, "Branch on item " + (order[depth] + 1) + " (weight "
                    + problem.weights()[order[depth]] + ", value " + problem.values()[order[depth]]
                    + "): take it first, then leave it.");
            for (int take = 1; take >= 0; take--) {
                if (recorder.full()) {
                    stopped = true;
                    return;
                }
                int item = order[depth];
                int childWeight = weight + take * problem.weights()[item];
                int childValue = value + take * problem.values()[item];
                taken[item] = take == 1;
                double childBound = childWeight > problem.capacity() ? Double.NEGATIVE_INFINITY
                        : bound(depth + 1, childWeight, childValue);
                int child = child(node, depth, take, childWeight, childValue, childBound);
                if (childWeight > problem.capacity()) {
                    recorder.status(child, NodeStatus.FAILED, "Weight " + childWeight + " exceeds the capacity "
                            + problem.capacity() + ": this packing is impossible.");
                } else if (childBound <= best) {
                    recorder.status(child, NodeStatus.PRUNED, String.format(Locale.ROOT, 
                            "Its bound %.2f cannot beat the incumbent %d: prune it.", childBound, best));
                } else {
                    explore(child, depth + 1, childWeight, childValue);
                    if (stopped) {
                        return;
                    }
                }
                taken[item] = false;
                recorder.backtrack(node, take == 1 ? "Back up: now leave item " + (item + 1) + " out."
                        : depth == 0 ? "Back to the root: both branches of the first item are done."
                        : "Both branches of item " + (item + 1) + " are done: back up.");
            }
        }

        private int child(int node, int depth, int take, int weight, int value, double bound) {
            int item = order[depth];
            int child = recorder.node(node, "solver node", "x" + (item + 1) + " = " + take, takenItems(),
                    (take == 1 ? "Take item " : "Leave out item ") + (item + 1) + ": weight " + weight + "/"
                            + problem.capacity() + ", value " + value + ".");
            recorder.initialMetric(child, "value", value);
            recorder.initialMetric(child, "weight", weight);
            if (bound > Double.NEGATIVE_INFINITY) {
                recorder.initialMetric(child, "bound", bound);
            }
            recorder.visit(child, weight > problem.capacity() ? "Look at the packing with item " + (item + 1) + "."
                    : String.format(Locale.ROOT, "Look at it: the LP bound of what can still be packed is %.2f.", bound));
            return child;
        }

        /** The LP bound of a node deciding the first {@code depth} items of the order. */
        private double bound(int depth, int weight, int value) {
            double bound = value;
            int room = problem.capacity() - weight;
            for (int i = depth; i < order.length; i++) {
                int item = order[i];
                if (problem.weights()[item] <= room) {
                    room -= problem.weights()[item];
                    bound += problem.values()[item];
                } else {
                    bound += (double) problem.values()[item] * room / problem.weights()[item];
                    break;
                }
            }
            return bound;
        }

        private List<Integer> takenItems() {
            List<Integer> items = new ArrayList<>();
            for (int i = 0; i < taken.length; i++) {
                if (taken[i]) {
                    items.add(i + 1);
                }
            }
            return List.copyOf(items);
        }
    }
}
