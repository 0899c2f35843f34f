package org.retrace.gui.replay;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.retrace.gui.tree.TreeCanvasView;
import org.retrace.model.EventType;
import org.retrace.model.Replay;
import org.retrace.model.Trace;
import org.retrace.render.TreeScene;

/**
 * Plays a trace's timeline into the tree view: so many events a second, or one step at a time.
 * A backtrack crossed slowly enough to follow is animated as the cursor travelling back up to the
 * ancestor it returns to; a solution flashes. Stepping back undoes exactly what stepping forward
 * did, since the tree view always shows the state at the current position.
 */
public final class ReplayController {
    /** Slowest and fastest replay, in events per second. */
    public static final double MIN_SPEED = 1;
    public static final double MAX_SPEED = 100_000;
    /** The speed every newly opened trace starts at, in events per second. */
    public static final double DEFAULT_SPEED = 12;
    /** Traces with more events open at their end, paused: replaying them from the start would take hours. */
    public static final int OPEN_AT_END_EVENTS = 100_000;
    private static final double ANIMATED_SPEED_LIMIT = 40;
    private static final double STEP_ANIMATION_SECONDS = 0.45;
    /** A backtrack travels up its path at this many seconds an edge, within the bounds below, whatever the speed. */
    private static final double BACKTRACK_SECONDS_PER_EDGE = 0.15;
    private static final double BACKTRACK_MIN_SECONDS = 0.3;
    private static final double BACKTRACK_MAX_SECONDS = 1.2;
    private static final double FLASH_SECONDS = 0.9;

    private final TreeCanvasView view;
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final DoubleProperty speed = new SimpleDoubleProperty(DEFAULT_SPEED);
    private Trace trace;
    private Replay replay;
    private double pendingEvents;
    private long lastFrame;
    private PathAnimation backtrackAnimation;
    private int flashNode = -1;
    private long flashStart;

    public ReplayController(TreeCanvasView view) {
        this.view = view;
        speed.addListener((observable, old, value) -> {
            double clamped = Math.max(MIN_SPEED, Math.min(MAX_SPEED, value.doubleValue()));
            if (clamped != value.doubleValue()) {
                speed.set(clamped);
            }
        });
    }

    /** Replays {@code trace} from its start. */
    public void load(Trace loaded) {
        trace = loaded;
        replay = new Replay(loaded);
        playing.set(false);
        backtrackAnimation = null;
        flashNode = -1;
        show();
    }

    public Trace trace() {
        return trace;
    }

    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Events per second while playing, from 1 to 100,000. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    public void play() {
        if (replay != null) {
            if (replay.atEnd()) {
                seek(0);
            }
            lastFrame = 0;
            playing.set(true);
        }
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlaying() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    public void faster() {
        speed.set(speed.get() * 2);
    }

    public void slower() {
        speed.set(speed.get() / 2);
    }

    /** Applies the next event, animating it; returns false at the end. */
    public boolean stepForward() {
        pause();
        boolean moved = step(true, STEP_ANIMATION_SECONDS);
        show();
        return moved;
    }

    /** Undoes the last event, animating it backwards; returns false at the start. */
    public boolean stepBack() {
        pause();
        boolean moved = step(false, STEP_ANIMATION_SECONDS);
        show();
        return moved;
    }

    public void toStart() {
        pause();
        seek(0);
    }

    public void toEnd() {
        pause();
        seek(replay == null ? 0 : trace.timeline().size());
    }

    /** Jumps to {@code target} events without animation. */
    public void seek(int target) {
        if (replay == null) {
            return;
        }
        replay.seek(Math.max(0, Math.min(trace.timeline().size(), target)));
        if (backtrackAnimation != null) {
            // A seek lands without animation: the marker of a backtrack under way must not stay behind.
            backtrackAnimation = null;
            view.scene().setMarker(Double.NaN, Double.NaN);
        }
        show();
    }

    /** Advances the replay and its animations to the frame at {@code now} (nanoseconds). */
    public void onFrame(long now) {
        if (replay == null) {
            return;
        }
        if (playing.get()) {
            advance(now);
        }
        animate(now);
    }

    private void advance(long now) {
        if (lastFrame == 0 || backtrackAnimation != null) {
            // While a backtrack travels up its path the replay waits for it, so that it can be seen at
            // any speed that animates; time spent waiting is not owed afterwards.
            lastFrame = now;
            return;
        }
        pendingEvents += (now - lastFrame) / 1e9 * speed.get();
        lastFrame = now;
        boolean animate = speed.get() <= ANIMATED_SPEED_LIMIT;
        boolean moved = false;
        while (pendingEvents >= 1) {
            pendingEvents--;
            if (!step(true, animate ? Math.min(STEP_ANIMATION_SECONDS, 0.9 / speed.get()) : 0)) {
                pause();
                pendingEvents = 0;
                break;
            }
            moved = true;
        }
        if (moved) {
            show();
        }
    }

    /** Crosses one event without redrawing; the caller shows the new position once per frame. */
    private boolean step(boolean forward, double animationSeconds) {
        int event = forward ? replay.stepForward() : replay.stepBack();
        if (event < 0) {
            return false;
        }
        EventType type = trace.timeline().type(event);
        if (type == EventType.BACKTRACK && animationSeconds > 0) {
            int origin = trace.timeline().backtrackOrigin(event);
            int target = trace.timeline().node(event);
            int[] path = forward ? trace.pathBetween(origin, target) : trace.pathBetween(target, origin);
            double seconds = Math.max(BACKTRACK_MIN_SECONDS, Math.min(BACKTRACK_MAX_SECONDS,
                    BACKTRACK_SECONDS_PER_EDGE * (path.length - 1)));
            backtrackAnimation = new PathAnimation(path, seconds);
            // The marker starts on the first frame; the steps after this one wait for it.
            pendingEvents = 0;
        }
        if (type == EventType.SOLUTION && forward) {
            flashNode = trace.timeline().node(event);
            flashStart = 0;
        }
        return true;
    }

    /** Shows the replay's position in the tree: O(depth), plus a relayout when nodes came or went. */
    private void show() {
        view.showPosition(replay.position());
        position.set(replay.position());
    }

    private void animate(long now) {
        TreeScene scene = view.scene();
        if (backtrackAnimation != null) {
            double[] point = backtrackAnimation.pointAt(now, trace, view);
            if (point == null) {
                backtrackAnimation = null;
                scene.setMarker(Double.NaN, Double.NaN);
            } else {
                scene.setMarker(point[0], point[1]);
            }
            view.markDirty();
        }
        if (flashNode >= 0) {
            if (flashStart == 0) {
                flashStart = now;
            }
            double phase = (now - flashStart) / 1e9 / FLASH_SECONDS;
            if (phase >= 1) {
                flashNode = -1;
                scene.setFlash(-1, 0);
            } else {
                scene.setFlash(flashNode, phase);
            }
            view.markDirty();
        }
    }
}
