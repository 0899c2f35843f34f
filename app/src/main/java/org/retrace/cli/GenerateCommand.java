package org.retrace.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.retrace.cli.OutputFile.Form;
import org.retrace.generate.SyntheticMemory;
import org.retrace.generate.SyntheticReasoning;
import org.retrace.io.AtomicFiles;
import org.retrace.generate.SyntheticSearch;
import org.retrace.model.Trace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code retrace generate --nodes N | --video-hours H --seed S -o OUT}: seeded synthetic traces for benchmarks and demos. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Write a seeded synthetic depth-first branch-and-bound search with backtracking, a video "
        + "memory, or a dataset of chains of thought.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--nodes", paramLabel = "N", description = "How many nodes of a branch-and-bound search.")
    private Integer nodes;

    @Option(names = "--video-hours", paramLabel = "H",
            description = "Instead, a video memory of H hours: minute, ten-second and one-second captions.")
    private Integer videoHours;

    @Option(names = "--chains-of-thought", paramLabel = "N",
            description = "Instead, a dataset of N synthetic chains of thought, about 5 KB each, into OUT.jsonl.")
    private Integer chainsOfThought;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Mixin
    private OutputFile output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Form form = output.form();
        int asked = (nodes == null ? 0 : 1) + (videoHours == null ? 0 : 1) + (chainsOfThought == null ? 0 : 1);
        if (asked != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give one of --nodes N, --video-hours H or --chains-of-thought N");
        }
        if (nodes != null && nodes < 1 || videoHours != null && videoHours < 1
                || chainsOfThought != null && chainsOfThought < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--nodes, --video-hours and "
                    + "--chains-of-thought must be at least 1");
        }
        if (chainsOfThought != null) {
            if (form != Form.EVENT_LOG) {
                throw new CommandLine.ParameterException(spec.commandLine(), "chains of thought are written as "
                        + "JSON Lines: name OUT.jsonl");
            }
            AtomicFiles.write(output.path, out -> SyntheticReasoning.write(out, chainsOfThought, seed));
            spec.commandLine().getOut().println(OutputFile.wrote(output.path, chainsOfThought
                    + " chains of thought"));
            return 0;
        }
        Trace trace = nodes != null ? SyntheticSearch.generate(nodes, seed) : SyntheticMemory.generate(videoHours, seed);
        output.write(List.of(trace));
        spec.commandLine().getOut().println(OutputFile.wrote(output.path, trace.nodeCount() + " nodes, "
                + trace.timeline().size() + " events"));
        return 0;
    }
}
