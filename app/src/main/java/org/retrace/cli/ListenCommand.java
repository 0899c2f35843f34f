package org.retrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.retrace.live.LiveTrace;
import org.retrace.live.cpprofiler.Execution;
import org.retrace.live.cpprofiler.Receiver;
import org.retrace.model.Trace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code retrace listen [--port P] [--bind ADDR] -o OUT.jsonl}: receives solvers' search trees
 * over CP-Profiler's protocol and writes each execution to its own file: the first to OUT, the
 * next beside it as OUT-2, OUT-3 and so on. A file is written when its execution's DONE arrives,
 * or when its connection ends; Ctrl-C writes whatever has arrived for the executions still open.
 */
@Command(name = "listen", mixinStandardHelpOptions = true,
        description = "Receive search trees from solvers over CP-Profiler's protocol (Gecode, Chuffed, MiniZinc "
                + "--cp-profiler) and write each execution to a file.")
final class ListenCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "6565", paramLabel = "P",
            description = "TCP port (default: ${DEFAULT-VALUE}, CP-Profiler's; 0 for any free one).")
    private int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDR",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every "
                    + "network, which lets anyone who can reach the port send trees).")
    private String bind;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "OUT.jsonl, OUT.json or OUT.csv for the first execution; the next get -2, -3, ... before "
                    + "the extension.")
    private Path output;

    @Option(names = "--executions", paramLabel = "N",
            description = "Stop after N executions have ended (default: run until Ctrl-C).")
    private Integer executions;

    @Option(names = "--max-connections", defaultValue = "16", paramLabel = "M",
            description = "Solvers read at once; more are refused (default: ${DEFAULT-VALUE}).")
    private int maxConnections;

    @Spec
    private CommandSpec spec;

    private final Map<Execution, Path> open = new ConcurrentHashMap<>();
    private final Object writing = new Object();
    private boolean stopping;
    private final AtomicInteger numbered = new AtomicInteger();

    @Override
    public Integer call() throws Exception {
        CommandLine commandLine = spec.commandLine();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(commandLine, "--port must be 0 to 65535, found " + port);
        }
        if (executions != null && executions < 1) {
            throw new CommandLine.ParameterException(commandLine, "--executions must be at least 1");
        }
        OutputFile.formOf(commandLine, output);
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException unknown) {
            throw new CommandLine.ParameterException(commandLine, "--bind: no such address '" + bind + "'");
        }
        PrintWriter out = commandLine.getOut();
        PrintWriter err = commandLine.getErr();
        CountDownLatch finished = new CountDownLatch(executions == null ? 1 : executions);
        Receiver receiver;
        try {
            receiver = new Receiver(address, port, maxConnections, new Receiver.Listener() {
                @Override
                public void connected(Execution execution) {
                    Path file = numberedPath(numbered.incrementAndGet());
                    open.put(execution, file);
                    say(out, "connected: " + execution.trace().name() + " will go to " + file);
                }

                @Override
                public void ended(Execution execution) {
                    synchronized (writing) {
                        // Once stopping, what is left is written by the stop, with its reason.
                        Path file = stopping ? null : open.remove(execution);
                        if (file != null) {
                            write(out, err, execution.trace(), file);
                        }
                    }
                    if (executions != null) {
                        finished.countDown();
                    }
                }

                @Override
                public void problem(String description) {
                    say(err, description);
                }
            });
        } catch (IOException unbound) {
            throw new UserError("cannot listen on " + bind + ":" + port + ": " + unbound.getMessage()
                    + (port == Receiver.DEFAULT_PORT ? " (is CP-Profiler or another Retrace listening? try --port 0)"
                    : ""));
        }
        Receiver receiving = receiver;
        Thread flush = new Thread(() -> stop(receiving, out, err, "interrupted before DONE"), "retrace-listen-flush");
        Runtime.getRuntime().addShutdownHook(flush);
        say(out, "listening on " + receiver.address().getHostAddress() + ":" + receiver.port()
                + "; e.g. fzn-gecode -cp-profiler 0," + receiver.port() + " model.fzn (Gecode 6.2: -mode cpprofiler "
                + "-cpprofiler-port " + receiver.port() + ")"
                + (executions == null ? "; Ctrl-C to stop" : ""));
        finished.await();
        Runtime.getRuntime().removeShutdownHook(flush);
        stop(receiver, out, err, "still running when " + executions + " executions had ended");
        return 0;
    }

    /**
     * Stops receiving first, so that nothing arrives while the files are written, then writes what
     * has arrived for each execution still open, with a closing note in the trace that says why it
     * stops there. A write already under way finishes before.
     */
    private void stop(Receiver receiver, PrintWriter out, PrintWriter err, String reason) {
        synchronized (writing) {
            stopping = true;
        }
        try {
            receiver.close();
        } catch (IOException alreadyClosed) {
            // Nothing can arrive any more either way.
        }
        for (Execution execution : List.copyOf(open.keySet())) {
            Path file = open.remove(execution);
            if (file != null) {
                execution.trace().update(builder -> builder.note(-1, "cut off: " + reason, Double.NaN));
                execution.trace().problem(reason);
                write(out, err, execution.trace(), file);
            }
        }
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

    /** Writes one snapshot and reports that snapshot's counts, so that what is said is what the file holds. */
    private void write(PrintWriter out, PrintWriter err, LiveTrace trace, Path file) {
        try {
            Trace snapshot = trace.snapshot();
            OutputFile.write(spec.commandLine(), file, List.of(snapshot));
            say(out, OutputFile.wrote(file, trace.name() + ", " + snapshot.nodeCount() + " nodes"
                    + (trace.problems().isEmpty() ? "" : ", " + trace.problems().size() + " problems:")));
            trace.problems().forEach(problem -> say(err, "  " + problem));
        } catch (UserError unwritable) {
            say(err, unwritable.getMessage());
        }
    }

    private static void say(PrintWriter stream, String line) {
        synchronized (stream) {
            stream.println(line);
            stream.flush();
        }
    }
}
