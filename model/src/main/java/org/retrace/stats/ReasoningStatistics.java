package org.retrace.stats;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.retrace.model.Trace;

/**
 * What a chain of thought did, counted over the steps of its tree of attempts (node kinds
 * {@code step}, {@code branch}, {@code backtrack}, {@code verify}, {@code conclude}; the root is
 * the question and not a step). An attempt is a line of steps: the first, and one more for every
 * branch or backtrack.
 *
 * @param steps the steps the text was cut into
 * @param attempts 1 + branches + backtracks
 * @param backtracks steps that return to an earlier point ("Wait, that's wrong")
 * @param branches steps that open an alternative ("Alternatively")
 * @param verifications steps that check ("Let me check")
 * @param depth the deepest step's depth (the question has depth 0)
 * @param charactersPerAttempt characters of step text per attempt, on average
 */
public record ReasoningStatistics(int steps, int attempts, int backtracks, int branches, int verifications, int depth,
        double charactersPerAttempt) {

    /** Counts over {@code trace}; costs O(n). */
    public static ReasoningStatistics of(Trace trace) {
        int steps = 0;
        int backtracks = 0;
        int branches = 0;
        int verifications = 0;
        int depth = 0;
        long characters = 0;
        for (int node = 1; node < trace.nodeCount(); node++) {
            if ("answer".equals(trace.kind(node))) {
                // The answer after the reasoning is no step of it.
                continue;
            }
            steps++;
            switch (trace.kind(node)) {
                case "backtrack" -> backtracks++;
                case "branch" -> branches++;
                case "verify" -> verifications++;
                default -> {
                    // Plain and concluding steps only count as steps.
                }
            }
            depth = Math.max(depth, trace.depth(node));
            characters += Math.max(0, trace.sourceEnd(node) - trace.sourceStart(node));
        }
        int attempts = steps == 0 ? 0 : 1 + branches + backtracks;
        return new ReasoningStatistics(steps, attempts, backtracks, branches, verifications, depth,
                attempts == 0 ? 0 : characters / (double) attempts);
    }

    /** How many of {@code traces} have each number of backtracks, by number; costs O(total nodes). */
    public static Map<Integer, Integer> backtrackHistogram(List<Trace> traces) {
        Map<Integer, Integer> histogram = new TreeMap<>();
        for (Trace trace : traces) {
            histogram.merge(of(trace).backtracks(), 1, Integer::sum);
        }
        return histogram;
    }
}
