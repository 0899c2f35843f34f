package org.retrace.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.retrace.decoding.SequenceHistory;
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

    /**
     * A line per trace: its variant, nodes, whether it found a solution, and its dead ends; for a
     * diffusion decoding its steps, the tokens it decided and took back, and whether it solved.
     */
    public static List<String> summary(List<Trace> traces) {
        List<String> lines = new ArrayList<>();
        for (Trace trace : traces) {
            if (SequenceHistory.canShow(trace)) {
                lines.add(decodingLine(trace));
                continue;
            }
            TraceStatistics statistics = TraceStatistics.of(trace, "demo");
            lines.add(String.format(Locale.ROOT, "%s: %,d nodes, %s, %,d failed", trace.info().attributes()
                    .getOrDefault("variant", trace.info().name()), trace.nodeCount(),
                    statistics.solutions() > 0 ? statistics.solutions() + (statistics.solutions() == 1 ? " solution"
                            : " solutions") : "no solution", statistics.failed()));
        }
        return lines;
    }

    private static String decodingLine(Trace trace) {
        SequenceHistory decoding = SequenceHistory.of(trace);
        Map<String, Object> attributes = trace.info().attributes();
        Object clashes = attributes.get("clashes");
        String outcome = Boolean.TRUE.equals(attributes.get("solved")) ? "solved"
                : decoding.undecided() > 0 ? String.format(Locale.ROOT, "%,d positions left masked", decoding.undecided())
                : clashes instanceof Number count && count.longValue() > 0
                        ? String.format(Locale.ROOT, "ends with %,d clashes", count.longValue())
                : "every position decided";
        return String.format(Locale.ROOT, "%s: %,d steps, %,d tokens decided, %,d taken back, %s",
                attributes.getOrDefault("variant", trace.info().name()), decoding.steps() - 1, decoding.tokensDecided(),
                decoding.remasks(), outcome);
    }
}
