package org.retrace.live.cpprofiler;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.retrace.live.LiveTrace;

/**
 * Listens for solvers as CP-Profiler does (TCP, port 6565 by default) and turns each connection
 * into its own {@link LiveTrace}, read on a thread of its own. It binds to the loopback address
 * unless told otherwise, as a search tree can reveal a model. At most {@code maxConnections} are
 * read at once; a connection beyond that is closed at once and reported, so a flood of
 * connections cannot exhaust threads or memory.
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

    private final ServerSocket server;
    private final Listener listener;
    private final Semaphore slots;
    private final int maxConnections;
    private final AtomicInteger accepted = new AtomicInteger();
    private final Thread acceptor;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    /**
     * Starts listening on {@code address}:{@code port} (0 for any free port).
     *
     * @throws IOException when the port cannot be bound, e.g. because it is taken
     */
    public Receiver(InetAddress address, int port, int maxConnections, Listener listener) throws IOException {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("at least one connection must be allowed, found " + maxConnections);
        }
        this.listener = listener;
        this.maxConnections = maxConnections;
        this.slots = new Semaphore(maxConnections);
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
            if (!slots.tryAcquire()) {
                listener.problem(peer + ": refused: " + maxConnections + " connections are being read already, the "
                        + "most allowed");
                closeQuietly(socket);
                continue;
            }
            int number = accepted.incrementAndGet();
            open.add(socket);
            // Told here, on the accepting thread, so that executions are announced in the order they connected.
            Execution execution = new Execution(new LiveTrace("execution " + number), peer);
            listener.connected(execution);
            Thread reader = new Thread(() -> read(socket, peer, execution), "retrace-execution-" + number);
            reader.setDaemon(true);
            reader.start();
        }
    }

    private void read(Socket socket, String peer, Execution execution) {
        try {
            execution.read(new BufferedInputStream(socket.getInputStream(), 1 << 16));
        } catch (IOException unreadable) {
            execution.trace().problem(peer + ": " + unreadable.getMessage());
            execution.trace().finish();
        } finally {
            open.remove(socket);
            closeQuietly(socket);
            slots.release();
        }
        listener.ended(execution);
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
