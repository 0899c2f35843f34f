package org.retrace.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.retrace.format.LoadedTraces;
import org.retrace.model.Trace;
import org.retrace.stats.TraceStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code retrace stats FILE [--json]}: the shape of a search. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Print a trace's size and shape: nodes, depth, branching, leaves, outcomes, events.")
final class StatsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A trace file in any readable format.")
    private Path file;

    @Option(names = "--json", description = "Print one line of JSON.")
    private boolean json;

    @Option(names = "--trace", paramLabel = "NAME", description = "Which trace of a file that holds several (default: the first).")
    private String traceName;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        LoadedTraces loaded = TraceArguments.load(spec.commandLine(), file);
        Trace trace = TraceArguments.pick(spec.commandLine(), loaded, traceName);
        TraceStatistics stats = TraceStatistics.of(trace, loaded.format());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("nodes", stats.nodes());
        fields.put("maxDepth", stats.maxDepth());
        fields.put("meanBranching", Math.round(stats.meanBranching() * 1000) / 1000.0);
        fields.put("leaves", stats.leaves());
        fields.put("solutions", stats.solutions());
        fields.put("failed", stats.failed());
        fields.put("events", stats.events());
        fields.put("backtracks", stats.backtracks());
        fields.put("format", stats.format());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.line(fields));
        } else {
            fields.forEach((key, value) -> out.printf(Locale.ROOT, "%-14s %s%n", key, value));
        }
        return 0;
    }
}
