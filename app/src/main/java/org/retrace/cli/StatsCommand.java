package org.retrace.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.retrace.decoding.SequenceHistory;
import org.retrace.format.LoadedTraces;
import org.retrace.format.cot.CotTraceReader;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.stats.BacktrackDistances;
import org.retrace.stats.ReasoningStatistics;
import org.retrace.stats.TraceStatistics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code retrace stats FILE [--json]}: the shape of a search. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Print a trace's size and shape: traces in the file, nodes (open and skipped among them), depth, "
        + "branching, leaves, outcomes, events. With --per-trace or --summary, a dataset's: a row per trace of a "
        + "file of many records or of a folder of files, or its columns in numbers.")
final class StatsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A trace file in any readable format; with --per-trace or "
            + "--summary also a folder of them.")
    private Path file;

    @Option(names = "--per-trace", description = "A row per trace: nodes, depth, backtracks, branches, solutions, "
            + "failed, text length and the record's own short fields, as JSON Lines, or into -o.")
    private boolean perTrace;

    @Option(names = "--summary", description = "Per numeric column of those rows: how many have one, mean, minimum, "
            + "10th percentile, median, 90th percentile, maximum.")
    private boolean summary;

    @Option(names = {"-o", "--output"}, paramLabel = "ROWS.csv|ROWS.jsonl",
            description = "With --per-trace: write the rows here, as CSV or JSON Lines, atomically.")
    private Path output;

    @Option(names = "--json", description = "Print one line of JSON.")
    private boolean json;

    @Option(names = "--trace", paramLabel = "NAME", description = "Which trace of a file that holds several (default: the first).")
    private String traceName;

    @Mixin
    private ReasoningOptions reasoning;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (output != null && !perTrace) {
            throw new CommandLine.ParameterException(spec.commandLine(), "-o goes with --per-trace");
        }
        if (perTrace || summary) {
            DatasetStatistics dataset = new DatasetStatistics(spec.commandLine(), reasoning.readers());
            return summary ? dataset.summary(file, json) : dataset.perTrace(file, output);
        }
        LoadedTraces loaded = TraceArguments.load(spec.commandLine(), file, reasoning);
        Trace trace = TraceArguments.pick(spec.commandLine(), loaded, traceName);
        TraceStatistics stats = TraceStatistics.of(trace, loaded.format());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("traces", loaded.traces().size());
        fields.put("nodes", stats.nodes());
        fields.put("open", TraceStatistics.count(trace, NodeStatus.OPEN));
        fields.put("skipped", TraceStatistics.count(trace, NodeStatus.SKIPPED));
        fields.put("maxDepth", stats.maxDepth());
        fields.put("meanBranching", Math.round(stats.meanBranching() * 1000) / 1000.0);
        fields.put("leaves", stats.leaves());
        fields.put("solutions", stats.solutions());
        fields.put("failed", stats.failed());
        fields.put("events", stats.events());
        fields.put("backtracks", stats.backtracks());
        fields.put("format", stats.format());
        Map<String, Integer> levels = new LinkedHashMap<>();
        BacktrackDistances.of(trace).forEach((climbed, jumps) -> levels.put(Integer.toString(climbed), jumps));
        fields.put("backtrackLevels", levels);
        if (CotTraceReader.FORMAT.equals(loaded.format())) {
            addReasoning(fields, loaded);
        }
        if (SequenceHistory.canShow(trace)) {
            addDecoding(fields, SequenceHistory.of(trace));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.line(fields));
        } else {
            int width = fields.keySet().stream().mapToInt(String::length).max().orElse(0);
            fields.forEach((key, value) -> out.printf(Locale.ROOT, "%-" + (width + 1) + "s %s%n", key,
                    value instanceof Map<?, ?> map ? histogramText(map) : value));
        }
        return 0;
    }

    /** "0: 1, 1: 2, 3: 1": records by backtracks. */
    private static String histogramText(Map<?, ?> histogram) {
        StringBuilder text = new StringBuilder();
        histogram.forEach((key, value) -> text.append(text.length() == 0 ? "" : ", ").append(key).append(": ")
                .append(value));
        return text.toString();
    }

    /** A diffusion decoding's own counts: steps after the start, tokens decided and taken back. */
    private static void addDecoding(Map<String, Object> fields, SequenceHistory history) {
        int steps = history.steps() - 1;
        // Taking a token back is a decoding's backtrack, as dataset rows count it.
        fields.put("backtracks", history.remasks());
        fields.put("steps", steps);
        fields.put("positions", history.positions());
        fields.put("tokens", history.tokensDecided());
        fields.put("meanTokensPerStep", steps == 0 ? 0 : Math.round(1000.0 * history.tokensDecided() / steps) / 1000.0);
        fields.put("remasks", history.remasks());
        fields.put("positionsRemaskedTwice", history.positionsRemaskedMoreThanOnce());
        fields.put("undecided", history.undecided());
        Map<String, Integer> decidedAt = new LinkedHashMap<>();
        history.finallyDecidedPerStep().forEach((step, positions) -> decidedAt.put(Integer.toString(step), positions));
        fields.put("finallyDecidedAtStep", decidedAt);
    }

    /** A chain of thought's own counts, and over a file of many records a histogram of their backtracks. */
    private void addReasoning(Map<String, Object> fields, LoadedTraces loaded) {
        ReasoningStatistics reasoning = ReasoningStatistics.of(TraceArguments.pick(spec.commandLine(), loaded,
                traceName));
        fields.put("steps", reasoning.steps());
        fields.put("attempts", reasoning.attempts());
        // One count per meaning: for a chain of thought, backtracks are the text's, not the cursor's moves.
        fields.put("backtracks", reasoning.backtracks());
        fields.put("branches", reasoning.branches());
        fields.put("verifications", reasoning.verifications());
        Object answer = TraceArguments.pick(spec.commandLine(), loaded, traceName).info().attributes().get("answer");
        fields.put("answer", answer == null ? "" : answer);
        fields.put("depth", reasoning.depth());
        fields.put("charsPerAttempt", Math.round(reasoning.charactersPerAttempt() * 10) / 10.0);
        if (loaded.traces().size() > 1) {
            fields.put("records", loaded.traces().size());
            Map<String, Integer> histogram = new LinkedHashMap<>();
            ReasoningStatistics.backtrackHistogram(loaded.traces())
                    .forEach((backtracks, records) -> histogram.put(Integer.toString(backtracks), records));
            fields.put("backtracksPerRecord", histogram);
        }
    }
}
