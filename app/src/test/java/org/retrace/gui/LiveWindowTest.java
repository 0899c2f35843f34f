package org.retrace.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.gui.settings.RecentFiles;
import org.retrace.live.cpprofiler.ProtocolClient;
import org.retrace.model.NodeStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LiveWindowTest {
    private static final String HEADER = "{\"format\":\"retrace\",\"version\":1,\"name\":\"growing\"}\n";

    @TempDir
    static Path directory;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, new RecentFiles(directory));
    }

    @Test
    void drawsASolversTreeAsItArrivesAndKeepsFollowingItsEnd(FxRobot robot) throws Exception {
        AtomicInteger port = new AtomicInteger();
        robot.interact(() -> port.set(window.solverListening().listen(InetAddress.getLoopbackAddress(), 0)));
        assertTrue(port.get() > 0);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port.get())) {
            ProtocolClient solver = new ProtocolClient(socket.getOutputStream());
            solver.start("streamed", false);
            solver.node(0, -1, -1, 2, ProtocolClient.BRANCH, "root");
            solver.node(1, 0, 0, 0, ProtocolClient.FAILED, "x=0");
            socket.getOutputStream().flush();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.trace() != null
                    && "streamed".equals(window.trace().info().name()) && window.trace().nodeCount() == 3);

            solver.node(2, 0, 1, 1, ProtocolClient.BRANCH, "x=1");
            solver.node(3, 2, 0, 0, ProtocolClient.SOLVED, "y=0");
            solver.done();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.trace().nodeCount() == 4
                    && window.trace().status(3) == NodeStatus.SOLUTION);
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#live-status").queryAs(Label.class)
                .getText().startsWith("streamed: finished, 4 nodes"));
        assertEquals(window.trace().timeline().size(), window.replay().positionProperty().get(),
                "the replay followed the end");
        robot.interact(() -> window.solverListening().stop());
    }

    @Test
    void followsAGrowingFile(FxRobot robot) throws Exception {
        Path log = directory.resolve("growing.jsonl");
        Files.writeString(log, HEADER + "{\"ev\":\"node\",\"id\":\"r\"}\n");
        robot.interact(() -> window.follow(log));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.trace() != null
                && "growing".equals(window.trace().info().name()));
        Files.write(log, "{\"ev\":\"node\",\"id\":\"a\",\"parent\":\"r\"}\n{\"ev\":\"visit\",\"id\":\"a\"}\n"
                .getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.trace().nodeCount() == 2);
        assertEquals(3, window.trace().timeline().size());
    }
}
