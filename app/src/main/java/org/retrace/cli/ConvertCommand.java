package org.retrace.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.retrace.format.LoadedTraces;
import org.retrace.model.Trace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code retrace convert FILE -o OUT.json|OUT.jsonl|OUT.csv}: any readable input, written in the native format. */
@Command(name = "convert", mixinStandardHelpOptions = true, description = "Write any readable trace in Retrace's native format (.json document or "
        + ".jsonl event log), or its tree alone as .csv.")
final class ConvertCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A trace file in any readable format.")
    private Path file;

    @Mixin
    private OutputFile output;

    @Mixin
    private ReasoningOptions reasoning;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        output.form();
        LoadedTraces loaded = TraceArguments.load(spec.commandLine(), file, reasoning);
        List<Trace> traces = loaded.traces();
        output.write(traces);
        spec.commandLine().getOut().println(OutputFile.wrote(output.path, traces.size() + (traces.size() == 1
                ? " trace, " : " traces, ") + traces.stream().mapToInt(Trace::nodeCount).sum() + " nodes"));
        return 0;
    }
}
