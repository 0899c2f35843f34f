package org.retrace.live.cpprofiler;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import org.retrace.live.LiveTrace;

/**
 * One solver execution read from one connection, from START to DONE, into a {@link LiveTrace}.
 * Every problem is recorded on the trace with its byte offset and the reading goes on where it
 * can: a malformed frame is skipped, an unknown parent or slot refuses one node. Only a frame too
 * large to trust or a cut connection ends the execution early, keeping what arrived.
 */
public final class Execution {
    /** The most nodes one execution may build, about 2 GB of trace: a flood stops there, reported. */
    static final long NODE_LIMIT = 20_000_000;

    private final LiveTrace trace;
    private final String peer;
    private long messages;

    /** An execution whose problems name {@code peer}, e.g. "127.0.0.1:50123". */
    public Execution(LiveTrace trace, String peer) {
        this.trace = trace;
        this.peer = peer;
    }

    public LiveTrace trace() {
        return trace;
    }

    private void apply(TreeAssembly tree, Message message) throws TreeAssembly.TreeException {
        switch (message.type()) {
            case START -> {
                if (tree.started()) {
                    throw new TreeAssembly.TreeException("a second START; the execution keeps its first name");
                }
                tree.start(message);
            }
            case RESTART -> tree.restart(message);
            case DONE -> {
                // The caller ends the execution.
            }
            case NODE -> {
                if (!tree.started()) {
                    trace.problem(peer + ": a node arrived before START; reading on without a name");
                    tree.start(null);
                }
                tree.node(message);
            }
        }
    }

    /** Reads messages until DONE, the end of the stream or a fatal error; then the trace is finished. */
    public void read(InputStream in) {
        FrameReader frames = new FrameReader(in);
        TreeAssembly tree = new TreeAssembly(trace, NODE_LIMIT);
        try {
            while (true) {
                Message message;
                try {
                    message = frames.next();
                } catch (ProtocolException broken) {
                    if (broken.recoverable()) {
                        trace.problem(peer + ": " + broken.getMessage());
                        continue;
                    }
                    endEarly(broken.getMessage());
                    return;
                }
                if (message == null) {
                    // Gecode's tracer closes without DONE: a complete tree has simply ended.
                    if (!tree.started() || tree.unfilledSlots() > 0) {
                        endEarly("the connection closed before DONE, after " + messages + " messages, with "
                                + tree.unfilledSlots() + " child slots no node filled; " + trace.nodeCount()
                                + " nodes are kept");
                    }
                    return;
                }
                messages++;
                if (message.warning() != null) {
                    trace.problem(peer + ": " + message.warning());
                }
                try {
                    apply(tree, message);
                } catch (TreeAssembly.TreeException refused) {
                    trace.problem(peer + ": byte " + frames.offset() + ": " + refused.getMessage());
                } catch (RuntimeException unusable) {
                    trace.problem(peer + ": byte " + frames.offset() + ": the message could not be used ("
                            + unusable.getMessage() + "); it is ignored");
                }
                if (message.type() == Message.Type.DONE) {
                    return;
                }
            }
        } catch (EOFException cut) {
            endEarly(cut.getMessage() + "; " + trace.nodeCount() + " nodes are kept");
        } catch (IOException unreadable) {
            endEarly("the connection failed: " + unreadable.getMessage() + "; " + trace.nodeCount()
                    + " nodes are kept");
        } finally {
            trace.finish();
        }
    }

    /**
     * The execution ended before its tree was whole: a problem for the viewer, and a closing note in
     * the trace itself, so that a file written from it says so too.
     */
    private void endEarly(String what) {
        trace.problem(peer + ": " + what);
        trace.update(builder -> builder.note(-1, "cut off: " + what, Double.NaN));
    }
}
