package org.retrace.compare;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.retrace.model.EventType;
import org.retrace.model.NodeStatus;
import org.retrace.model.Timeline;
import org.retrace.model.Trace;

/**
 * How fast a run finds solutions: the solutions found against the nodes created so far, a point at
 * the start, at each new solution and at the end. Two runs' curves side by side compare searches
 * at an equal budget of nodes, as sequential backtracking against parallel sampling.
 *
 * @param nodes nodes created when each point was reached, rising
 * @param solutions solutions found by then, as many
 */
public record SolutionCurve(List<Integer> nodes, List<Integer> solutions) {
    public SolutionCurve {
        nodes = List.copyOf(nodes);
        solutions = List.copyOf(solutions);
    }

    /** The curve of {@code trace}: a node counts once, when it first becomes a solution; costs O(events). */
    public static SolutionCurve of(Trace trace) {
        Timeline timeline = trace.timeline();
        List<Integer> nodes = new ArrayList<>(List.of(0));
        List<Integer> solutions = new ArrayList<>(List.of(0));
        BitSet solved = new BitSet();
        int created = 0;
        for (int event = 0; event < timeline.size(); event++) {
            EventType type = timeline.type(event);
            int node = timeline.node(event);
            if (type == EventType.NODE) {
                created++;
            }
            boolean solves = type == EventType.NODE ? timeline.initialStatus(node) == NodeStatus.SOLUTION
                    : timeline.newStatus(event) == NodeStatus.SOLUTION;
            if (solves && !solved.get(node)) {
                solved.set(node);
                nodes.add(created);
                solutions.add(solved.cardinality());
            }
        }
        nodes.add(created);
        solutions.add(solved.cardinality());
        return new SolutionCurve(nodes, solutions);
    }
}
