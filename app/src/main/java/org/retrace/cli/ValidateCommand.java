package org.retrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.retrace.format.LoadedTraces;
import org.retrace.format.LoadFailures;
import org.retrace.format.TraceFiles;
import org.retrace.format.TraceFormatException;
import org.retrace.model.Trace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code retrace validate FILE...}: exit 0 when every file loads, else 1 with FILE:LINE:COL: reason. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check that every file loads; print FILE:LINE:COL: reason for each that does not.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Trace files in any readable format.")
    private List<Path> files;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0;
        for (Path file : files) {
            try {
                LoadedTraces loaded = TraceFiles.load(file);
                loaded.warnings().forEach(err::println);
                int nodes = loaded.traces().stream().mapToInt(Trace::nodeCount).sum();
                int events = loaded.traces().stream().mapToInt(trace -> trace.timeline().size()).sum();
                out.println(file + ": ok, " + loaded.format() + ", " + loaded.traces().size() + " trace(s), "
                        + nodes + " nodes, " + events + " events");
            } catch (TraceFormatException invalid) {
                err.println(invalid.getMessage());
                failures++;
            } catch (IOException unreadable) {
                err.println(LoadFailures.describe(file, unreadable));
                failures++;
            } catch (RuntimeException bug) {
                err.println(file + ": could not be read: internal error: " + bug);
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
