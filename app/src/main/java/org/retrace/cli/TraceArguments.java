package org.retrace.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.retrace.format.LoadProgress;
import org.retrace.format.LoadedTraces;
import org.retrace.format.LoadFailures;
import org.retrace.format.TraceFiles;
import org.retrace.model.Trace;
import picocli.CommandLine;

/** Loading the one input file a command names, with errors as one plain line. */
final class TraceArguments {
    private TraceArguments() {
    }

    static LoadedTraces load(CommandLine commandLine, Path file) {
        return load(commandLine, file, null);
    }

    /** As {@link #load(CommandLine, Path)}, as chains of thought when {@code reasoning} asks for it. */
    static LoadedTraces load(CommandLine commandLine, Path file, ReasoningOptions reasoning) {
        try {
            LoadedTraces loaded = reasoning != null && reasoning.given() ? reasoning.read(file)
                    : TraceFiles.load(file, LoadProgress.NONE, reasoning == null ? List.of() : reasoning.readers());
            loaded.warnings().forEach(commandLine.getErr()::println);
            return loaded;
        } catch (IOException failure) {
            throw new UserError(LoadFailures.describe(file, failure));
        }
    }

    /** The trace called {@code name}, or the first when {@code name} is null. */
    static Trace pick(CommandLine commandLine, LoadedTraces loaded, String name) {
        if (name == null) {
            return loaded.first();
        }
        return loaded.traces().stream().filter(trace -> trace.info().name().equals(name)).findFirst()
                .orElseThrow(() -> new CommandLine.ParameterException(commandLine, "no trace named '" + name
                        + "'; the file holds " + loaded.traces().stream().map(t -> "'" + t.info().name() + "'")
                        .toList()));
    }
}
