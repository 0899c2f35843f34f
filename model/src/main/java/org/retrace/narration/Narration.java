package org.retrace.narration;

import java.util.Locale;
import org.retrace.model.Bound;
import org.retrace.model.EventType;
import org.retrace.model.Timeline;
import org.retrace.model.Trace;

/**
 * What an event means, in one plain sentence: the event's own narration when its writer gave one
 * (a demo does, for every event), else a sentence made from the event's kind and its node's label,
 * so that every trace, whatever its format, can be replayed with a narration line.
 */
public final class Narration {
    /** The event attribute a writer narrates an event with. */
    public static final String ATTRIBUTE = "narration";
    private static final int LONGEST_LABEL = 60;

    private Narration() {
    }

    /** The sentence for {@code event} of {@code trace}; costs O(1), plus O(depth) for a backtrack. */
    public static String of(Trace trace, int event) {
        Timeline timeline = trace.timeline();
        if (event < 0 || event >= timeline.size()) {
            throw new IllegalArgumentException("event " + event + " is outside 0.." + (timeline.size() - 1));
        }
        Object given = timeline.attributes(event).get(ATTRIBUTE);
        if (given != null && !given.toString().isBlank()) {
            return given.toString();
        }
        int node = timeline.node(event);
        EventType type = timeline.type(event);
        return switch (type) {
            case NODE -> trace.text(node) != null && !trace.text(node).isBlank() ? trace.text(node)
                    : node == 0 ? "The search starts at " + name(trace, node) + "."
                    : "New " + kindAndName(trace, node) + " under " + name(trace, trace.parent(node)) + ".";
            case VISIT -> "Go to " + name(trace, node) + ".";
            case BACKTRACK -> backtrack(trace, timeline.backtrackOrigin(event), node);
            case STATUS -> capitalised(name(trace, node)) + " is now " + timeline.newStatus(event).wireName() + ".";
            case SOLUTION -> capitalised(name(trace, node)) + " is a solution.";
            case METRIC -> "The " + trace.metricNames().get(timeline.metricColumn(event)) + " of " + name(trace, node)
                    + " becomes " + number(timeline.value(event)) + ".";
            case BOUND -> (timeline.bound(event) == Bound.INCUMBENT ? "The best solution so far is worth "
                    : "No solution can be worth more than ") + number(timeline.value(event)) + ".";
            case NOTE -> timeline.note(event) == null || timeline.note(event).isBlank() ? "A note."
                    : timeline.note(event);
        };
    }

    private static String backtrack(Trace trace, int origin, int to) {
        int levels = trace.depth(origin) - trace.depth(to);
        return "Back up " + levels + (levels == 1 ? " level" : " levels") + " from " + name(trace, origin) + " to "
                + name(trace, to) + ".";
    }

    /** A node as a sentence names it: its label (cut short), else its id. */
    private static String name(Trace trace, int node) {
        String label = trace.label(node);
        if (label == null || label.isBlank()) {
            return "node " + trace.id(node);
        }
        String line = label.strip().replace('\n', ' ');
        return "'" + (line.length() <= LONGEST_LABEL ? line : line.substring(0, LONGEST_LABEL - 1) + "\u2026") + "'";
    }

    /** "thought '13-9=4'", or "node 12" for an unlabelled node, without saying "node" twice. */
    private static String kindAndName(Trace trace, int node) {
        String name = name(trace, node);
        return name.startsWith("node ") ? name : trace.kind(node) + " " + name;
    }

    private static String capitalised(String text) {
        return text.startsWith("node ") ? "Node " + text.substring(5) : text;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.4g", value);
    }
}
