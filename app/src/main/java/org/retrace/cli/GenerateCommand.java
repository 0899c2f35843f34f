package org.retrace.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.retrace.generate.SyntheticSearch;
import org.retrace.model.Trace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code retrace generate --nodes N --seed S -o OUT}: a seeded synthetic search for benchmarks and demos. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Write a seeded synthetic depth-first branch-and-bound search with backtracking.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--nodes", required = true, paramLabel = "N", description = "How many nodes.")
    private int nodes;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Mixin
    private OutputFile output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        output.form();
        if (nodes < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--nodes must be at least 1, found "
                    + nodes);
        }
        Trace trace = SyntheticSearch.generate(nodes, seed);
        output.write(List.of(trace));
        spec.commandLine().getOut().println("wrote " + output.path + ": " + trace.nodeCount() + " nodes, "
                + trace.timeline().size() + " events");
        return 0;
    }
}
