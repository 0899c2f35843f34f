package org.retrace.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.model.Trace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainWindow window;

    @TempDir
    Path directory;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage);
        window.loadSample(Samples.NAMES.get(0));
    }

    @BeforeEach
    void waitForTheSample() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.trace() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensTheSampleWithItsRootSelectedAndDescribed(FxRobot robot) {
        Trace trace = window.trace();
        TreeView<Integer> outline = robot.lookup("#outline").queryAs(TreeView.class);
        TextArea details = robot.lookup("#details").queryAs(TextArea.class);
        Label statusBar = robot.lookup("#status-bar").queryAs(Label.class);

        assertEquals(Integer.valueOf(0), outline.getRoot().getValue());
        assertEquals(trace.childCount(0), outline.getRoot().getChildren().size());
        assertTrue(details.getText().startsWith("id: " + trace.id(0) + "\n"), details.getText());
        assertTrue(statusBar.getText().startsWith(String.format("%,d nodes", trace.nodeCount())), statusBar.getText());
    }

    @Test
    void clickingARowShowsThatNodesDetails(FxRobot robot) {
        Trace trace = window.trace();
        TreeView<Integer> outline = robot.lookup("#outline").queryAs(TreeView.class);
        TreeItem<Integer> firstChild = outline.getRoot().getChildren().get(0);
        String rowText = (trace.label(firstChild.getValue()).isEmpty() ? trace.id(firstChild.getValue())
                : trace.label(firstChild.getValue())) + "   [" + trace.status(firstChild.getValue()).wireName() + "]";

        robot.clickOn(rowText);

        TextArea details = robot.lookup("#details").queryAs(TextArea.class);
        assertTrue(details.getText().startsWith("id: " + trace.id(firstChild.getValue()) + "\n"), details.getText());
        assertTrue(details.getText().contains("parent: " + trace.id(0) + "\n"), details.getText());
    }

    @Test
    void aFileThatCannotBeReadGetsADialogAndTheTraceStaysOpen(FxRobot robot) throws Exception {
        Trace before = window.trace();
        Path bad = Files.writeString(directory.resolve("bad.csv"), "id,parent\na,\nb,ghost\n");

        robot.interact(() -> window.load(bad));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals(bad + ":3:1: unknown parent 'ghost' of node 'b': no node has that id", dialog.getContentText());
        assertSame(before, window.trace());
    }
}
