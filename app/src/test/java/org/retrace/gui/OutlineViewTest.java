package org.retrace.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.gui.outline.OutlineView;
import org.retrace.gui.settings.RecentFiles;
import org.retrace.model.Trace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class OutlineViewTest {
    @TempDir
    static Path settings;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, new RecentFiles(settings));
        window.loadSample("mcts-game24.jsonl");
    }

    @AfterEach
    void closeTheWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void listsEveryNodeInCreationOrderAndSelectsTheSameNodeBothWays(FxRobot robot) throws Exception {
        FxWait.untilShown(window, trace -> true);
        Trace trace = window.trace();
        robot.interact(() -> {
            window.replay().pause();
            window.replay().toEnd();
            robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(3);
        });
        OutlineView outline = robot.lookup("#outline").queryAs(OutlineView.class);
        assertEquals(trace.nodeCount(), outline.rows().size());
        assertEquals(0, outline.rows().get(0));

        int node = trace.nodeCount() - 1;
        robot.interact(() -> window.select(node));
        ListView<?> list = robot.lookup("#outline-list").queryAs(ListView.class);
        assertEquals(node, list.getSelectionModel().getSelectedItem());

        robot.interact(() -> list.getSelectionModel().select(1));
        assertEquals(outline.rows().get(1), window.treeView().scene().selected());
    }

    @Test
    void filtersByKindAndMarksNodesTheReplayHasNotCreatedYet(FxRobot robot) throws Exception {
        FxWait.untilShown(window, trace -> true);
        Trace trace = window.trace();
        String kind = trace.kind(trace.nodeCount() - 1);
        long ofKind = java.util.stream.IntStream.range(0, trace.nodeCount()).filter(n -> kind.equals(trace.kind(n)))
                .count();
        robot.interact(() -> {
            window.replay().pause();
            window.replay().seek(1);
            robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(3);
            @SuppressWarnings("unchecked")
            ComboBox<String> kinds = robot.lookup("#outline-kind").queryAs(ComboBox.class);
            kinds.getSelectionModel().select(kind);
            kinds.getOnAction().handle(null);
        });
        OutlineView outline = robot.lookup("#outline").queryAs(OutlineView.class);

        assertEquals(ofKind, outline.rows().size());
        List<String> texts = robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .map(cell -> cell.getText() == null ? "" : cell.getText()).filter(text -> !text.isEmpty()).toList();
        assertTrue(texts.stream().anyMatch(text -> text.endsWith("\u00b7 later")), texts.toString());
    }
}
