package org.retrace.live.cpprofiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.retrace.model.Trace;

class ReceiverTest {
    private final List<Execution> ended = Collections.synchronizedList(new ArrayList<>());
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger connected = new AtomicInteger();

    @Test
    void makesATraceOfEachConnectionNamedByItsStart() throws Exception {
        CountDownLatch done = new CountDownLatch(2);
        try (Receiver receiver = receiver(4, done)) {
            try (Socket first = connect(receiver); Socket second = connect(receiver)) {
                ProtocolClient a = new ProtocolClient(first.getOutputStream());
                ProtocolClient b = new ProtocolClient(second.getOutputStream());
                a.start("queens", false);
                b.start("golomb", false);
                a.node(0, -1, -1, 2, ProtocolClient.BRANCH, "q1=1");
                b.node(0, -1, -1, 1, ProtocolClient.BRANCH, "m1=0");
                a.node(1, 0, 0, 0, ProtocolClient.FAILED, "q2=3");
                b.node(1, 0, 0, 0, ProtocolClient.SOLVED, "m2=1");
                a.done();
                b.done();
                assertTrue(done.await(60, TimeUnit.SECONDS));
            }
        }
        List<String> names = new ArrayList<>();
        for (Execution execution : ended) {
            Trace tree = execution.trace().snapshot();
            names.add(tree.info().name() + " " + tree.nodeCount());
            assertEquals(List.of(), execution.trace().problems());
        }
        Collections.sort(names);
        assertEquals(List.of("golomb 2", "queens 3"), names);
    }

    @Test
    void refusesExecutionsBeyondTheLimitAtTheirFirstMessageAndSaysSo() throws Exception {
        CountDownLatch done = new CountDownLatch(2);
        try (Receiver receiver = receiver(Receiver.Limits.standard().withMaxConnections(2), done)) {
            try (Socket first = connect(receiver); Socket second = connect(receiver)) {
                new ProtocolClient(first.getOutputStream()).start("one", false);
                new ProtocolClient(second.getOutputStream()).start("two", false);
                waitFor(() -> connected.get() == 2);
                try (Socket third = connect(receiver)) {
                    new ProtocolClient(third.getOutputStream()).start("three", false);
                    assertEquals(-1, third.getInputStream().read(), "the third execution is closed at once");
                }
                waitFor(() -> !problems.isEmpty());
                assertTrue(problems.get(0).endsWith("refused: 2 executions are being read already, the most allowed"),
                        problems.toString());
            }
            assertTrue(done.await(60, TimeUnit.SECONDS), "closing a solver's socket ends its execution");
        }
    }

    /** Sixteen idle connections once held every slot, and a solver that came meanwhile was refused silently. */
    @Test
    void readsASolverWholeWhileIdleConnectionsWaitAndTimeOut() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Receiver.Limits limits = Receiver.Limits.standard().withMaxConnections(2).withFirstMessage(Duration.ofSeconds(1));
        List<Socket> idle = new ArrayList<>();
        try (Receiver receiver = receiver(limits, done)) {
            for (int i = 0; i < 20; i++) {
                idle.add(connect(receiver));
            }
            try (Socket solver = connect(receiver)) {
                ProtocolClient client = new ProtocolClient(solver.getOutputStream());
                client.start("queens", false);
                client.node(0, -1, -1, 2, ProtocolClient.BRANCH, "q1=1");
                client.node(1, 0, 0, 0, ProtocolClient.FAILED, "q2=3");
                client.node(2, 0, 1, 0, ProtocolClient.SOLVED, "q2=4");
                client.done();
                assertTrue(done.await(60, TimeUnit.SECONDS));
            }
            for (Socket connection : idle) {
                assertEquals(-1, connection.getInputStream().read(), "an idle connection is closed after 1 s");
                connection.close();
            }
            waitFor(() -> problems.size() == 20);
        }
        assertEquals(1, ended.size());
        assertEquals(3, ended.get(0).trace().snapshot().nodeCount());
        assertEquals(List.of(), ended.get(0).trace().problems());
        assertTrue(problems.stream().allMatch(problem -> problem.endsWith(": closed: it sent no message within 1 s")),
                problems.toString());
    }

    @Test
    void endsAnExecutionThatFallsSilentKeepingWhatArrived() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        try (Receiver receiver = receiver(Receiver.Limits.standard().withIdle(Duration.ofSeconds(1)), done)) {
            try (Socket solver = connect(receiver)) {
                ProtocolClient client = new ProtocolClient(solver.getOutputStream());
                client.start("stuck", false);
                client.node(0, -1, -1, 2, ProtocolClient.BRANCH, "x=1");
                assertTrue(done.await(60, TimeUnit.SECONDS));
            }
        }
        Execution stuck = ended.get(0);
        assertEquals(3, stuck.trace().snapshot().nodeCount(), "the root and its two open slots are kept");
        assertTrue(stuck.trace().problems().get(0).contains("nothing arrived for 1 s, so the connection was closed"),
                stuck.trace().problems().toString());
    }

    /**
     * 3,917 bytes once became 6.6 million nodes. Idle connections hold on while hostile ones flood
     * nodes that each open 65,536 child slots, and a solver runs meanwhile: each flood ends at its
     * budget, the solver arrives whole, and the heap stays far below 1 GB.
     */
    @Test
    void boundsWhatHostileFramesAndIdleConnectionsTakeWhileASolverArrivesWhole() throws Exception {
        CountDownLatch done = new CountDownLatch(4);
        try (Receiver receiver = receiver(Receiver.Limits.standard(), done)) {
            List<Socket> floods = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                floods.add(connect(receiver));
            }
            for (int i = 0; i < 3; i++) {
                Socket flood = connect(receiver);
                floods.add(flood);
                ProtocolClient hostile = new ProtocolClient(flood.getOutputStream());
                hostile.start("flood " + i, false);
                hostile.node(0, -1, -1, TreeAssembly.MAX_KIDS, ProtocolClient.BRANCH, null);
                try {
                    for (int alt = 0; alt < 200; alt++) {
                        hostile.node(alt + 1, 0, alt, TreeAssembly.MAX_KIDS, ProtocolClient.BRANCH, null);
                    }
                } catch (IOException closedByRetrace) {
                    // Retrace ended this flood at its budget and closed the connection: what is under test.
                }
            }
            try (Socket solver = connect(receiver)) {
                ProtocolClient client = new ProtocolClient(solver.getOutputStream());
                client.start("golomb", false);
                client.node(0, -1, -1, 1, ProtocolClient.BRANCH, "m1=0");
                client.node(1, 0, 0, 0, ProtocolClient.SOLVED, "m2=1");
                client.done();
                assertTrue(done.await(60, TimeUnit.SECONDS));
            }
            for (Socket flood : floods) {
                flood.close();
            }
        }
        long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        for (Execution execution : ended) {
            Trace tree = execution.trace().snapshot();
            if (tree.info().name().startsWith("flood")) {
                assertTrue(tree.nodeCount() <= NodeBudget.BASE + NodeBudget.PER_BYTE * 20_000, tree.nodeCount()
                        + " nodes from a few kilobytes");
                assertTrue(execution.trace().problems().toString().contains("the execution ended"),
                        execution.trace().problems().toString());
            } else {
                assertEquals(2, tree.nodeCount());
                assertEquals(List.of(), execution.trace().problems());
            }
        }
        assertTrue(used < 1L << 30, "heap in use: " + used);
    }

    private Receiver receiver(int connections, CountDownLatch done) throws IOException {
        return receiver(Receiver.Limits.standard().withMaxConnections(connections), done);
    }

    private Receiver receiver(Receiver.Limits limits, CountDownLatch done) throws IOException {
        return new Receiver(InetAddress.getLoopbackAddress(), 0, limits, new Receiver.Listener() {
            @Override
            public void connected(Execution execution) {
                connected.incrementAndGet();
            }

            @Override
            public void ended(Execution execution) {
                ended.add(execution);
                done.countDown();
            }

            @Override
            public void problem(String description) {
                problems.add(description);
            }
        });
    }

    private static Socket connect(Receiver receiver) throws IOException {
        return new Socket(receiver.address(), receiver.port());
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(10);
        }
    }
}
