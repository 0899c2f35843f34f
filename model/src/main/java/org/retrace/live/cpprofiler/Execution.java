package org.retrace.live.cpprofiler;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import org.retrace.live.LiveTrace;

/**
 * One solver execution read from one connection, from START to DONE, into a {@link LiveTrace}.
 * Every problem is recorded on the trace with its byte offset and the reading goes on where it
 * can: a malformed frame is skipped, an unknown parent or slot refuses one node. Only a frame too
 * large to trust or a cut connection ends the execution early, keeping what arrived.
 */
public final class Execution {
    /** The most nodes the executions being read may hold together, about 2 GB of trace: a flood stops there, reported. */
    static final long NODE_LIMIT = 20_000_000;

    /** What the receiver decides while it reads an execution, and what the execution may build. */
    abstract static class Admission {
        private final NodeBudget budget;

        Admission(NodeBudget budget) {
            this.budget = budget;
        }

        /** The first message arrived: null when the execution may be read on, else why not. */
        abstract String admit();

        /** How long a connection may stay silent, before its first message or after: "120 s". */
        abstract String silence(boolean admitted);

        NodeBudget budget() {
            return budget;
        }

        /** The execution ended, admitted or not: its nodes no longer count against the shared total. */
        void ended() {
            budget.release();
        }
    }

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
        read(in, new Admission(NodeBudget.alone(NODE_LIMIT)) {
            @Override
            String admit() {
                return null;
            }

            @Override
            String silence(boolean admitted) {
                return "the stream's own timeout";
            }
        });
    }

    /**
     * As {@link #read(InputStream)}, asking {@code admission} when the first message arrives;
     * returns null when the execution was read, else why it was refused before any message was used
     * (nothing came, or no slot was free). A read that times out ends the execution, keeping what
     * arrived.
     */
    String read(InputStream in, Admission admission) {
        FrameReader frames = new FrameReader(in);
        TreeAssembly tree = new TreeAssembly(trace, admission.budget());
        boolean admitted = false;
        try {
            while (true) {
                Message message;
                try {
                    message = frames.next();
                } catch (ProtocolException broken) {
                    if (!admitted) {
                        return peer + ": refused: its first frame is broken (" + broken.getMessage() + ")";
                    }
                    if (broken.recoverable()) {
                        trace.problem(peer + ": " + broken.getMessage());
                        continue;
                    }
                    endEarly(broken.getMessage());
                    return null;
                }
                if (!admitted && message == null) {
                    return peer + ": closed without sending a message; no execution, no file";
                }
                if (message == null) {
                    // Gecode's tracer closes without DONE: a complete tree has simply ended.
                    if (!tree.started() || tree.unfilledSlots() > 0) {
                        endEarly("the connection closed before DONE, after " + messages + " messages, with "
                                + tree.unfilledSlots() + " child slots no node filled; " + trace.nodeCount()
                                + " nodes are kept");
                    }
                    return null;
                }
                messages++;
                admission.budget().received(frames.offset());
                if (message.warning() != null) {
                    trace.problem(peer + ": " + message.warning());
                }
                try {
                    apply(tree, message);
                } catch (TreeAssembly.TreeException refused) {
                    if (refused.fatal()) {
                        endEarly("byte " + frames.offset() + ": " + refused.getMessage() + "; " + trace.nodeCount()
                                + " nodes are kept");
                        return null;
                    }
                    trace.problem(peer + ": byte " + frames.offset() + ": " + refused.getMessage());
                } catch (RuntimeException unusable) {
                    trace.problem(peer + ": byte " + frames.offset() + ": the message could not be used ("
                            + unusable.getMessage() + "); it is ignored");
                }
                if (!admitted) {
                    // Admitted after its first message is applied, so that it is announced by the name its START gave.
                    String refusal = admission.admit();
                    if (refusal != null) {
                        return peer + ": refused: " + refusal;
                    }
                    admitted = true;
                }
                if (message.type() == Message.Type.DONE) {
                    return null;
                }
            }
        } catch (SocketTimeoutException idle) {
            if (!admitted) {
                return peer + ": closed: it sent no message within " + admission.silence(false);
            }
            endEarly("nothing arrived for " + admission.silence(true) + ", so the connection was closed; "
                    + trace.nodeCount() + " nodes are kept");
            return null;
        } catch (EOFException cut) {
            if (!admitted) {
                return peer + ": closed inside its first frame; no execution, no file";
            }
            endEarly(cut.getMessage() + "; " + trace.nodeCount() + " nodes are kept");
            return null;
        } catch (IOException unreadable) {
            if (!admitted) {
                return peer + ": the connection failed before its first message: " + unreadable.getMessage();
            }
            endEarly("the connection failed: " + unreadable.getMessage() + "; " + trace.nodeCount()
                    + " nodes are kept");
            return null;
        } finally {
            trace.finish();
            admission.ended();
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
