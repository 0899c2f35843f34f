package org.retrace.gui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.retrace.demo.Demo;
import org.retrace.demo.Demos;
import org.retrace.format.TraceFiles;
import org.retrace.gui.settings.RecentFiles;
import org.retrace.gui.tree.MiniMap;
import org.retrace.gui.tree.TreeCanvasView;
import org.retrace.layout.TreeLayout;
import org.retrace.model.Trace;
import org.retrace.render.TreeScene;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every sample, every real fixture and every demo, at 1600x1000 and at 1280x720: after Fit, no
 * node lies under the overview, checked on the view's geometry (a fitted tree is whole on screen,
 * so the overview hides itself).
 */
@ExtendWith(ApplicationExtension.class)
class FittedTreesTest {
    private static final Path FIXTURES = Path.of("..", "..", "shared", "fixtures");
    private static final double NODE_RADIUS = 10;

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

    static Stream<Arguments> inputs() throws IOException {
        List<String> inputs = new ArrayList<>();
        Samples.NAMES.forEach(name -> inputs.add("sample " + name));
        if (Files.isDirectory(FIXTURES)) {
            try (Stream<Path> files = Files.walk(FIXTURES)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    try {
                        TraceFiles.load(file);
                        inputs.add("fixture " + FIXTURES.relativize(file));
                    } catch (IOException notATrace) {
                        // The solver's model and parameter files sit beside its traces.
                    }
                }
            }
        } else {
            assertFalse("true".equals(System.getenv("CI")), "under CI, shared/fixtures must be beside the clone");
        }
        Demos.all().forEach(demo -> inputs.add("demo " + demo.name()));
        return inputs.stream().flatMap(input -> Stream.of(Arguments.of(input, 1600, 1000),
                Arguments.of(input, 1280, 720)));
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @MethodSource("inputs")
    void noNodeLiesUnderTheOverviewAfterFit(String input, int width, int height, FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        Trace before = window.trace();
        open(input, robot);
        FxWait.untilShown(window, trace -> trace != before);
        TreeCanvasView view = window.treeView();
        robot.interact(() -> {
            window.replay().pause();
            window.replay().toEnd();
            window.treeView().getScene().getRoot().applyCss();
            window.treeView().getScene().getRoot().layout();
            view.fitToWindow();
            view.drawIfNeeded();
        });

        assertTrue(view.wholeTreeShownProperty().get(), input + ": Fit leaves part of the tree off screen");
        MiniMap overview = view.miniMap();
        if (!overview.isVisible()) {
            return;
        }
        Bounds covered = view.parentToLocal(overview.getBoundsInParent());
        TreeScene scene = view.scene();
        TreeLayout layout = scene.layout();
        for (int node = 0; node < scene.state().nodeCount(); node++) {
            if (layout.isShown(node)) {
                double x = view.viewport().screenX(layout.x(node));
                double y = view.viewport().screenY(scene.trace().depth(node));
                assertFalse(covered.intersects(x - NODE_RADIUS, y - NODE_RADIUS, 2 * NODE_RADIUS, 2 * NODE_RADIUS),
                        input + ": node " + scene.trace().id(node) + " lies under the overview");
            }
        }
    }

    private void open(String input, FxRobot robot) {
        String name = input.substring(input.indexOf(' ') + 1);
        if (input.startsWith("sample ")) {
            robot.interact(() -> window.loadSample(name));
        } else if (input.startsWith("fixture ")) {
            robot.interact(() -> window.load(FIXTURES.resolve(name)));
        } else {
            Demo demo = Demos.named(name);
            robot.interact(() -> window.demoLauncher().run(demo, demo.defaults(), 5));
        }
    }
}
