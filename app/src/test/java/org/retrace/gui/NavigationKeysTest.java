package org.retrace.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.gui.settings.RecentFiles;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Alt and a key moves the selection through the tree, among the nodes the replay has created. */
@ExtendWith(ApplicationExtension.class)
class NavigationKeysTest {
    @TempDir
    static Path settings;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, new RecentFiles(settings));
        window.loadSample("countdown-reasoning.jsonl");
    }

    @BeforeEach
    void atTheEndWithTheRootSelected(FxRobot robot) throws Exception {
        FxWait.untilShown(window, trace -> true);
        robot.interact(() -> {
            window.replay().toEnd();
            window.select(0);
        });
    }

    @AfterEach
    void closeTheWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    private int selected() {
        return window.treeView().scene().selected();
    }


    @Test
    void altArrowsWalkTheTreeAndHomeReturnsToTheRoot(FxRobot robot) {
        Trace trace = window.trace();
        int root = 0;
        int first = trace.firstChild(root);
        int second = trace.nextSibling(first);
        robot.interact(() -> window.select(root));

        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        assertEquals(first, selected(), "the root's first child");
        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        assertEquals(second, selected(), "its next sibling");
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        assertEquals(first, selected());
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        assertEquals(root, selected());
        assertEquals(trace.timeline().size(), window.replay().positionProperty().get(), "the replay did not move");
    }

    @Test
    void altSFindsTheSolutionAndAltPMarksItsPathFromTheRoot(FxRobot robot) {
        Trace trace = window.trace();
        int solution = -1;
        for (int node = 0; node < trace.nodeCount() && solution < 0; node++) {
            if (trace.status(node) == NodeStatus.SOLUTION) {
                solution = node;
            }
        }
        assertTrue(solution > 0, "the sample reaches 24");

        robot.press(KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT);
        assertEquals(solution, selected());
        robot.press(KeyCode.ALT).type(KeyCode.P).release(KeyCode.ALT);
        for (int node : trace.pathFromRoot(solution)) {
            assertTrue(window.treeView().scene().isMatch(node), "on the path: " + trace.label(node));
        }
        assertTrue(!window.treeView().scene().isMatch(trace.firstChild(0)) || trace.isAncestor(trace.firstChild(0),
                solution), "a node off the path is not marked");
    }
}
