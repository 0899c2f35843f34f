package org.retrace.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.retrace.bench.Measurements;
import org.retrace.model.Trace;
import org.retrace.stats.BacktrackDistances;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code retrace bench backtracks FILE}: the time of the levels-per-jump statistics, loading excluded. */
@Command(name = "backtracks", mixinStandardHelpOptions = true,
        description = "Median time to count the levels each backtrack or jump of FILE climbs, with JGraphT's "
                + "lowest-common-ancestor finder on the trace's tree, loading excluded.")
final class BenchBacktracksCommand implements Callable<Integer> {
    @Mixin
    private BenchCommand.Input input;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Trace trace = TraceArguments.load(spec.commandLine(), input.file).first();
        Map<Integer, Integer> levels = BacktrackDistances.of(trace);
        double[] times = Measurements.millis(() -> BacktrackDistances.of(trace), input.warmup, input.runs);
        Map<String, Object> result = BenchCommand.timedResult(trace, times);
        result.put("jumps", levels.values().stream().mapToInt(Integer::intValue).sum());
        result.put("deepest_jump", levels.isEmpty() ? 0 : levels.keySet().stream().mapToInt(Integer::intValue).max()
                .orElse(0));
        spec.commandLine().getOut().println(Json.line(result));
        return 0;
    }
}
