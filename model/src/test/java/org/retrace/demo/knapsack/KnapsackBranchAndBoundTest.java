package org.retrace.demo.knapsack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retrace.demo.DemoRecorder;
import org.retrace.demo.DemoSettings;
import org.retrace.model.Bound;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;

class KnapsackBranchAndBoundTest {
    @Test
    void findsTheOptimumThatDynamicProgrammingFinds() {
        for (int items = 2; items <= 14; items += 3) {
            for (long seed = 1; seed <= 10; seed++) {
                KnapsackBranchAndBound.Problem problem = KnapsackBranchAndBound.Problem.random(items, seed);
                Trace trace = new KnapsackBranchAndBound().run(new DemoSettings(items, seed, 200_000, ""));
                String where = items + " items, seed " + seed;
                double incumbent = trace.stateAt(trace.timeline().size()).bound(Bound.INCUMBENT);
                int optimum = dynamicProgramming(problem);
                assertEquals(optimum, optimum == 0 && Double.isNaN(incumbent) ? 0 : incumbent, where);
                int best = bestSolution(trace);
                if (best >= 0) {
                    assertEquals(optimum, weightAndValue(problem, trace, best)[1], where);
                    assertTrue(weightAndValue(problem, trace, best)[0] <= problem.capacity(), where);
                }
            }
        }
    }

    @Test
    void neverPrunesANodeWhoseBoundBeatsTheIncumbentOfItsTime() {
        Trace trace = new KnapsackBranchAndBound().run(new DemoSettings(12, 4, 200_000, ""));
        int pruned = 0;
        for (int event = 0; event < trace.timeline().size(); event++) {
            if (trace.timeline().newStatus(event) == NodeStatus.PRUNED) {
                int node = trace.timeline().node(event);
                double incumbent = trace.stateAt(event).bound(Bound.INCUMBENT);
                assertTrue(trace.metric(node, "bound") <= incumbent || trace.isLeaf(node) && trace.depth(node) == 12,
                        "node " + node + " bound " + trace.metric(node, "bound") + " incumbent " + incumbent);
                pruned++;
            }
        }
        assertTrue(pruned > 0);
    }

    private static int dynamicProgramming(KnapsackBranchAndBound.Problem problem) {
        int[] best = new int[problem.capacity() + 1];
        for (int item = 0; item < problem.weights().length; item++) {
            for (int room = problem.capacity(); room >= problem.weights()[item]; room--) {
                best[room] = Math.max(best[room], best[room - problem.weights()[item]] + problem.values()[item]);
            }
        }
        return best[problem.capacity()];
    }

    /** The solution found last, which is the best: each new one beats the incumbent. */
    private static int bestSolution(Trace trace) {
        int best = -1;
        for (int node = 0; node < trace.nodeCount(); node++) {
            if (trace.status(node) == NodeStatus.SOLUTION) {
                best = node;
            }
        }
        return best;
    }

    private static int[] weightAndValue(KnapsackBranchAndBound.Problem problem, Trace trace, int node) {
        int weight = 0;
        int value = 0;
        for (Object taken : (List<?>) trace.attributes(node).get(DemoRecorder.STATE)) {
            int item = ((Number) taken).intValue();
            weight += problem.weights()[item - 1];
            value += problem.values()[item - 1];
        }
        return new int[] {weight, value};
    }
}
