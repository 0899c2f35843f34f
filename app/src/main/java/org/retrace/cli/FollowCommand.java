package org.retrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.retrace.live.FollowedFile;
import org.retrace.model.Trace;
import org.retrace.stats.TraceStatistics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code retrace follow FILE [-o OUT]}: watches a trace file another program is writing, like
 * {@code tail -f}, and prints a line each time it grows; with {@code -o}, keeps a copy in the
 * native format (or CSV) up to date, written atomically, so any format Retrace reads can be
 * followed into one that other tools read.
 */
@Command(name = "follow", mixinStandardHelpOptions = true,
        description = "Follow a trace file as it is written: a line per change, and optionally a native copy.")
final class FollowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The trace file being written.")
    private Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Keep OUT.jsonl, OUT.json or OUT.csv up to "
            + "date with what FILE holds.")
    private Path output;

    @Option(names = "--interval", defaultValue = "0.5", paramLabel = "S",
            description = "Seconds between looks at FILE (default: ${DEFAULT-VALUE}).")
    private double interval;

    @Option(names = "--idle-exit", paramLabel = "S",
            description = "Stop once FILE has not changed for S seconds (default: follow until Ctrl-C).")
    private Double idleExit;

    @Spec
    private CommandSpec spec;

    private long shownVersion = Long.MIN_VALUE;
    private Trace shown;
    private int problemsShown;

    @Override
    public Integer call() throws Exception {
        CommandLine commandLine = spec.commandLine();
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + ": no such file");
        }
        if (!(interval > 0)) {
            throw new CommandLine.ParameterException(commandLine, "--interval must be positive, found " + interval);
        }
        if (output != null) {
            OutputFile.formOf(commandLine, output);
        }
        FollowedFile followed = new FollowedFile(file);
        long lastChange = System.nanoTime();
        try {
            while (idleExit == null || System.nanoTime() - lastChange < idleExit * 1e9) {
                if (showChange(commandLine, followed)) {
                    lastChange = System.nanoTime();
                }
                Thread.sleep(Math.max(1, Math.round(interval * 1000)));
            }
        } catch (InterruptedException | ClosedByInterruptException stopped) {
            // Stopped by the program that runs this command in-process, as Ctrl-C stops it in a terminal.
        }
        return 0;
    }

    /**
     * Looks at the file once: when it changed, prints its new problems and, if the trace changed,
     * a line for it, and writes the copy. Returns whether the file changed.
     */
    private boolean showChange(CommandLine commandLine, FollowedFile followed) throws IOException {
        long version = followed.version();
        if (version == shownVersion) {
            return false;
        }
        shownVersion = version;
        Trace snapshot = followed.snapshot();
        List<String> problems = followed.problems();
        PrintWriter err = commandLine.getErr();
        problems.subList(problemsShown, problems.size()).forEach(err::println);
        problemsShown = problems.size();
        err.flush();
        if (snapshot != null && snapshot != shown) {
            shown = snapshot;
            TraceStatistics statistics = TraceStatistics.of(snapshot, "");
            PrintWriter out = commandLine.getOut();
            out.println(String.format(Locale.ROOT, "%,d nodes, %,d events, %d solutions, %d failed",
                    snapshot.nodeCount(), snapshot.timeline().size(), statistics.solutions(), statistics.failed()));
            out.flush();
            if (output != null) {
                OutputFile.write(commandLine, output, List.of(snapshot));
            }
        }
        return true;
    }
}
