package org.retrace.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.retrace.format.LoadedTraces;
import org.retrace.gui.live.LiveFollower;
import org.retrace.gui.live.LiveProblemsWindow;
import org.retrace.gui.live.SolverListening;
import org.retrace.gui.menu.FileMenu;
import org.retrace.live.FollowedFile;
import org.retrace.model.Trace;

/**
 * Traces shown while they grow: a followed file, or a solver's search sent to the receiver. The
 * first snapshot opens like a file; each newer one refreshes the views in place. Problems in the
 * stream go to their own window rather than interrupting the replay.
 */
final class LiveViewing implements FileMenu.Following {
    private static final String FORMAT = "live";
    private final FileOpening opening;
    private final StatusLine statusLine;
    private final LiveFollower follower;
    private final SolverListening listening;
    private final LiveProblemsWindow problems;

    LiveViewing(Stage stage, FileOpening opening, TraceViews views, StatusLine statusLine,
            BiConsumer<String, String> problem) {
        this.opening = opening;
        this.statusLine = statusLine;
        problems = new LiveProblemsWindow(stage);
        follower = new LiveFollower(new LiveFollower.Viewer() {
            @Override
            public void first(String title, Trace snapshot) {
                opening.showRecords(new LoadedTraces(List.of(snapshot), FORMAT, List.of()));
                opening.display(title, snapshot, FORMAT);
                views.replay().toEnd();
            }

            @Override
            public void grown(String title, Trace snapshot) {
                views.refresh(snapshot);
                stage.setTitle(title + " - Retrace");
            }

            @Override
            public void status(String line) {
                statusLine.sayLive(line);
            }

            @Override
            public void problems(String title, List<String> found) {
                problems.add(title, found);
            }
        });
        listening = new SolverListening(stage, follower::follow, statusLine::sayLive,
                message -> problem.accept("Retrace cannot listen", message));
    }

    /** Opens {@code file} and keeps showing what is added to it, until something else is opened. */
    @Override
    public void follow(Path file) {
        follower.follow(new FollowedFile(file));
        opening.remember(file);
    }

    @Override
    public void stopFollowing() {
        if (follower.source() != null) {
            follower.stop();
            statusLine.sayLive("");
        }
    }

    /** The File menu's items of the solver receiver. */
    List<MenuItem> menuItems() {
        return listening.menuItems();
    }

    SolverListening solverListening() {
        return listening;
    }

    /** Stops following and frees the receiver's port, for when the window goes away. */
    void stop() {
        stopFollowing();
        listening.stop();
    }
}
