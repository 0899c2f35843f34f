package org.retrace.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.decoding.SequenceHistory;
import org.retrace.export.Figure;
import org.retrace.gui.settings.RecentFiles;
import org.retrace.gui.settings.SequenceSettings;
import org.retrace.model.Trace;
import org.retrace.render.LladaHistory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A five-position LLaDA-style decoding ({@link LladaHistory}): "sat" is decided at step 2, taken
 * back at step 3 and decided again at step 4 at position 2.
 */
@ExtendWith(ApplicationExtension.class)
class SequenceTabTest {
    @TempDir
    Path settings;

    @TempDir
    Path directory;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, new RecentFiles(settings));
    }

    @AfterEach
    void closeTheWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void aDecodingOpensOnTheSequenceTabAndAClickShowsAPositionsHistory(FxRobot robot) throws Exception {
        Path file = Files.writeString(directory.resolve("llada.json"), LladaHistory.TEXT);
        robot.interact(() -> window.load(file));
        FxWait.untilShown(window, trace -> trace.nodeCount() == 13);
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        FxWait.until(() -> "sequence-tab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        robot.interact(() -> window.replay().toEnd());
        Node grid = robot.lookup("#sequence-grid").query();
        FxWait.until(() -> grid.getLayoutBounds().getWidth() > 200);

        // Five columns share the grid's width (less the bars beside it), each at most 120 pixels.
        double column = Math.min(120, (grid.getLayoutBounds().getWidth() - 90) / 5);
        robot.moveTo(grid.localToScreen(column * 2.5, 5)).clickOn(MouseButton.PRIMARY);

        Trace trace = window.treeView().shown().trace();
        FxWait.until(() -> window.treeView().scene().selected() == trace.findNode("p2@4"));
        AtomicReference<String> history = new AtomicReference<>();
        robot.interact(() -> history.set(robot.lookup("#sequence-position").queryAs(Label.class).getText()));
        assertEquals("Position 2:  step 2 \u201csat\u201d;  step 3 taken back;  step 4 \u201csat\u201d", history.get());
        assertTrue(!tabs.getTabs().stream().filter(tab -> "sequence-tab".equals(tab.getId())).findFirst().orElseThrow()
                .isDisable());

        // A double-click on step 2's row goes back to it: the replay stops after step 2's last event.
        double row = Math.min(40, grid.getLayoutBounds().getHeight() / 5);
        robot.moveTo(grid.localToScreen(column * 2.5, row * 2.5)).doubleClickOn(MouseButton.PRIMARY);
        FxWait.until(() -> window.replay().positionProperty().get() == SequenceHistory.positionAfter(trace, 2));
        robot.interact(() -> window.replay().toEnd());

        // A token selected elsewhere ("down", decided at step 3) marks its position here.
        robot.interact(() -> window.select(trace.findNode("p3@3")));
        FxWait.until(() -> {
            robot.interact(() -> history.set(robot.lookup("#sequence-position").queryAs(Label.class).getText()));
            return history.get().equals("Position 3:  step 3 \u201cdown\u201d");
        });

        // File > Export SVG while the Sequence tab shows writes the grid, its tokens as text.
        Path svg = directory.resolve("sequence.svg");
        AtomicReference<CompletableFuture<Path>> writing = new AtomicReference<>();
        robot.interact(() -> writing.set(window.pictureExport().exportSvg(svg, false)));
        writing.get().get(FxWait.DEADLINE_SECONDS, TimeUnit.SECONDS);
        String document = Files.readString(svg);
        assertTrue(document.contains(">dog</text>") && document.contains(">down</text>"), document);
        assertEquals(Figure.View.SEQUENCE, window.animationSource().view());
    }

    /**
     * Positions as rows: the click picks a position by its row. Readable cells: 60 positions of 18
     * pixels outgrow the view, so a scroll bar appears. File > Export SVG draws the grid
     * transposed, as shown (fitted, as exports are).
     */
    @Test
    void theGridTransposesAndItsReadableCellsScroll(FxRobot robot) throws Exception {
        StringBuilder steps = new StringBuilder();
        for (int step = 0; step < 3; step++) {
            steps.append(step == 0 ? "" : ", ").append('[');
            for (int position = 0; position < 60; position++) {
                steps.append(position == 0 ? "" : ", ").append(position < 20 * step ? "\"w" + position + "\"" : "\"[MASK]\"");
            }
            steps.append(']');
        }
        Path file = Files.writeString(directory.resolve("wide.json"), "{\"steps\": [" + steps + "]}");
        robot.interact(() -> window.load(file));
        FxWait.untilShown(window, trace -> trace.nodeCount() == 1 + 60 + 40);
        robot.interact(() -> window.replay().toEnd());
        Node grid = robot.lookup("#sequence-grid").query();
        FxWait.until(() -> grid.getLayoutBounds().getWidth() > 200);
        Node view = robot.lookup("#sequence").query();
        assertFalse(robot.from(view).lookup(".scroll-bar").queryAll().stream().anyMatch(Node::isVisible),
                "the fitted grid fits");

        robot.clickOn("#sequence-transposed");
        FxWait.until(() -> window.animationSource().view() == Figure.View.SEQUENCE_TRANSPOSED);
        // 60 rows share the height the bars leave: position 25 is the 26th row; steps are columns at most 120 wide.
        double row = (grid.getLayoutBounds().getHeight() - 90) / 60;
        robot.moveTo(grid.localToScreen(5, row * 25.5)).clickOn(MouseButton.PRIMARY);
        AtomicReference<String> history = new AtomicReference<>();
        FxWait.until(() -> {
            robot.interact(() -> history.set(robot.lookup("#sequence-position").queryAs(Label.class).getText()));
            return history.get().startsWith("Position 25:");
        });
        assertEquals("Position 25:  step 2 \u201cw25\u201d", history.get());

        robot.clickOn("#sequence-readable");
        FxWait.until(() -> new SequenceSettings(settings).readableCells());
        assertTrue(new SequenceSettings(settings).positionsAsRows(), "the choices are kept for the next session");
        FxWait.until(() -> robot.from(view).lookup(".scroll-bar").queryAll().stream().anyMatch(bar -> bar.isVisible()
                && ((ScrollBar) bar).getOrientation() == Orientation.VERTICAL));

        Path svg = directory.resolve("transposed.svg");
        AtomicReference<CompletableFuture<Path>> writing = new AtomicReference<>();
        robot.interact(() -> writing.set(window.pictureExport().exportSvg(svg, false)));
        writing.get().get(FxWait.DEADLINE_SECONDS, TimeUnit.SECONDS);
        // Transposed, a row is a position, drawn as its runs of one colour: masked, decided, kept for
        // positions 0-19; masked, decided for 20-39; masked for 40-59. Then the background, the bars'
        // band and the bars of steps 1 and 2, 20 tokens decided each (steps as rows: 10 in all).
        String document = Files.readString(svg);
        assertEquals(20 * 3 + 20 * 2 + 20 + 1 + 1 + 2, document.split("<rect ", -1).length - 1);
    }

    /** The sample's prompt is 13 tokens: readable cells open on the generation, one cell of prompt before it. */
    @Test
    void aReadableGridOpensOnTheGeneration(FxRobot robot) throws Exception {
        robot.interact(() -> window.load(Path.of("../samples/diffusion-decoding.json")));
        FxWait.untilShown(window, "diffusion-decoding.json");
        robot.interact(() -> window.replay().toEnd());
        Node grid = robot.lookup("#sequence-grid").query();
        FxWait.until(() -> grid.getLayoutBounds().getWidth() > 200);

        robot.clickOn("#sequence-readable");
        Node view = robot.lookup("#sequence").query();
        FxWait.until(() -> robot.from(view).lookup(".scroll-bar").queryAll().stream().anyMatch(bar -> bar.isVisible()
                && ((ScrollBar) bar).getValue() > 0));
        robot.moveTo(grid.localToScreen(5, 5)).clickOn(MouseButton.PRIMARY);

        AtomicReference<String> history = new AtomicReference<>();
        FxWait.until(() -> {
            robot.interact(() -> history.set(robot.lookup("#sequence-position").queryAs(Label.class).getText()));
            return history.get().startsWith("Position");
        });
        assertEquals("Position 12:  step 0 \u201c:\u201d", history.get(), "the prompt's last token, first in view");
    }
}
