package org.retrace.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.gui.settings.RecentFiles;
import org.retrace.layout.FailedSubtrees;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

@ExtendWith(ApplicationExtension.class)
class PictureExportTest {
    @TempDir
    static Path directory;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, new RecentFiles(directory));
        window.loadSample("branch-and-bound-knapsack.jsonl");
    }

    @BeforeEach
    void waitForTheSampleAndStopIt(FxRobot robot) throws Exception {
        FxWait.untilShown(window, trace -> true);
        robot.interact(() -> window.replay().toEnd());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeTheWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void exportsTheViewAsShownAtTwiceItsSizeAndTheWholeTraceAtItsSize(FxRobot robot) throws Exception {
        int viewWidth = (int) window.treeView().getWidth();
        int viewHeight = (int) window.treeView().getHeight();
        assertTrue(viewWidth > 100 && viewHeight > 100, viewWidth + "x" + viewHeight);

        BufferedImage view = exported(robot, directory.resolve("view.png"), false, 2);
        assertEquals(2 * viewWidth, view.getWidth());
        assertEquals(2 * viewHeight, view.getHeight());

        BufferedImage whole = exported(robot, directory.resolve("whole.png"), true, 1);
        assertEquals(viewWidth, whole.getWidth());
        assertEquals(viewHeight, whole.getHeight());
    }

    @Test
    void exportsTheViewAsAnSvgWithItsLabelsAsText(FxRobot robot) throws Exception {
        Path target = directory.resolve("view.svg");
        AtomicReference<CompletableFuture<Path>> writing = new AtomicReference<>();
        robot.interact(() -> writing.set(window.pictureExport().exportSvg(target, false)));
        writing.get().get(FxWait.DEADLINE_SECONDS, TimeUnit.SECONDS);

        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(target.toFile());
        assertEquals(String.valueOf((int) window.treeView().getWidth()),
                svg.getDocumentElement().getAttribute("width"));
        String text = svg.getDocumentElement().getTextContent();
        assertTrue(text.contains("root") && text.contains("x2 = 1"), text);
    }

    /** The knapsack's two failed subtrees hide 8 and 4 nodes (counted in the sample by hand). */
    @Test
    void exportsTheWholeTraceWithTheSubtreesCollapsedInTheWindow(FxRobot robot) throws Exception {
        robot.interact(() -> window.treeView().setCollapsed(
                FailedSubtrees.roots(window.trace(), window.treeView().scene().state())));
        Path target = directory.resolve("whole.svg");
        AtomicReference<CompletableFuture<Path>> writing = new AtomicReference<>();
        robot.interact(() -> writing.set(window.pictureExport().exportSvg(target, true)));
        writing.get().get(FxWait.DEADLINE_SECONDS, TimeUnit.SECONDS);
        robot.interact(() -> window.treeView().setCollapsed(new BitSet()));

        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(target.toFile());
        assertEquals(2, svg.getElementsByTagName("polygon").getLength());
        String text = svg.getDocumentElement().getTextContent();
        assertTrue(text.contains("8 \u27171") && text.contains("4 \u27171"), text);
    }

    @Test
    void copiesTheViewToTheClipboardAsAnImage(FxRobot robot) {
        AtomicReference<Boolean> copied = new AtomicReference<>();
        AtomicReference<Double> width = new AtomicReference<>();
        robot.interact(() -> {
            copied.set(window.pictureExport().copyView());
            width.set(Clipboard.getSystemClipboard().getImage().getWidth());
        });
        assertTrue(copied.get());
        assertEquals(Math.floor(window.treeView().getWidth()), Math.floor(width.get()));
    }

    private BufferedImage exported(FxRobot robot, Path target, boolean wholeTrace, double scale) throws Exception {
        AtomicReference<CompletableFuture<Path>> writing = new AtomicReference<>();
        robot.interact(() -> writing.set(window.pictureExport().export(target, wholeTrace, scale)));
        return ImageIO.read(writing.get().get(FxWait.DEADLINE_SECONDS, TimeUnit.SECONDS).toFile());
    }
}
