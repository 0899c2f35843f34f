package org.retrace.live.cpprofiler;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.retrace.live.LiveTrace;

/**
 * Listens for solvers as CP-Profiler does (TCP, port 6565 by default) and turns each connection
 * into its own {@link LiveTrace}, read on a thread of its own. It binds to the loopback address
 * unless told otherwise, as a search tree can reveal a model. What a connection can take is
 * bounded ({@link Limits}): a connection waits for its first message in a pool of its own and
 * gets one of the reading slots only then, so idle connections cannot crowd out a solver; it is
 * closed when silent too long; and it may make Retrace build only as many nodes as it sent bytes
 * for, within a total for all executions. A connection refused or closed is reported, and an
 * execution ended by a limit keeps what arrived.
 */
public final class Receiver implements Closeable {
    /** CP-Profiler's port, which solvers connect to unless told another. */
    public static final int DEFAULT_PORT = 6565;

    /** What the receiver tells its owner; called on the receiver's threads. */
    public interface Listener {
        /** A solver connected; its trace fills as messages arrive. */
        void connected(Execution execution);

        /** The execution ended (DONE, end of stream or a fatal error); its trace is finished. */
        void ended(Execution execution);

        /** Something went wrong outside any one execution, e.g. a connection refused. */
        void problem(String description);
    }

    /**
     * What connections may take.
     *
     * @param maxConnections executions read at once (those that have sent a first message)
     * @param maxWaiting connections waiting for their first message at once
     * @param firstMessage how long a new connection may take to send its first message
     * @param idle how long a connection being read may stay silent
     * @param maxNodes nodes the executions being read may hold together
     */
    public record Limits(int maxConnections, int maxWaiting, Duration firstMessage, Duration idle, long maxNodes) {
        public Limits {
            if (maxConnections < 1 || maxWaiting < 1) {
                throw new IllegalArgumentException("at least one connection must be allowed, found " + maxConnections
                        + " read and " + maxWaiting + " waiting");
            }
            if (firstMessage.isNegative() || firstMessage.isZero() || idle.isNegative() || idle.isZero()) {
                throw new IllegalArgumentException("timeouts must be positive, found " + firstMessage + " and " + idle);
            }
            if (maxNodes < NodeBudget.BASE) {
                throw new IllegalArgumentException("at least " + NodeBudget.BASE + " nodes must be allowed, found "
                        + maxNodes);
            }
        }

        /** 16 executions read at once, 64 waiting 10 s for their first message, 120 s of silence, 20 million nodes. */
        public static Limits standard() {
            return new Limits(16, 64, Duration.ofSeconds(10), Duration.ofSeconds(120), Execution.NODE_LIMIT);
        }

        public Limits withMaxConnections(int connections) {
            return new Limits(connections, maxWaiting, firstMessage, idle, maxNodes);
        }

        public Limits withIdle(Duration silence) {
            return new Limits(maxConnections, maxWaiting, firstMessage, silence, maxNodes);
        }

        public Limits withFirstMessage(Duration wait) {
            return new Limits(maxConnections, maxWaiting, wait, idle, maxNodes);
        }

        public Limits withMaxNodes(long nodes) {
            return new Limits(maxConnections, maxWaiting, firstMessage, idle, nodes);
        }
    }

    private final ServerSocket server;
    private final Listener listener;
    private final Limits limits;
    private final Semaphore slots;
    private final Semaphore waiting;
    private final AtomicLong nodes = new AtomicLong();
    private final AtomicInteger accepted = new AtomicInteger();
    private final Thread acceptor;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    /** As {@link #Receiver(InetAddress, int, Limits, Listener)} with the standard limits but {@code maxConnections}. */
    public Receiver(InetAddress address, int port, int maxConnections, Listener listener) throws IOException {
        this(address, port, Limits.standard().withMaxConnections(maxConnections), listener);
    }

    /**
     * Starts listening on {@code address}:{@code port} (0 for any free port).
     *
     * @throws IOException when the port cannot be bound, e.g. because it is taken
     */
    public Receiver(InetAddress address, int port, Limits limits, Listener listener) throws IOException {
        this.listener = listener;
        this.limits = limits;
        this.slots = new Semaphore(limits.maxConnections());
        this.waiting = new Semaphore(limits.maxWaiting());
        server = new ServerSocket();
        try {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(address, port));
        } catch (IOException unbound) {
            server.close();
            throw unbound;
        }
        acceptor = new Thread(this::acceptAll, "retrace-listen-" + port());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The port listened on: the one asked for, or the one the system chose for 0. */
    public int port() {
        return server.getLocalPort();
    }

    public InetAddress address() {
        return server.getInetAddress();
    }

    /** Stops accepting and closes the connections still open; what they sent so far stays in their traces. */
    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : open) {
            closeQuietly(socket);
        }
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException failed) {
                if (server.isClosed()) {
                    return;
                }
                listener.problem("accepting a connection failed: " + failed.getMessage());
                pause();
                continue;
            }
            String peer = socket.getInetAddress().getHostAddress() + ":" + socket.getPort();
            if (!waiting.tryAcquire()) {
                listener.problem(peer + ": refused: " + limits.maxWaiting() + " connections are waiting for their "
                        + "first message already, the most allowed");
                closeQuietly(socket);
                continue;
            }
            int number = accepted.incrementAndGet();
            open.add(socket);
            Thread reader = new Thread(() -> read(socket, peer, number), "retrace-execution-" + number);
            reader.setDaemon(true);
            reader.start();
        }
    }

    /**
     * Reads one connection: it waits for its first message holding a waiting permit, then takes a
     * reading slot and is announced, or is refused and closed at once, told why in the log.
     */
    private void read(Socket socket, String peer, int number) {
        Execution execution = new Execution(new LiveTrace("execution " + number), peer);
        NodeBudget budget = new NodeBudget(nodes, limits.maxNodes());
        boolean[] holds = {true, false};
        String refusal;
        try {
            socket.setSoTimeout(millis(limits.firstMessage()));
            refusal = execution.read(new BufferedInputStream(socket.getInputStream(), 1 << 16),
                    new Execution.Admission(budget) {
                        @Override
                        String admit() {
                            waiting.release();
                            holds[0] = false;
                            if (!slots.tryAcquire()) {
                                return limits.maxConnections() + " executions are being read already, the most "
                                        + "allowed";
                            }
                            holds[1] = true;
                            try {
                                socket.setSoTimeout(millis(limits.idle()));
                            } catch (IOException closed) {
                                return "the connection failed: " + closed.getMessage();
                            }
                            listener.connected(execution);
                            return null;
                        }

                        @Override
                        String silence(boolean admitted) {
                            return (admitted ? limits.idle() : limits.firstMessage()).toSeconds() + " s";
                        }
                    });
        } catch (IOException unreadable) {
            refusal = peer + ": the connection failed: " + unreadable.getMessage();
        } finally {
            open.remove(socket);
            closeQuietly(socket);
            if (holds[0]) {
                waiting.release();
            }
            if (holds[1]) {
                slots.release();
            }
        }
        if (refusal != null) {
            listener.problem(refusal);
        } else {
            listener.ended(execution);
        }
    }

    private static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, duration.toMillis()));
    }

    /** A moment's rest after a failed accept, so that a failing system is not asked again a million times a second. */
    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // The peer is gone either way; nothing is lost by not closing cleanly.
        }
    }
}
