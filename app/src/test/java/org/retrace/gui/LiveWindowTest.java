package org.retrace.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.gui.settings.RecentFiles;
import org.retrace.live.cpprofiler.ProtocolClient;
import org.retrace.model.NodeStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

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

    /** Stops the receiver and the follower, which would otherwise go on into the next tests. */
    @AfterEach
    void closeTheWindow(FxRobot robot) {
        robot.interact(window::close);
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
            FxWait.untilShown(window, trace -> "streamed".equals(trace.info().name()) && trace.nodeCount() == 3);

            solver.node(2, 0, 1, 1, ProtocolClient.BRANCH, "x=1");
            solver.node(3, 2, 0, 0, ProtocolClient.SOLVED, "y=0");
            solver.done();
            FxWait.untilShown(window, trace -> trace.nodeCount() == 4 && trace.status(3) == NodeStatus.SOLUTION);
        }
        FxWait.until(() -> robot.lookup("#live-status").queryAs(Label.class).getText()
                .startsWith("streamed: finished, 4 nodes"));
        assertEquals(window.trace().timeline().size(), window.replay().positionProperty().get(),
                "the replay followed the end");
    }

    @Test
    void followsAGrowingFile(FxRobot robot) throws Exception {
        Path log = directory.resolve("growing.jsonl");
        Files.writeString(log, HEADER + "{\"ev\":\"node\",\"id\":\"r\"}\n");
        robot.interact(() -> window.follow(log));
        FxWait.untilShown(window, "growing");
        Files.write(log, "{\"ev\":\"node\",\"id\":\"a\",\"parent\":\"r\"}\n{\"ev\":\"visit\",\"id\":\"a\"}\n"
                .getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        FxWait.untilShown(window, trace -> trace.nodeCount() == 2);
        assertEquals(3, window.trace().timeline().size());
    }
}
