package org.retrace.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.retrace.generate.SyntheticMemory;
import org.retrace.generate.SyntheticSearch;
import org.retrace.model.Trace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code retrace generate --nodes N | --video-hours H --seed S -o OUT}: seeded synthetic traces for benchmarks and demos. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Write a seeded synthetic depth-first branch-and-bound search with backtracking.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--nodes", paramLabel = "N", description = "How many nodes of a branch-and-bound search.")
    private Integer nodes;

    @Option(names = "--video-hours", paramLabel = "H",
            description = "Instead, a video memory of H hours: minute, ten-second and one-second captions.")
    private Integer videoHours;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Mixin
    private OutputFile output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        output.form();
        if ((nodes == null) == (videoHours == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --nodes N or --video-hours H");
        }
        if (nodes != null && nodes < 1 || videoHours != null && videoHours < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--nodes and --video-hours must be at "
                    + "least 1");
        }
        Trace trace = nodes != null ? SyntheticSearch.generate(nodes, seed) : SyntheticMemory.generate(videoHours, seed);
        output.write(List.of(trace));
        spec.commandLine().getOut().println(OutputFile.wrote(output.path, trace.nodeCount() + " nodes, "
                + trace.timeline().size() + " events"));
        return 0;
    }
}
