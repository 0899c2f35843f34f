package org.retrace.gui.replay;

import org.retrace.gui.details.NodeDetails;
import org.retrace.model.Trace;
import org.retrace.model.Timeline;

/** One line that tells what an event did, in the words of the trace's own labels. */
public final class EventDescriptions {
    private EventDescriptions() {
    }

    public static String describe(Trace trace, int event) {
        Timeline timeline = trace.timeline();
        int node = timeline.node(event);
        return switch (timeline.type(event)) {
            case NODE -> "branch: " + name(trace, node) + (node > 0 ? " under " + name(trace, trace.parent(node)) : "");
            case VISIT -> "visit " + name(trace, node);
            case BACKTRACK -> "backtrack from " + name(trace, timeline.backtrackOrigin(event)) + " to "
                    + name(trace, node);
            case STATUS -> name(trace, node) + " is " + timeline.newStatus(event).wireName();
            case SOLUTION -> "solution: " + name(trace, node);
            case METRIC -> name(trace, node) + ": " + trace.metricNames().get(timeline.metricColumn(event)) + " = "
                    + NodeDetails.formatNumber(timeline.value(event));
            case BOUND -> timeline.bound(event) + " = " + NodeDetails.formatNumber(timeline.value(event));
            case NOTE -> "note: " + timeline.note(event);
        };
    }

    private static String name(Trace trace, int node) {
        String label = trace.label(node).isEmpty() ? trace.id(node) : trace.label(node);
        return "'" + label + "'";
    }
}
