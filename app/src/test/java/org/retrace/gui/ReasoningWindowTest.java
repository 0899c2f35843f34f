package org.retrace.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.gui.settings.RecentFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ReasoningWindowTest {
    private static final Path SAMPLES = Path.of("..", "samples");

    @TempDir
    static Path settings;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage shown) {
        stage = shown;
        window = new MainWindow(shown, new RecentFiles(settings));
    }

    @AfterEach
    void closeTheWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void showsTheTextBesideTheTreeAndSelectsTheSameStepFromEitherSide(FxRobot robot) throws Exception {
        // Small enough that the text does not fit its pane and can scroll.
        robot.interact(() -> {
            stage.setWidth(1180);
            stage.setHeight(720);
        });
        open(robot, SAMPLES.resolve("chain-of-thought-24.md"), "chain-of-thought-24.md");
        assertTrue(robot.lookup("#reasoning-text").tryQuery().isPresent());
        int tryingProducts = window.trace().findNode("s5");
        robot.interact(() -> {
            window.replay().pause();
            window.replay().toEnd();
            window.select(tryingProducts);
        });
        assertEquals(tryingProducts, window.reasoningView().selected());

        robot.interact(() -> window.select(window.trace().findNode("s1")));
        ScrollPane text = robot.lookup("#reasoning-text .scroll-pane").queryAs(ScrollPane.class);
        robot.interact(() -> {
            // Which step is at the top is read from the laid-out paragraphs.
            text.getScene().getRoot().applyCss();
            text.getScene().getRoot().layout();
            text.setVvalue(0.8);
        });
        WaitForAsyncUtils.waitForFxEvents();
        int selected = window.treeView().scene().selected();
        assertTrue(selected > window.trace().findNode("s1"), "scrolling down selects a later step, found " + selected);
        assertEquals(selected, window.reasoningView().selected());
    }

    @Test
    void offersEachRecordOfAFileWithSeveralAndShowsThePickedOne(FxRobot robot) throws Exception {
        open(robot, SAMPLES.resolve("chains-of-thought.jsonl"), "chains-of-thought.jsonl: sum-and-product");
        assertTrue(window.recordPicker().isVisible());
        assertEquals(4, window.recordPicker().getItems().size());
        robot.interact(() -> window.recordPicker().getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("chains-of-thought.jsonl: zh-sum", window.trace().info().name());
        assertEquals(7, window.trace().nodeCount(), "the question, five steps and the answer after </think>");
    }

    @Test
    void readsTheUsersOwnCueFilesFromTheSettingsFolder(FxRobot robot) throws Exception {
        Path cues = Files.createDirectories(settings.resolve("cues"));
        Files.writeString(cues.resolve("de.json"), "{\"cues\": {\"backtrack\": [\"Moment mal\"]}}");
        Path text = Files.writeString(settings.resolve("denken.txt"),
                "Erst so. Wait, that is wrong. Zwei und zwei ist vier.\n\nMoment mal, anders.\n");
        try {
            open(robot, text, "denken.txt");
            assertEquals("backtrack", window.trace().kind(window.trace().findNode("s3")));
        } finally {
            Files.delete(cues.resolve("de.json"));
        }
    }

    @Test
    void opensTextWithoutCuesAsAChainOfThoughtWhenAsked(FxRobot robot) throws Exception {
        Path text = Files.writeString(settings.resolve("plain.txt"), "First we add the numbers.\n\nThen we multiply.\n");
        robot.interact(() -> window.loadAsReasoning(text));
        FxWait.untilShown(window, "plain.txt");
        assertEquals(3, window.trace().nodeCount(), "the question and two steps");
        assertTrue(robot.lookup("#reasoning-text").tryQuery().isPresent());
    }

    private void open(FxRobot robot, Path file, String name) throws Exception {
        robot.interact(() -> window.load(file));
        FxWait.untilShown(window, name);
    }
}
