package org.retrace.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.nativejson.NativeTraceWriter;
import org.retrace.gui.memory.MemoryView;
import org.retrace.gui.memory.RoundsPanel;
import org.retrace.gui.settings.RecentFiles;
import org.retrace.memory.MemoryHierarchy;
import org.retrace.memory.MemoryItem;
import org.retrace.model.Trace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MemoryViewTest {
    @TempDir
    static Path directory;

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Trace memory = MemoryHierarchy.build("memory", List.of(new MemoryItem(0, 0, 60, "a man at a window", ""),
                new MemoryItem(0, 60, 120, "a street at night", ""),
                new MemoryItem(1, 60, 70, "a red car turns left", "find the car")), Map.of());
        Path file = directory.resolve("memory.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            new NativeTraceWriter().writeEventLog(List.of(memory), out);
        }
        window = new MainWindow(stage, new RecentFiles(directory));
        window.load(file);
    }

    @AfterEach
    void closeTheWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void opensAMemoryInTheMemoryTabAndSelectsAClipByClicking(FxRobot robot) throws Exception {
        FxWait.untilShown(window, "memory");
        robot.interact(() -> window.replay().toEnd());
        WaitForAsyncUtils.waitForFxEvents();
        TabPane views = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals("Memory", views.getSelectionModel().getSelectedItem().getText());
        assertFalse(views.getTabs().get(1).isDisable());

        MemoryView memory = robot.lookup("#memory").queryAs(MemoryView.class);
        double secondClip = 4 + 90.0 / 120 * (memory.getWidth() - 8);
        double inSecondRow = memory.rowTop(1) + 10;
        int clip = memory.clipAt(secondClip, inSecondRow);
        assertEquals("L0 [60, 120]", window.trace().id(clip));

        robot.clickOn(memory.localToScreen(secondClip, inSecondRow));
        TextArea details = robot.lookup("#details").queryAs(TextArea.class);
        assertTrue(details.getText().startsWith("id: L0 [60, 120]\nlabel: 1:00-2:00\n"), details.getText());
        assertTrue(details.getText().contains("a street at night"), details.getText());
    }

    @Test
    void listsTheRoundsOfTheSampleAsTheReplayReachesThem(FxRobot robot) throws Exception {
        robot.interact(() -> window.loadSample("videolucy-memory-rounds.jsonl"));
        FxWait.untilShown(window, trace -> trace.info().name().startsWith("VideoLucy"));
        RoundsPanel rounds = robot.lookup("#rounds").queryAs(RoundsPanel.class);

        robot.interact(() -> window.replay().toStart());
        assertEquals(0, rounds.getItems().size());
        robot.interact(() -> window.replay().toEnd());
        assertEquals(4, rounds.getItems().size());
        assertEquals(3, rounds.getSelectionModel().getSelectedIndex());
        String lastRound = rounds.getItems().get(3).text();
        assertTrue(lastRound.startsWith("Round 4: 7:00-8:00\nExcluded: 1:00-2:00, 3:00-4:00, 5:00-6:00\n"), lastRound);
        assertTrue(lastRound.endsWith("Confident: yes\nAnswer: Red"));

        robot.interact(() -> rounds.getSelectionModel().select(1));
        int secondRound = rounds.getItems().get(1).event();
        assertEquals(secondRound + 1, window.replay().positionProperty().get());
        assertEquals(2, rounds.getItems().size());
    }

    @Test
    void theRoundsPanelWidensAsFarAsItsDividerIsDragged(FxRobot robot) throws Exception {
        robot.interact(() -> window.loadSample("videolucy-memory-rounds.jsonl"));
        FxWait.untilShown(window, trace -> trace.info().name().startsWith("VideoLucy"));
        RoundsPanel rounds = robot.lookup("#rounds").queryAs(RoundsPanel.class);
        javafx.scene.control.SplitPane memoryArea = (javafx.scene.control.SplitPane) rounds.getParent().getParent();
        double before = rounds.getWidth();

        robot.interact(() -> {
            memoryArea.setDividerPositions(0.4);
            memoryArea.layout();
        });

        assertTrue(rounds.getWidth() > before + 100, "from " + before + " to " + rounds.getWidth());
    }
}
