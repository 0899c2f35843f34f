package org.retrace.model;

/**
 * A playhead on a trace's timeline that steps one event at a time, as a replay does. Each step,
 * forward or back, costs O(1): it reads the event it crosses and updates the cursor, with at most
 * {@value Timeline#CHECKPOINT_INTERVAL} events replayed from a checkpoint when stepping back over a
 * cursor move. For everything else at the current position, ask {@link #state()}.
 */
public final class Replay {
    private final Trace trace;
    private final Timeline timeline;
    private int position;
    private int cursor = -1;

    public Replay(Trace trace) {
        this.trace = trace;
        this.timeline = trace.timeline();
    }

    /** How many events have happened: 0 (none) to the timeline's size (all). */
    public int position() {
        return position;
    }

    /** The node the search is at, or -1 before the first visit. */
    public int cursor() {
        return cursor;
    }

    public boolean atStart() {
        return position == 0;
    }

    public boolean atEnd() {
        return position == timeline.size();
    }

    /** The search at the current position; costs O(1). */
    public TraceState state() {
        return trace.stateAt(position);
    }

    /** Applies the next event and returns its index, or -1 at the end. */
    public int stepForward() {
        if (atEnd()) {
            return -1;
        }
        int event = position++;
        if (timeline.type(event).movesCursor()) {
            cursor = timeline.node(event);
        }
        return event;
    }

    /** Undoes the last event and returns its index, or -1 at the start. */
    public int stepBack() {
        if (atStart()) {
            return -1;
        }
        int event = --position;
        if (timeline.type(event).movesCursor()) {
            cursor = timeline.cursorAt(position);
        }
        return event;
    }

    /** Jumps to {@code target} (0..size); costs at most 64 steps. */
    public void seek(int target) {
        if (target < 0 || target > timeline.size()) {
            throw new IllegalArgumentException("position " + target + " is outside 0.." + timeline.size());
        }
        position = target;
        cursor = timeline.cursorAt(target);
    }
}
