package org.retrace.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.retrace.bench.Measurements;
import org.retrace.model.Trace;
import org.retrace.stats.BacktrackDistances;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code retrace bench backtracks FILE}: the time of the levels-per-jump statistics, loading excluded. */
@Command(name = "backtracks", mixinStandardHelpOptions = true,
        description = "Median time to count the levels each backtrack or jump of FILE climbs, with JGraphT's "
                + "lowest-common-ancestor finder on the trace's tree, loading excluded.")
final class BenchBacktracksCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A trace file, e.g. from 'retrace generate'.")
    private Path file;

    @Option(names = "--warmup", defaultValue = "1", description = "Unmeasured runs first (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--runs", defaultValue = "5", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Trace trace = TraceArguments.load(spec.commandLine(), file).first();
        Map<Integer, Integer> levels = BacktrackDistances.of(trace);
        double[] times = Measurements.millis(() -> BacktrackDistances.of(trace), warmup, runs);
        Map<String, Object> result = BenchCommand.timedResult(trace, times);
        result.put("jumps", levels.values().stream().mapToInt(Integer::intValue).sum());
        result.put("deepest_jump", levels.isEmpty() ? 0 : levels.keySet().stream().mapToInt(Integer::intValue).max()
                .orElse(0));
        spec.commandLine().getOut().println(Json.line(result));
        return 0;
    }
}
