package org.retrace.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.gui.export.GifExport;
import org.retrace.gui.settings.RecentFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class GifExportTest {
    @TempDir
    static Path directory;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, new RecentFiles(directory));
        window.loadSample("branch-and-bound-knapsack.jsonl");
    }

    @BeforeEach
    void waitForTheSample(FxRobot robot) throws Exception {
        FxWait.untilShown(window, trace -> true);
        robot.interact(() -> window.replay().toEnd());
    }

    @AfterEach
    void closeTheWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void writesTheChosenEventsAsFramesOfTheViewsSize(FxRobot robot) throws Exception {
        Path gif = directory.resolve("knapsack.gif");
        Task<Path> task = start(robot, new GifExport.Settings(5, 15, 10, 1, true), gif);
        FxWait.until(() -> task.getState() == Worker.State.SUCCEEDED);

        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(11, reader.getNumImages(true));
            assertEquals((int) window.treeView().getWidth(), reader.getWidth(0));
            reader.dispose();
        }
    }

    @Test
    void aCancelledExportLeavesNoFile(FxRobot robot) throws Exception {
        Path gif = directory.resolve("cancelled.gif");
        Task<Path> task = start(robot, new GifExport.Settings(0, 167, 10, 30, true), gif);
        // Two frames written means the file being written exists, beside the target, as a .part.
        FxWait.until(() -> task.getWorkDone() >= 2);
        robot.interact(() -> task.cancel());

        assertEquals(Worker.State.CANCELLED, WaitForAsyncUtils.asyncFx(task::getState).get());
        // The worker stops at its next frame and removes what it had written.
        WaitForAsyncUtils.waitFor(FxWait.DEADLINE_SECONDS, TimeUnit.SECONDS, () -> partFiles() == 0);
        assertFalse(Files.exists(gif));
    }

    private static long partFiles() throws IOException {
        try (var files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".part")).count();
        }
    }

    private Task<Path> start(FxRobot robot, GifExport.Settings settings, Path target) {
        AtomicReference<Task<Path>> task = new AtomicReference<>();
        robot.interact(() -> task.set(window.gifExport().export(window.animationSource(), settings, target)));
        return task.get();
    }
}
