package org.retrace.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.gui.settings.RecentFiles;
import org.retrace.model.Trace;
import org.retrace.similar.SubtreeGroup;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The knapsack sample repeats two shapes that are not inside a larger repeat: seven nodes four
 * times (under nodes 5, 6, 19 and 31) and five nodes five times; with labels, three shapes.
 */
@ExtendWith(ApplicationExtension.class)
class SimilarTabTest {
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
    void aDoubleClickedShapeLightsUpItsOccurrencesAndShowsTheFirstInTheTree(FxRobot robot) throws Exception {
        TableView<SubtreeGroup> table = openTheTab(robot);
        Trace trace = window.treeView().shown().trace();
        assertEquals(2, table.getItems().size());
        SubtreeGroup first = table.getItems().get(0);
        assertEquals(List.of(7, 3, 4), List.of(first.size(), first.height(), first.count()));

        Node row = robot.lookup("#similar-table .table-row-cell").queryAll().stream()
                .filter(cell -> cell instanceof TableRow<?> tableRow && tableRow.getIndex() == 0).findFirst().orElseThrow();
        robot.moveTo(row.localToScreen(30, row.getBoundsInLocal().getHeight() / 2)).doubleClickOn(MouseButton.PRIMARY);

        FxWait.until(() -> window.treeView().scene().selected() == trace.findNode("5"));
        assertEquals("Tree", robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().getSelectedItem()
                .getText());
        assertEquals(28, IntStream.range(0, trace.nodeCount()).filter(window.treeView().scene()::isMatch).count(),
                "four occurrences of seven nodes");
    }

    @Test
    void enterAgainShowsTheNextOccurrenceAndLabelsNarrowTheShapes(FxRobot robot) throws Exception {
        TableView<SubtreeGroup> table = openTheTab(robot);
        Trace trace = window.treeView().shown().trace();
        robot.interact(() -> {
            table.getSelectionModel().select(0);
            table.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> window.treeView().scene().selected() == trace.findNode("5"));
        robot.interact(() -> {
            showTheTab(robot);
            table.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> window.treeView().scene().selected() == trace.findNode("6"));

        robot.interact(() -> robot.lookup("#similar-labels").queryAs(CheckBox.class).setSelected(true));
        FxWait.until(() -> table.getItems().size() == 3);
        SubtreeGroup first = table.getItems().get(0);
        assertEquals(List.of(5, 2), List.of(first.size(), first.count()));
    }

    private TableView<SubtreeGroup> openTheTab(FxRobot robot) throws Exception {
        robot.interact(() -> window.loadSample("branch-and-bound-knapsack.jsonl"));
        FxWait.untilShown(window, shown -> shown.nodeCount() == 39);
        robot.interact(() -> {
            window.replay().toEnd();
            showTheTab(robot);
        });
        TableView<SubtreeGroup> table = robot.lookup("#similar-table").queryAs(TableView.class);
        FxWait.until(() -> !table.getItems().isEmpty());
        return table;
    }

    private static void showTheTab(FxRobot robot) {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        tabs.getTabs().stream().filter(tab -> "similar-tab".equals(tab.getId())).findFirst()
                .ifPresent(tabs.getSelectionModel()::select);
    }
}
