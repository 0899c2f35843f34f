package org.retrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.TraceFiles;
import org.retrace.live.cpprofiler.ProtocolClient;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;

class ListenCommandTest {
    @TempDir
    Path directory;

    @Test
    void writesEachExecutionToItsOwnFileWhenItsDoneArrives() throws Exception {
        Path out = directory.resolve("run.jsonl");
        RunningCommand listening = RunningCommand.start("listen", "--port", "0", "-o", out.toString(),
                "--executions", "2");
        // The port the system gave, as the command tells its user; probing for a free one first
        // would race with every other program binding ports meanwhile.
        String listeningLine = listening.awaitLine(line -> line.startsWith("listening on 127.0.0.1:"));
        int port = Integer.parseInt(listeningLine.replaceFirst("listening on 127\\.0\\.0\\.1:(\\d+);.*", "$1"));

        send(port, "queens", 2);
        // Files are numbered in the order executions send their first message.
        listening.awaitLine(line -> line.startsWith("connected: queens will go to " + out));
        send(port, "golomb", 3);
        CommandRun run = listening.awaitExit();
        assertEquals(0, run.exitCode(), run.err());

        Trace first = TraceFiles.load(out).first();
        Trace second = TraceFiles.load(directory.resolve("run-2.jsonl")).first();
        assertEquals("queens", first.info().name());
        assertEquals("golomb", second.info().name());
        assertEquals(1 + 2, first.nodeCount());
        assertEquals(1 + 3, second.nodeCount());
        assertEquals(NodeStatus.SOLUTION, second.status(3));
    }

    @Test
    void refusesAnOutputItCannotWriteBeforeListening() {
        CommandRun run = CommandRun.of("listen", "--port", "0", "-o", directory.resolve("x.txt").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("the output must end in .json"), run.err());
    }

    /** A root with {@code children} slots, each filled by a failure but the last, a solution. */
    private static void send(int port, String name, int children) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            ProtocolClient solver = new ProtocolClient(socket.getOutputStream());
            solver.start(name, false);
            solver.node(0, -1, -1, children, ProtocolClient.BRANCH, "root");
            for (int alt = 0; alt < children; alt++) {
                solver.node(alt + 1, 0, alt, 0, alt == children - 1 ? ProtocolClient.SOLVED : ProtocolClient.FAILED,
                        "x=" + alt);
            }
            solver.done();
        }
    }
}
