package org.retrace.gui.live;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;
import org.retrace.live.LiveSource;
import org.retrace.model.Trace;

/**
 * Keeps the window's trace up to date with a live source. Ten times a second it asks whether the
 * source changed (cheap); if so it takes a snapshot on a background thread (O(trace)) and hands it
 * to the window. The next snapshot waits at least three times as long as the last one took, so a
 * source receiving hundreds of thousands of nodes a second is drawn a few times a second instead
 * of swamping the window, and a small one is drawn at once.
 */
public final class LiveFollower {
    /** Where the snapshots go; called on the JavaFX thread. */
    public interface Viewer {
        /** The first snapshot of a source: show it afresh. */
        void first(String title, Trace trace);

        /** A later snapshot of the same source: show it keeping the view as it is. */
        void grown(String title, Trace trace);

        /** One line on how the source is doing, for the status bar. */
        void status(String line);

        /** New problems the source reported since the last call. */
        void problems(String title, List<String> problems);
    }

    private static final long MIN_INTERVAL_NANOS = 100_000_000L;
    private static final int SLOWDOWN = 3;

    private final Viewer viewer;
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.millis(100), event -> tick()));
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "retrace-live-snapshot");
        thread.setDaemon(true);
        return thread;
    });
    private LiveSource source;
    private long shownVersion;
    private boolean shownAny;
    private boolean finishedShown;
    private boolean busy;
    private long nextAllowed;
    private int problemsShown;

    public LiveFollower(Viewer viewer) {
        this.viewer = viewer;
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    /** Follows {@code followed} from now on, instead of any source followed before. */
    public void follow(LiveSource followed) {
        source = followed;
        shownVersion = Long.MIN_VALUE;
        shownAny = false;
        finishedShown = false;
        problemsShown = 0;
        nextAllowed = 0;
        ticker.play();
        tick();
    }

    /** Stops following; the window keeps the last snapshot. */
    public void stop() {
        source = null;
        ticker.stop();
    }

    /** The source followed, or null. */
    public LiveSource source() {
        return source;
    }

    private void tick() {
        LiveSource asked = source;
        if (asked == null || busy || System.nanoTime() < nextAllowed) {
            return;
        }
        long version;
        try {
            version = asked.version();
        } catch (IOException unreadable) {
            viewer.status(asked.name() + ": " + unreadable.getMessage());
            return;
        }
        boolean finished = asked.isFinished();
        if (version == shownVersion && finished == finishedShown) {
            return;
        }
        busy = true;
        long started = System.nanoTime();
        worker.execute(() -> {
            Trace snapshot = null;
            String failure = null;
            try {
                snapshot = asked.snapshot();
            } catch (IOException unreadable) {
                failure = unreadable.getMessage();
            } catch (RuntimeException | OutOfMemoryError broken) {
                // Whatever goes wrong, the follower must hear of it, or it would wait for ever.
                failure = "the snapshot failed: " + broken;
            }
            Trace taken = snapshot;
            String problem = failure;
            Platform.runLater(() -> show(asked, version, finished, taken, problem, started));
        });
    }

    private void show(LiveSource asked, long version, boolean finished, Trace snapshot, String failure, long started) {
        busy = false;
        if (asked != source) {
            return;
        }
        if (failure != null) {
            viewer.status(asked.name() + ": " + failure);
            // Tried again when the source changes, not every tick.
            shownVersion = version;
            finishedShown = finished;
        }
        if (snapshot != null && snapshot.nodeCount() == 0) {
            viewer.status(asked.name() + (finished ? ": finished without a node" : ": connected, waiting for the first "
                    + "node"));
            shownVersion = version;
            finishedShown = finished;
        } else if (snapshot != null) {
            if (shownAny) {
                viewer.grown(asked.name(), snapshot);
            } else {
                viewer.first(asked.name(), snapshot);
                shownAny = true;
            }
            shownVersion = version;
            finishedShown = finished;
            viewer.status((finished ? asked.name() + ": finished, " : asked.name() + ": live, ")
                    + String.format("%,d nodes, %,d events", snapshot.nodeCount(), snapshot.timeline().size()));
        }
        List<String> problems = asked.problems();
        if (problems.size() > problemsShown) {
            viewer.problems(asked.name(), problems.subList(problemsShown, problems.size()));
            problemsShown = problems.size();
        }
        nextAllowed = System.nanoTime() + Math.max(MIN_INTERVAL_NANOS, SLOWDOWN * (System.nanoTime() - started));
    }
}
