package org.retrace.stats;

import java.util.ArrayList;
import java.util.List;
import org.retrace.model.Bound;
import org.retrace.model.EventType;
import org.retrace.model.Timeline;
import org.retrace.model.Trace;

/**
 * How a branch-and-bound search closed its bounds: after each bound event, the incumbent (the best
 * solution's value so far) and the best bound (the best value still reachable), each carried on
 * from its last report (NaN before its first), and the gap between them.
 *
 * @param events the bound events, by index in the timeline, rising
 * @param incumbent the incumbent after each
 * @param bestBound the best bound after each
 */
public record BoundCurve(List<Integer> events, List<Double> incumbent, List<Double> bestBound) {
    public BoundCurve {
        events = List.copyOf(events);
        incumbent = List.copyOf(incumbent);
        bestBound = List.copyOf(bestBound);
    }

    /** The curve of {@code trace}'s bound events; empty when it reports none. Costs O(events). */
    public static BoundCurve of(Trace trace) {
        Timeline timeline = trace.timeline();
        List<Integer> events = new ArrayList<>();
        List<Double> incumbents = new ArrayList<>();
        List<Double> bounds = new ArrayList<>();
        double incumbent = Double.NaN;
        double bound = Double.NaN;
        for (int event = 0; event < timeline.size(); event++) {
            if (timeline.type(event) != EventType.BOUND) {
                continue;
            }
            if (timeline.bound(event) == Bound.INCUMBENT) {
                incumbent = timeline.value(event);
            } else {
                bound = timeline.value(event);
            }
            events.add(event);
            incumbents.add(incumbent);
            bounds.add(bound);
        }
        return new BoundCurve(events, incumbents, bounds);
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }

    /** The point in force after {@code position} events have been played: -1 before the first bound event. */
    public int pointAt(int position) {
        int point = -1;
        while (point + 1 < events.size() && events.get(point + 1) < position) {
            point++;
        }
        return point;
    }

    /**
     * The relative gap at {@code point}, as SCIP reports it: |incumbent - bound| divided by the
     * smaller of their magnitudes; 0 when they meet, NaN while either is unknown, infinite when
     * they differ in sign or one is 0.
     */
    public double gap(int point) {
        double primal = incumbent.get(point);
        double dual = bestBound.get(point);
        if (Double.isNaN(primal) || Double.isNaN(dual)) {
            return Double.NaN;
        }
        if (primal == dual) {
            return 0;
        }
        if (primal * dual <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(primal - dual) / Math.min(Math.abs(primal), Math.abs(dual));
    }
}
