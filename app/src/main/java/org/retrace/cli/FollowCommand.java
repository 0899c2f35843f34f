package org.retrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
        PrintWriter out = commandLine.getOut();
        PrintWriter err = commandLine.getErr();
        FollowedFile followed = new FollowedFile(file);
        long shownVersion = Long.MIN_VALUE;
        Trace shown = null;
        int problemsShown = 0;
        long lastChange = System.nanoTime();
        while (idleExit == null || System.nanoTime() - lastChange < idleExit * 1e9) {
            long version = followed.version();
            if (version != shownVersion) {
                shownVersion = version;
                lastChange = System.nanoTime();
                Trace snapshot = followed.snapshot();
                List<String> problems = followed.problems();
                for (String problem : problems.subList(problemsShown, problems.size())) {
                    err.println(problem);
                }
                problemsShown = problems.size();
                if (snapshot != null && snapshot != shown) {
                    shown = snapshot;
                    TraceStatistics statistics = TraceStatistics.of(snapshot, "");
                    out.println(String.format(Locale.ROOT, "%,d nodes, %,d events, %d solutions, %d failed",
                            snapshot.nodeCount(), snapshot.timeline().size(), statistics.solutions(),
                            statistics.failed()));
                    out.flush();
                    if (output != null) {
                        OutputFile.write(commandLine, output, List.of(snapshot));
                    }
                }
                err.flush();
            }
            Thread.sleep(Math.max(1, Math.round(interval * 1000)));
        }
        return 0;
    }
}
