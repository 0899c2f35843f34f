package org.retrace.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
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
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.trace() != null);
        robot.interact(() -> window.replay().toEnd());
    }

    @Test
    void writesTheChosenEventsAsFramesOfTheViewsSize(FxRobot robot) throws Exception {
        Path gif = directory.resolve("knapsack.gif");
        Task<Path> task = start(robot, new GifExport.Settings(5, 15, 10, 1, true), gif);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(task::getState) == Worker.State.SUCCEEDED);

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
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(task::getWorkDone) >= 2);
        robot.interact(() -> {
            task.cancel();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !onFx(task::isRunning));
        Thread.sleep(500);

        assertEquals(Worker.State.CANCELLED, onFx(task::getState));
        assertFalse(Files.exists(gif));
        try (var left = Files.list(directory)) {
            assertFalse(left.anyMatch(file -> file.getFileName().toString().endsWith(".part")));
        }
    }

    /** Task properties may only be read on the JavaFX thread. */
    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private Task<Path> start(FxRobot robot, GifExport.Settings settings, Path target) {
        AtomicReference<Task<Path>> task = new AtomicReference<>();
        robot.interact(() -> task.set(window.gifExport().export(window.animationSource(), settings, target)));
        return task.get();
    }
}
