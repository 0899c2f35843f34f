package org.retrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.retrace.live.cpprofiler.Execution;
import org.retrace.live.cpprofiler.Receiver;
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
            description = "Solvers read at once, counted from their first message; more are refused (default: "
                    + "${DEFAULT-VALUE}).")
    private int maxConnections;

    @Option(names = "--idle-timeout", defaultValue = "120", paramLabel = "S",
            description = "Close a connection that sends nothing for S seconds, keeping what it sent (default: "
                    + "${DEFAULT-VALUE}); a new connection has 10 s for its first message.")
    private int idleTimeout;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine commandLine = spec.commandLine();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(commandLine, "--port must be 0 to 65535, found " + port);
        }
        if (idleTimeout < 1) {
            throw new CommandLine.ParameterException(commandLine, "--idle-timeout must be at least 1 second, found "
                    + idleTimeout);
        }
        if (maxConnections < 1) {
            throw new CommandLine.ParameterException(commandLine, "--max-connections must be at least 1, found "
                    + maxConnections);
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
        ExecutionFiles files = new ExecutionFiles(commandLine, output, out, commandLine.getErr());
        CountDownLatch finished = new CountDownLatch(executions == null ? 1 : executions);
        Receiver receiver;
        try {
            Receiver.Limits limits = Receiver.Limits.standard().withMaxConnections(maxConnections)
                    .withIdle(Duration.ofSeconds(idleTimeout));
            receiver = new Receiver(address, port, limits, new Receiver.Listener() {
                @Override
                public void connected(Execution execution) {
                    files.connected(execution);
                }

                @Override
                public void ended(Execution execution) {
                    files.ended(execution);
                    if (executions != null) {
                        finished.countDown();
                    }
                }

                @Override
                public void problem(String description) {
                    files.problem(description);
                }
            });
        } catch (IOException unbound) {
            throw new UserError("cannot listen on " + bind + ":" + port + ": " + unbound.getMessage()
                    + (port == Receiver.DEFAULT_PORT ? " (is CP-Profiler or another Retrace listening? try --port 0)"
                    : ""));
        }
        Receiver receiving = receiver;
        Thread flush = new Thread(() -> files.stop(() -> closeQuietly(receiving), "interrupted before DONE"),
                "retrace-listen-flush");
        Runtime.getRuntime().addShutdownHook(flush);
        ExecutionFiles.say(out, "listening on " + receiver.address().getHostAddress() + ":" + receiver.port()
                + "; e.g. fzn-gecode -cp-profiler 0," + receiver.port() + " model.fzn (Gecode 6.2: -mode cpprofiler "
                + "-cpprofiler-port " + receiver.port() + ")"
                + (executions == null ? "; Ctrl-C to stop" : ""));
        finished.await();
        Runtime.getRuntime().removeShutdownHook(flush);
        files.stop(() -> closeQuietly(receiver), "still running when " + executions + " executions had ended");
        return 0;
    }

    private static void closeQuietly(Receiver receiver) {
        try {
            receiver.close();
        } catch (IOException alreadyClosed) {
            // Nothing can arrive any more either way.
        }
    }
}
