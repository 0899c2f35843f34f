package org.retrace.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.retrace.live.LiveTrace;
import org.retrace.live.cpprofiler.Execution;
import org.retrace.model.Trace;
import picocli.CommandLine;

/**
 * Where {@code listen} writes each solver execution: the first to OUT, the next to OUT-2, OUT-3 and
 * so on, in the order their first messages came, each when it ends, or, for those still open, when
 * listening stops. Every file is written from one snapshot and reported with that snapshot's node
 * count, so what is said is what it holds; an execution with no node writes no file and says so.
 */
final class ExecutionFiles {
    private final CommandLine commandLine;
    private final Path output;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<Execution, Path> open = new ConcurrentHashMap<>();
    private final AtomicInteger numbered = new AtomicInteger();
    private final Object writing = new Object();
    private boolean stopping;

    ExecutionFiles(CommandLine commandLine, Path output, PrintWriter out, PrintWriter err) {
        this.commandLine = commandLine;
        this.output = output;
        this.out = out;
        this.err = err;
    }

    /** A solver sent its first message: its file is the next number's. */
    void connected(Execution execution) {
        Path file = numberedPath(numbered.incrementAndGet());
        open.put(execution, file);
        say(out, "connected: " + execution.trace().name() + " will go to " + file);
    }

    /** An execution ended: its file is written now, unless listening is stopping, which writes it with its reason. */
    void ended(Execution execution) {
        synchronized (writing) {
            Path file = stopping ? null : open.remove(execution);
            if (file != null) {
                write(execution.trace(), file);
            }
        }
    }

    /**
     * Stops: first {@code stopReceiving}, so that nothing arrives while the files are written (a
     * write already under way finishes before), then writes what has arrived for each execution
     * still open, with a closing note in the trace that says why it stops there.
     */
    void stop(Runnable stopReceiving, String reason) {
        synchronized (writing) {
            stopping = true;
        }
        stopReceiving.run();
        for (Execution execution : List.copyOf(open.keySet())) {
            Path file = open.remove(execution);
            if (file != null) {
                execution.trace().update(builder -> builder.note(-1, "cut off: " + reason, Double.NaN));
                execution.trace().problem(reason);
                write(execution.trace(), file);
            }
        }
    }

    /** A problem outside any one execution. */
    void problem(String description) {
        say(err, description);
    }

    /** OUT for the first execution, OUT-2.ext, OUT-3.ext ... after it. */
    private Path numberedPath(int number) {
        if (number == 1) {
            return output;
        }
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return output.resolveSibling(name.substring(0, dot) + "-" + number + name.substring(dot));
    }

    private void write(LiveTrace trace, Path file) {
        try {
            Trace snapshot = trace.snapshot();
            if (snapshot.nodeCount() == 0) {
                say(err, trace.name() + " sent no node, so " + file + " is not written"
                        + (trace.problems().isEmpty() ? "" : "; " + trace.problems().size() + " problems:"));
                trace.problems().forEach(problem -> say(err, "  " + problem));
                return;
            }
            OutputFile.write(commandLine, file, List.of(snapshot));
            say(out, OutputFile.wrote(file, trace.name() + ", " + snapshot.nodeCount() + " nodes"
                    + (trace.problems().isEmpty() ? "" : ", " + trace.problems().size() + " problems:")));
            trace.problems().forEach(problem -> say(err, "  " + problem));
        } catch (UserError unwritable) {
            say(err, unwritable.getMessage());
        }
    }

    static void say(PrintWriter stream, String line) {
        synchronized (stream) {
            stream.println(line);
            stream.flush();
        }
    }
}
