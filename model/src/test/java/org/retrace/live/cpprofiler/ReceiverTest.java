package org.retrace.live.cpprofiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
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
    void refusesConnectionsBeyondTheLimitAndSaysSo() throws Exception {
        CountDownLatch done = new CountDownLatch(2);
        try (Receiver receiver = receiver(2, done)) {
            try (Socket first = connect(receiver); Socket second = connect(receiver)) {
                new ProtocolClient(first.getOutputStream()).start("one", false);
                new ProtocolClient(second.getOutputStream()).start("two", false);
                waitFor(() -> connected.get() == 2);
                try (Socket third = connect(receiver)) {
                    assertEquals(-1, third.getInputStream().read(), "the third connection is closed at once");
                }
                waitFor(() -> !problems.isEmpty());
                assertTrue(problems.get(0).endsWith("refused: 2 connections are being read already, the most allowed"),
                        problems.toString());
            }
            assertTrue(done.await(60, TimeUnit.SECONDS), "closing a solver's socket ends its execution");
        }
    }

    private Receiver receiver(int connections, CountDownLatch done) throws IOException {
        return new Receiver(InetAddress.getLoopbackAddress(), 0, connections, new Receiver.Listener() {
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
