package org.retrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Path out = directory.resolve("run.jsonl");
        CompletableFuture<CommandRun> listening = CompletableFuture.supplyAsync(() -> CommandRun.of("listen",
                "--port", Integer.toString(port), "-o", out.toString(), "--executions", "2"));

        send(port, "queens", 2);
        send(port, "golomb", 3);
        CommandRun run = listening.get(30, TimeUnit.SECONDS);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("listening on 127.0.0.1:" + port), run.out());

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
    private static void send(int port, String name, int children) throws IOException, InterruptedException {
        try (Socket socket = connect(port)) {
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

    private static Socket connect(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                return new Socket(InetAddress.getLoopbackAddress(), port);
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("nothing listens on port " + port);
                }
                Thread.sleep(50);
            }
        }
    }
}
