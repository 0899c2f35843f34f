package org.retrace.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.retrace.model.Trace;
import org.retrace.stats.TraceStatistics;

/**
 * Every variant of a demo run on the same problem with the same node budget, side by side: depth
 * first against parallel samples for the same Sudoku, depth first against the beam for the same
 * Countdown numbers. The traces differ only in how they search.
 */
public final class VariantComparison {
    private VariantComparison() {
    }

    /** One trace per variant of {@code demo}, in the demo's order, each with {@code settings}' size, seed and budget. */
    public static List<Trace> run(Demo demo, DemoSettings settings) {
        List<Trace> traces = new ArrayList<>();
        for (String variant : demo.variants()) {
            traces.add(demo.run(new DemoSettings(settings.size(), settings.seed(), settings.nodeLimit(), variant)));
        }
        return traces;
    }

    /** A line per trace: its variant, nodes, whether it found a solution, and its dead ends. */
    public static List<String> summary(List<Trace> traces) {
        List<String> lines = new ArrayList<>();
        for (Trace trace : traces) {
            TraceStatistics statistics = TraceStatistics.of(trace, "demo");
            lines.add(String.format(Locale.ROOT, "%s: %,d nodes, %s, %,d failed", trace.info().attributes()
                    .getOrDefault("variant", trace.info().name()), trace.nodeCount(),
                    statistics.solutions() > 0 ? statistics.solutions() + (statistics.solutions() == 1 ? " solution"
                            : " solutions") : "no solution", statistics.failed()));
        }
        return lines;
    }
}
