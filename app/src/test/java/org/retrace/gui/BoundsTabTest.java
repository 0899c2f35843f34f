package org.retrace.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.gui.settings.RecentFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Bounds tab follows the replay of a branch-and-bound search, and steps aside for other searches. */
@ExtendWith(ApplicationExtension.class)
class BoundsTabTest {
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

    private static Tab boundsTab(FxRobot robot) {
        return robot.lookup(".tab-pane").queryAs(TabPane.class).getTabs().stream()
                .filter(tab -> "bounds-tab".equals(tab.getId())).findFirst().orElseThrow();
    }

    /** The knapsack sample's bounds, read by hand: at its end incumbent 80 meets the best bound 80. */
    @Test
    void chartsTheKnapsackSamplesBoundsAndSaysTheGapAtTheReplayPosition(FxRobot robot) throws Exception {
        robot.interact(() -> window.loadSample("branch-and-bound-knapsack.jsonl"));
        FxWait.untilShown(window, trace -> trace.nodeCount() == 39);
        robot.interact(() -> window.replay().toEnd());

        assertTrue(!boundsTab(robot).isDisabled());
        Label gap = robot.lookup("#bounds-gap").queryAs(Label.class);
        FxWait.until(() -> gap.getText().endsWith("incumbent 80, best bound 80, gap 0.00%"));
        LineChart<?, ?> chart = robot.lookup("#bounds-chart").queryAs(LineChart.class);
        assertEquals(3, chart.getData().size(), "incumbent, best bound and the replay's line");

        robot.interact(() -> window.replay().seek(0));
        FxWait.until(() -> gap.getText().equals("No bound reported yet at event 0"));
    }

    @Test
    void isDisabledForASearchWithoutBounds(FxRobot robot) throws Exception {
        robot.interact(() -> window.loadSample("mcts-game24.jsonl"));
        FxWait.untilShown(window, trace -> trace.nodeCount() == 31);
        FxWait.until(() -> boundsTab(robot).isDisabled());
    }
}
