package org.retrace.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.retrace.bench.Measurements;
import org.retrace.model.Trace;
import org.retrace.similar.SimilarSubtrees;
import org.retrace.similar.SimilarSubtrees.Likeness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code retrace bench similar FILE}: the time of the similar-subtree analysis, loading excluded. */
@Command(name = "similar", mixinStandardHelpOptions = true,
        description = "Median time to group the alike subtrees of FILE (signatures, then JGraphT's rooted-tree "
                + "isomorphism on candidates), loading excluded.")
final class BenchSimilarCommand implements Callable<Integer> {
    @Mixin
    private BenchCommand.Input input;

    @Option(names = "--labels", description = "Alike means the same shape and the same labels.")
    private boolean labels;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Trace trace = TraceArguments.load(spec.commandLine(), input.file).first();
        Likeness likeness = labels ? Likeness.SHAPE_AND_LABELS : Likeness.SHAPE;
        SimilarSubtrees similar = SimilarSubtrees.of(trace, likeness);
        double[] times = Measurements.millis(() -> SimilarSubtrees.of(trace, likeness), input.warmup, input.runs);
        Map<String, Object> result = BenchCommand.timedResult(trace, times);
        result.put("groups", similar.groups().size());
        result.put("outermost_groups", similar.outermost().size());
        result.put("full_checks", similar.checks());
        if (!similar.groups().isEmpty()) {
            result.put("largest_group", similar.groups().get(0).toString());
        }
        spec.commandLine().getOut().println(Json.line(result));
        return 0;
    }
}
