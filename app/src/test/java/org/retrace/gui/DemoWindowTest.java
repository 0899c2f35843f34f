package org.retrace.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.retrace.demo.Demo;
import org.retrace.demo.DemoRecorder;
import org.retrace.demo.DemoSettings;
import org.retrace.demo.Demos;
import org.retrace.gui.settings.RecentFiles;
import org.retrace.model.Trace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DemoWindowTest {
    @TempDir
    static Path settings;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, new RecentFiles(settings));
    }

    @AfterEach
    void closeTheWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nqueens", "sudoku", "countdown", "mcts", "sat", "knapsack"})
    void narratesEveryStepOfEachDemoInItsOwnWordsAndDrawsItsState(String name, FxRobot robot) throws Exception {
        Demo demo = Demos.named(name);
        Trace trace = runDemo(robot, demo, demo.defaults());
        List<String> said = new ArrayList<>();
        List<Integer> shown = new ArrayList<>();
        robot.interact(() -> {
            window.replay().toStart();
            while (window.replay().stepForward()) {
                said.add(window.narrationLine().getText());
                shown.add(window.statePanel().node());
            }
        });
        assertEquals(trace.timeline().size(), said.size());
        for (int event = 0; event < said.size(); event++) {
            Object narration = trace.timeline().attributes(event).get(DemoRecorder.NARRATION);
            String expected = switch (trace.timeline().type(event)) {
                case NODE -> trace.text(trace.timeline().node(event));
                case NOTE -> trace.timeline().note(event);
                default -> String.valueOf(narration);
            };
            assertEquals(expected, said.get(event), name + " event " + event);
            int node = trace.timeline().node(event);
            if (node >= 0) {
                assertEquals(node, shown.get(event), name + ": the state panel follows event " + event);
            }
        }
        assertTrue(window.statePanel().isVisible());
    }

    @Test
    void offersEveryDemoOnTheStartPageAndRunsItFromThere(FxRobot robot) throws Exception {
        for (Demo demo : Demos.all()) {
            assertNotNull(robot.lookup("#run-" + demo.name()).queryAs(Button.class), demo.name());
        }
        robot.interact(() -> robot.lookup("#run-knapsack").queryAs(Button.class).fire());
        FxWait.untilShown(window, trace -> "knapsack".equals(trace.info().attributes().get(DemoRecorder.DEMO)));
        assertEquals(5.0, window.replay().speedProperty().get(), 1e-9);
    }

    @Test
    void stepsWithSpaceInPresentationModeAndRestoresTheWindowAfter(FxRobot robot) throws Exception {
        Demo queens = Demos.named("nqueens");
        runDemo(robot, queens, queens.defaults());
        robot.interact(() -> {
            window.replay().pause();
            window.replay().toStart();
            window.setPresentationMode(true);
        });
        assertFalse(window.detailsShown());
        int before = window.replay().positionProperty().get();
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 2, window.replay().positionProperty().get());
        assertFalse(window.replay().playingProperty().get());
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, window.replay().positionProperty().get());
        robot.interact(() -> window.setPresentationMode(false));
        assertTrue(window.detailsShown());
    }

    @Test
    void runsEveryVariantOfOneSudokuAndOffersThemSideBySide(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#compare-sudoku").queryAs(Button.class).fire());
        FxWait.until(() -> window.recordPicker().getItems().size() == 2);
        assertEquals("dfs", window.trace().info().attributes().get("variant"));
        String puzzle = (String) window.trace().info().attributes().get("puzzle");
        robot.interact(() -> window.recordPicker().getSelectionModel().select(1));
        assertEquals("sampling", window.trace().info().attributes().get("variant"));
        assertEquals(puzzle, window.trace().info().attributes().get("puzzle"), "the same puzzle both ways");
        String comparison = robot.lookup("#live-status").queryAs(Label.class).getText();
        assertTrue(comparison.startsWith("dfs: 12 nodes, 1 solution, 5 failed   |   sampling: 31 nodes"), comparison);
    }

    @Test
    void solvesADimacsFileFromTheDemoMenuAndSaysWhereABrokenOneIsWrong(FxRobot robot) throws Exception {
        Path cnf = Files.writeString(settings.resolve("tiny.cnf"), "p cnf 3 3\n1 2 0\n-1 3 0\n-3 -2 0\n");
        robot.interact(() -> window.demoLauncher().solveDimacs(cnf));
        FxWait.untilShown(window, "CDCL on tiny.cnf, 3 clauses");

        Path broken = Files.writeString(settings.resolve("broken.cnf"), "p cnf 2 1\n1 x 0\n");
        robot.interact(() -> window.demoLauncher().solveDimacs(broken));
        FxWait.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("broken.cnf:2: expected a literal, found 'x'", dialog.getContentText());
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }

    private Trace runDemo(FxRobot robot, Demo demo, DemoSettings settings) throws Exception {
        robot.interact(() -> window.demoLauncher().run(demo, settings, 5));
        FxWait.untilShown(window, trace -> demo.name().equals(trace.info().attributes().get(DemoRecorder.DEMO))
                && trace.info().attributes().get("size").equals((long) settings.size()));
        return window.trace();
    }
}
