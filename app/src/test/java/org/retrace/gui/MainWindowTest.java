package org.retrace.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.nativejson.NativeTraceWriter;
import org.retrace.generate.SyntheticSearch;
import org.retrace.gui.about.AboutDialog;
import org.retrace.gui.settings.RecentFiles;
import org.retrace.gui.replay.ReplayController;
import org.retrace.gui.replay.TimelineBar;
import org.retrace.gui.tree.MiniMap;
import org.retrace.gui.tree.TreeCanvasView;
import org.retrace.layout.FailedSubtrees;
import org.retrace.model.EventType;
import org.retrace.model.Timeline;
import org.retrace.model.Trace;
import org.retrace.render.TreeScene;
import org.retrace.version.RetraceVersion;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path settings;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, new RecentFiles(settings));
        window.loadSample("countdown-reasoning.jsonl");
    }

    @BeforeEach
    void waitForTheSample() throws Exception {
        FxWait.untilShown(window, trace -> true);
    }

    @AfterEach
    void closeTheWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    /** Nothing in this test steps or seeks, so a position past 3 was reached by playing. */
    @Test
    void startsReplayingTheSampleByItself() throws Exception {
        FxWait.until(() -> window.replay().positionProperty().get() > 3);
        assertTrue(WaitForAsyncUtils.asyncFx(() -> window.replay().playingProperty().get()
                || window.replay().positionProperty().get() == window.trace().timeline().size()).get());
    }

    @Test
    void stepsForwardAndBackOneEventAtATime(FxRobot robot) {
        robot.interact(() -> {
            window.replay().toStart();
            window.replay().stepForward();
            window.replay().stepForward();
        });
        assertEquals(2, window.replay().positionProperty().get());
        assertFalse(window.replay().playingProperty().get());
        robot.interact(() -> window.replay().stepBack());
        assertEquals(1, window.replay().positionProperty().get());
        assertEquals(1, window.treeView().scene().state().nodeCount());
    }

    @Test
    void aBacktrackMovesTheCursorToItsAncestorAndGreysTheAbandonedBranch(FxRobot robot) {
        Trace trace = window.trace();
        Timeline timeline = trace.timeline();
        int backtrack = firstEventOf(timeline, EventType.BACKTRACK);
        int origin = timeline.backtrackOrigin(backtrack);
        int ancestor = timeline.node(backtrack);
        TreeScene scene = window.treeView().scene();

        robot.interact(() -> {
            window.replay().pause();
            window.replay().seek(backtrack);
        });
        assertEquals(origin, scene.cursor());
        assertFalse(scene.isAbandoned(origin));

        robot.interact(() -> window.replay().stepForward());
        assertEquals(ancestor, scene.cursor());
        assertTrue(scene.isAbandoned(origin));
        assertTrue(trace.isAncestor(ancestor, origin));

        robot.interact(() -> window.replay().stepBack());
        assertEquals(origin, scene.cursor());
        assertFalse(scene.isAbandoned(origin));
    }

    /** At 12 events/s a backtrack's marker once had 75 ms to travel: the replay now waits for it. */
    @Test
    void playingWaitsForABacktrackToTravelUpItsPath(FxRobot robot) {
        int backtrack = firstEventOf(window.trace().timeline(), EventType.BACKTRACK);
        List<Integer> positions = new java.util.ArrayList<>();
        robot.interact(() -> {
            ReplayController replay = window.replay();
            replay.pause();
            replay.seek(backtrack);
            replay.speedProperty().set(12);
            replay.play();
            long now = 1_000_000_000L;
            replay.onFrame(now);
            now += 100_000_000L;
            replay.onFrame(now);
            positions.add(replay.positionProperty().get());
            for (int frame = 0; frame < 5; frame++) {
                now += 50_000_000L;
                replay.onFrame(now);
            }
            positions.add(replay.positionProperty().get());
            for (int frame = 0; frame < 40; frame++) {
                now += 50_000_000L;
                replay.onFrame(now);
            }
            positions.add(replay.positionProperty().get());
            replay.pause();
        });

        assertEquals(backtrack + 1, positions.get(0), "the backtrack was crossed");
        assertEquals(backtrack + 1, positions.get(1), "a quarter second later the replay still waits for it");
        assertTrue(positions.get(2) > backtrack + 1, "and goes on once it has arrived: " + positions);
    }

    /** Pressing End while a backtrack was animating once left its orange marker on the tree. */
    @Test
    void seekingDuringABacktrackAnimationLeavesNoMarkerBehind(FxRobot robot) {
        int backtrack = firstEventOf(window.trace().timeline(), EventType.BACKTRACK);
        TreeScene scene = window.treeView().scene();
        robot.interact(() -> {
            window.replay().pause();
            window.replay().seek(backtrack);
            window.replay().stepForward();
            window.replay().onFrame(System.nanoTime());
        });
        assertFalse(Double.isNaN(scene.markerX()), "the backtrack's marker is on its way");

        robot.interact(() -> window.replay().toEnd());

        assertTrue(Double.isNaN(scene.markerX()) && Double.isNaN(scene.markerDepth()), "no marker after the seek");
    }

    @Test
    void ctrlPlusZoomsTheTreeAndLeavesTheSpeedAlone(FxRobot robot) {
        robot.interact(() -> {
            window.replay().pause();
            window.replay().speedProperty().set(12);
        });
        double scale = window.treeView().viewport().scaleX();
        robot.clickOn("#tree");

        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);

        assertEquals(12, window.replay().speedProperty().get());
        assertEquals(scale * 1.25, window.treeView().viewport().scaleX(), scale * 1e-9);
        robot.type(KeyCode.EQUALS);
        assertEquals(24, window.replay().speedProperty().get(), "a plain + still speeds the replay up");
    }

    @Test
    void aNewlyOpenedFileStartsAtTheDefaultSpeed(FxRobot robot) throws Exception {
        Trace before = window.trace();
        robot.interact(() -> window.replay().speedProperty().set(3000));

        robot.interact(() -> window.loadSample("mcts-game24.jsonl"));
        FxWait.untilShown(window, trace -> trace != before);

        assertEquals(ReplayController.DEFAULT_SPEED, window.replay().speedProperty().get());
    }

    @Test
    void aNewlyOpenedFileKeepsTheReplaySpeedWhenTheUserSaysSoInTheViewMenu(FxRobot robot) throws Exception {
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu view = menus.getMenus().stream().filter(menu -> menu.getText().equals("View")).findFirst().orElseThrow();
        CheckMenuItem keep = (CheckMenuItem) item(view, "Keep replay speed for new files");
        Trace before = window.trace();
        try {
            robot.interact(() -> {
                window.replay().speedProperty().set(48);
                keep.setSelected(true);
                keep.fire();
                window.loadSample("mcts-game24.jsonl");
            });
            FxWait.untilShown(window, trace -> trace != before);

            assertEquals(48, window.replay().speedProperty().get());
            assertTrue(Files.readString(settings.resolve("replay.json")).contains("\"keepSpeed\" : true"));
        } finally {
            robot.interact(() -> {
                keep.setSelected(false);
                keep.fire();
            });
        }
    }

    /** A LATS observation once took 45% of the window. */
    @Test
    void aLongNarrationTakesThreeLinesUntilMoreIsPressed(FxRobot robot) throws Exception {
        String observation = "The page shows " + "a long list of products and their prices, ".repeat(60) + "end.";
        Path file = Files.writeString(settings.resolve("observation.jsonl"), "{\"format\":\"retrace\",\"version\":1,"
                + "\"name\":\"observation\"}\n{\"ev\":\"node\",\"id\":\"r\"}\n{\"ev\":\"note\",\"id\":\"r\","
                + "\"text\":\"" + observation + "\"}\n");
        robot.interact(() -> window.load(file));
        FxWait.untilShown(window, "observation");
        Label line = window.narrationLine();
        robot.interact(() -> {
            window.replay().toEnd();
            line.getScene().getRoot().applyCss();
            line.getScene().getRoot().layout();
        });
        double lineHeight = line.getFont().getSize() * 1.5;

        assertEquals(observation, line.getText());
        assertTrue(line.getHeight() < 3 * lineHeight + 20, "folded to three lines: " + line.getHeight());
        robot.clickOn("#narration-more");
        robot.interact(() -> line.getScene().getRoot().layout());
        assertTrue(line.getHeight() > 4 * lineHeight, "unfolded: " + line.getHeight());
    }

    @Test
    void keysPlayPauseAndStep(FxRobot robot) {
        robot.interact(() -> {
            window.replay().speedProperty().set(1);
            window.replay().toStart();
        });
        robot.clickOn("#tree");
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);
        assertEquals(2, window.replay().positionProperty().get());
        robot.type(KeyCode.LEFT);
        assertEquals(1, window.replay().positionProperty().get());
        robot.type(KeyCode.END);
        assertEquals(window.trace().timeline().size(), window.replay().positionProperty().get());
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.SPACE);
        assertTrue(window.replay().playingProperty().get());
        robot.type(KeyCode.SPACE);
        assertFalse(window.replay().playingProperty().get());
    }

    @Test
    void clickingANodeShowsItsDetails(FxRobot robot) {
        Trace trace = window.trace();
        int node = trace.firstChild(0);
        TreeCanvasView view = window.treeView();
        AtomicReference<Point2D> onScreen = new AtomicReference<>();
        robot.interact(() -> {
            window.replay().toEnd();
            // The narration's line count, and so the view's height, follows the event shown: lay
            // the window out for the last event before the point is taken.
            view.getScene().getRoot().applyCss();
            view.getScene().getRoot().layout();
            view.fitToWindow();
            onScreen.set(view.localToScreen(view.viewport().screenX(view.scene().layout().x(node)),
                    view.viewport().screenY(trace.depth(node))));
        });

        robot.clickOn(onScreen.get());

        TextArea details = robot.lookup("#details").queryAs(TextArea.class);
        assertTrue(details.getText().startsWith("id: " + trace.id(node) + "\nlabel: " + trace.label(node) + "\n"),
                details.getText());
        assertEquals(node, view.scene().selected());
    }

    @Test
    void theDetailsFollowTheReplayPosition(FxRobot robot) {
        Trace trace = window.trace();
        int last = trace.nodeCount() - 1;
        TextArea details = robot.lookup("#details").queryAs(TextArea.class);
        robot.interact(() -> {
            window.replay().pause();
            window.replay().toEnd();
            window.select(last);
        });
        assertTrue(details.getText().contains("\nstatus: " + trace.status(last).wireName() + "\n"), details.getText());

        robot.interact(() -> window.replay().seek(trace.createdAt(last)));

        assertTrue(details.getText().contains("\nstatus: not created yet: it is created at event "
                + (trace.createdAt(last) + 1) + ", the replay is at event " + trace.createdAt(last) + "\n"),
                details.getText());
        robot.interact(() -> window.replay().stepForward());
        assertTrue(details.getText().contains("\nstatus: " + window.treeView().scene().state().status(last).wireName()
                + "\n"), details.getText());
    }

    @Test
    void searchFindsNodesByLabelAndSelectsThem(FxRobot robot) {
        Trace trace = window.trace();
        robot.interact(() -> window.replay().toStart());
        robot.clickOn("#search").write("10-4=6").type(KeyCode.ENTER);

        int expected = -1;
        for (int node = 0; node < trace.nodeCount(); node++) {
            if (trace.label(node).equals("10-4=6")) {
                expected = node;
            }
        }
        assertEquals(expected, window.treeView().scene().selected());
        assertTrue(window.treeView().scene().isMatch(expected));
        assertTrue(window.treeView().scene().state().exists(expected), "the replay moved on to show the match");
        assertEquals("1 of 1, later: replay moved to event " + (trace.createdAt(expected) + 1),
                robot.lookup("#search-count").queryAs(Label.class).getText(), "and says the match came later");
    }

    @Test
    void aFileThatCannotBeReadGetsADialogAndTheTraceStaysOpen(FxRobot robot) throws Exception {
        Trace before = window.trace();
        Path bad = Files.writeString(settings.resolve("bad.csv"), "id,parent\na,\nb,ghost\n");

        robot.interact(() -> window.load(bad));
        FxWait.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals(bad + ":3:1: unknown parent 'ghost' of node 'b': no node has that id", dialog.getContentText());
        assertSame(before, window.trace());
    }

    @Test
    void pressingTheTimelineBarSeeksThere(FxRobot robot) {
        robot.interact(() -> window.replay().pause());
        TimelineBar bar = robot.lookup("#timeline").queryAs(TimelineBar.class);
        Point2D middle = bar.localToScreen(bar.getWidth() / 2, bar.getHeight() / 2);

        robot.moveTo(middle).press(MouseButton.PRIMARY).release(MouseButton.PRIMARY);

        int size = window.trace().timeline().size();
        int position = window.replay().positionProperty().get();
        assertTrue(Math.abs(position - size / 2) <= size / 50 + 1, "position " + position + " of " + size);
    }

    @Test
    void collapsingFailedSubtreesHidesTheirNodes(FxRobot robot) {
        robot.interact(() -> {
            window.replay().toEnd();
            window.treeView().setCollapsed(FailedSubtrees.roots(window.trace(), window.treeView().scene().state()));
        });
        TreeScene scene = window.treeView().scene();
        Trace trace = window.trace();
        int hidden = 0;
        for (int node = 0; node < trace.nodeCount(); node++) {
            if (!scene.layout().isShown(node)) {
                hidden++;
                assertTrue(isBelowACollapsedNode(scene, trace, node), "node " + node + " hidden without reason");
            }
        }
        assertTrue(hidden > 0, "the sample has failed subtrees to hide");
        robot.interact(() -> window.treeView().setCollapsed(new BitSet()));
        assertEquals(trace.nodeCount(), scene.layout().shownCount());
    }

    @Test
    void theMiniMapMovesTheViewWhereItIsPressed(FxRobot robot) {
        robot.interact(() -> {
            window.replay().toEnd();
            window.treeView().zoom(4);
            window.treeView().drawIfNeeded();
        });
        TreeCanvasView view = window.treeView();
        double before = view.viewport().worldX(view.getWidth() / 2);
        MiniMap miniMap = view.miniMap();

        robot.clickOn(miniMap.localToScreen(5, miniMap.getHeight() / 2));

        double after = view.viewport().worldX(view.getWidth() / 2);
        assertTrue(after < before, "the view moved left: " + before + " -> " + after);
    }

    @Test
    void aLargeLoadShowsProgressAndCanBeCancelledKeepingTheTraceOpen(FxRobot robot) throws Exception {
        Trace before = window.trace();
        Path big = settings.resolve("big.jsonl");
        try (var out = Files.newOutputStream(big)) {
            new NativeTraceWriter().writeEventLog(List.of(SyntheticSearch.generate(100_000, 3)), out);
        }

        ProgressBar progress = robot.lookup(".progress-bar").queryAs(ProgressBar.class);
        AtomicBoolean progressShown = new AtomicBoolean();
        // Cancelled in the same turn of the JavaFX thread that started it, so the load cannot have
        // finished first however fast or slow the machine is.
        robot.interact(() -> {
            window.load(big);
            progressShown.set(progress.isVisible());
            robot.lookup("Cancel").queryButton().fire();
        });

        assertTrue(progressShown.get());
        FxWait.until(() -> !progress.isVisible());
        assertSame(before, window.trace());
    }

    @Test
    void theViewMenuDressesTheShownTraceAndTheNextOneOpened(FxRobot robot) throws Exception {
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu view = menus.getMenus().stream().filter(menu -> menu.getText().equals("View")).findFirst().orElseThrow();
        CheckMenuItem actions = (CheckMenuItem) item(view, "Actions on edges");
        CheckMenuItem badges = (CheckMenuItem) item(view, "Metric badges");
        assertFalse(actions.isSelected(), "actions stay under their nodes until asked");

        robot.interact(() -> {
            actions.setSelected(true);
            actions.fire();
            badges.setSelected(false);
            badges.fire();
        });

        assertTrue(window.treeView().shown().style().edgeLabels());
        assertTrue(window.treeView().scene().edgeLabels());
        assertFalse(window.treeView().shown().style().badges());
        Trace before = window.trace();
        robot.interact(() -> window.loadSample("mcts-game24.jsonl"));
        FxWait.untilShown(window, trace -> trace != before);
        assertTrue(window.treeView().scene().edgeLabels(), "a newly opened trace is dressed as the menu says");
        assertFalse(window.treeView().shown().style().badges());
    }

    private static MenuItem item(Menu menu, String text) {
        return menu.getItems().stream().filter(item -> text.equals(item.getText())).findFirst().orElseThrow();
    }

    @Test
    void helpAboutSaysWhichRetraceJavaAndJavaFxRunAndWhereTheSettingsLive(FxRobot robot) {
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu help = menus.getMenus().get(menus.getMenus().size() - 1);
        assertEquals("Help", help.getText());
        assertEquals("About Retrace", help.getItems().get(0).getText());

        AtomicReference<Alert> about = new AtomicReference<>();
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> {
            about.set(window.showAbout());
            ((Button) about.get().getDialogPane().lookupButton(AboutDialog.COPY)).fire();
            copied.set(Clipboard.getSystemClipboard().getString());
        });
        String facts = robot.lookup("#about-facts").queryAs(Label.class).getText();
        assertTrue(about.get().isShowing(), "copying leaves the dialog open");
        robot.interact(() -> about.get().close());
        assertEquals(facts, copied.get());

        List<String> lines = facts.lines().toList();
        assertEquals(4, lines.size(), facts);
        assertEquals("Retrace " + RetraceVersion.version(), lines.get(0));
        assertTrue(lines.get(1).startsWith("Java 17"), facts);
        assertTrue(lines.get(2).matches("JavaFX 21[.0-9]*, as modules"), facts);
        assertEquals("Settings: " + settings, lines.get(3));
    }

    private static boolean isBelowACollapsedNode(TreeScene scene, Trace trace, int node) {
        for (int ancestor = trace.parent(node); ancestor >= 0; ancestor = trace.parent(ancestor)) {
            if (scene.isCollapsed(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static int firstEventOf(Timeline timeline, EventType type) {
        for (int event = 0; event < timeline.size(); event++) {
            if (timeline.type(event) == type) {
                return event;
            }
        }
        throw new AssertionError("the sample has no " + type + " event");
    }
}
