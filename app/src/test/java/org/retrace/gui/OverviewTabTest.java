package org.retrace.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.gui.settings.RecentFiles;
import org.retrace.model.Trace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Both overviews link to the tree: a click selects the node under it and shows it in the Tree tab. */
@ExtendWith(ApplicationExtension.class)
class OverviewTabTest {
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

    @Test
    void aClickOnThePixelTreesRootRowSelectsTheRootAndShowsTheTree(FxRobot robot) throws Exception {
        TabPane tabs = openTheTab(robot);
        Node view = robot.lookup("#pixel-tree").query();
        FxWait.until(() -> view.getLayoutBounds().getWidth() > 100);

        Point2D rootCell = view.localToScreen(3, 3);
        robot.moveTo(rootCell).clickOn(MouseButton.PRIMARY);

        FxWait.until(() -> window.treeView().scene().selected() == 0);
        assertEquals("Tree", tabs.getSelectionModel().getSelectedItem().getText());
    }

    /** The icicle's second row starts with the root's first child, whose bar is as wide as its subtree. */
    @Test
    void aClickOnTheIciclesSecondRowSelectsTheRootsFirstChild(FxRobot robot) throws Exception {
        TabPane tabs = openTheTab(robot);
        Node view = robot.lookup("#icicle").query();
        FxWait.until(() -> view.getLayoutBounds().getWidth() > 100 && view.getLayoutBounds().getHeight() > 100);
        Trace trace = window.treeView().shown().trace();
        double row = view.getLayoutBounds().getHeight() / (trace.maxDepth() + 1);

        robot.moveTo(view.localToScreen(3, row * 1.5)).clickOn(MouseButton.PRIMARY);

        FxWait.until(() -> window.treeView().scene().selected() == trace.firstChild(0));
        assertEquals("Tree", tabs.getSelectionModel().getSelectedItem().getText());
    }

    private TabPane openTheTab(FxRobot robot) throws Exception {
        robot.interact(() -> window.loadSample("branch-and-bound-knapsack.jsonl"));
        FxWait.untilShown(window, trace -> trace.nodeCount() == 39);
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        Tab overview = tabs.getTabs().stream().filter(tab -> "overview-tab".equals(tab.getId())).findFirst()
                .orElseThrow();
        robot.interact(() -> {
            window.replay().toEnd();
            window.select(5);
            tabs.getSelectionModel().select(overview);
        });
        return tabs;
    }
}
