package org.retrace.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.retrace.bench.Measurements;
import org.retrace.compare.MergedTrace;
import org.retrace.compare.TreeComparison;
import org.retrace.export.Figure;
import org.retrace.model.Trace;
import org.retrace.render.HeadlessFx;
import org.retrace.render.Theme;
import org.retrace.render.ViewStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code retrace bench compare A B}: the time from two loaded runs to their merged tree on screen,
 * as the Compare tab does it: matching, merging, laying out and drawing one 1600x1000 frame.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Median time to match A and B by label path, merge them and draw the merged tree in a "
                + "1600x1000 frame, loading excluded.")
final class BenchCompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "A", description = "The first run, e.g. from 'retrace generate'.")
    private Path first;

    @Parameters(index = "1", paramLabel = "B", description = "The second run.")
    private Path second;

    @Option(names = "--warmup", defaultValue = "1", description = "Unmeasured runs first (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--runs", defaultValue = "5", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Trace a = TraceArguments.load(spec.commandLine(), first).first();
        Trace b = TraceArguments.load(spec.commandLine(), second).first();
        int[] sizes = new int[3];
        double[] times = Measurements.millis(() -> {
            TreeComparison comparison = TreeComparison.of(a, b, TreeComparison.Matching.LABEL_PATH);
            Trace merged = MergedTrace.of(comparison);
            Figure.Request request = new Figure.Request(Figure.View.TREE, 1600, 1000, 1, merged.timeline().size(), -1,
                    ViewStyle.standard());
            HeadlessFx.call(() -> Figure.draw(merged, request, Theme.standard()));
            sizes[0] = comparison.common();
            sizes[1] = comparison.onlyInA();
            sizes[2] = comparison.onlyInB();
            return merged;
        }, warmup, runs);
        Arrays.sort(times);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("nodesA", a.nodeCount());
        result.put("nodesB", b.nodeCount());
        result.put("common", sizes[0]);
        result.put("onlyInA", sizes[1]);
        result.put("onlyInB", sizes[2]);
        result.put("median_ms", Measurements.round(Measurements.median(times), 1));
        result.put("max_ms", Measurements.round(times[times.length - 1], 1));
        result.put("runs", times.length);
        spec.commandLine().getOut().println(Json.line(result));
        return 0;
    }
}
