package org.retrace.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.retrace.compare.MergedTrace;
import org.retrace.compare.TreeComparison;
import org.retrace.compare.TreeComparison.Matching;
import org.retrace.export.Figure;
import org.retrace.format.LoadedTraces;
import org.retrace.format.bak.BakTraceReader;
import org.retrace.format.vbc.VbcTraceReader;
import org.retrace.model.Trace;
import org.retrace.render.ViewStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code retrace compare A B}: what two runs' trees share, what only each has, and where they part. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Match two runs' trees from the roots down and print the nodes in common, only in A, only in B, "
                + "and where they part; with -o, draw them merged: the shared part once, a mark per run where "
                + "they differ.")
final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "A", description = "The first run: a trace file in any readable format.")
    private Path first;

    @Parameters(index = "1", paramLabel = "B", description = "The second run.")
    private Path second;

    @Option(names = "--by", paramLabel = "position|labels",
            description = "Match a child by its place among its siblings (default for solver trees: vbc, bak) or by "
                    + "its label (default for the others).")
    private String by;

    @Option(names = "--trace-a", paramLabel = "NAME", description = "Which trace of A, if it holds several.")
    private String traceA;

    @Option(names = "--trace-b", paramLabel = "NAME", description = "Which trace of B, if it holds several.")
    private String traceB;

    @Option(names = "--json", description = "Print one line of JSON.")
    private boolean json;

    @Option(names = {"-o", "--output"}, paramLabel = "MERGED.png|svg", description = "Draw the merged tree here.")
    private Path output;

    @Option(names = "--width", defaultValue = "1600", paramLabel = "W", description = "Width of -o in screen pixels "
            + "(default: ${DEFAULT-VALUE}).")
    private int width;

    @Option(names = "--height", defaultValue = "1000", paramLabel = "H", description = "Height of -o in screen "
            + "pixels (default: ${DEFAULT-VALUE}).")
    private int height;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine commandLine = spec.commandLine();
        if (output != null) {
            PictureFile.check(commandLine, output);
        }
        LoadedTraces loadedA = TraceArguments.load(commandLine, first);
        LoadedTraces loadedB = TraceArguments.load(commandLine, second);
        Trace a = TraceArguments.pick(commandLine, loadedA, traceA);
        Trace b = TraceArguments.pick(commandLine, loadedB, traceB);
        TreeComparison comparison = TreeComparison.of(a, b, matching(commandLine, loadedA.format()));
        Map<String, Object> fields = fields(comparison);
        if (json) {
            commandLine.getOut().println(Json.line(fields));
        } else {
            printText(comparison);
        }
        if (output != null) {
            Trace merged = MergedTrace.of(comparison);
            Figure.Request request = new Figure.Request(Figure.View.TREE, width, height, 1,
                    merged.timeline().size(), -1, ViewStyle.standard());
            String picture = PictureFile.write(commandLine, output, merged, request);
            commandLine.getOut().println(OutputFile.wrote(output, "a " + picture + " of the merged tree"));
        }
        return 0;
    }

    private Matching matching(CommandLine commandLine, String format) {
        if (by == null) {
            return format.equals(VbcTraceReader.FORMAT) || format.equals(BakTraceReader.FORMAT)
                    ? Matching.BRANCH_POSITION : Matching.LABEL_PATH;
        }
        return switch (by) {
            case "position" -> Matching.BRANCH_POSITION;
            case "labels" -> Matching.LABEL_PATH;
            default -> throw new CommandLine.ParameterException(commandLine, "--by must be position or labels, "
                    + "found " + by);
        };
    }

    private static Map<String, Object> fields(TreeComparison comparison) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("matching", comparison.matching() == Matching.BRANCH_POSITION ? "position" : "labels");
        fields.put("nodesA", comparison.a().nodeCount());
        fields.put("nodesB", comparison.b().nodeCount());
        fields.put("common", comparison.common());
        fields.put("onlyInA", comparison.onlyInA());
        fields.put("onlyInB", comparison.onlyInB());
        int parts = comparison.partsAtInA();
        fields.put("partsAt", parts < 0 ? null : node(comparison.a(), parts));
        int onlyA = comparison.firstOnlyInA();
        int onlyB = comparison.firstOnlyInB();
        fields.put("firstOnlyInA", onlyA < 0 ? null : node(comparison.a(), onlyA));
        fields.put("firstOnlyInB", onlyB < 0 ? null : node(comparison.b(), onlyB));
        return fields;
    }

    private static Map<String, Object> node(Trace trace, int node) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("id", trace.id(node));
        described.put("label", trace.label(node));
        if (node > 0) {
            described.put("parent", trace.id(trace.parent(node)));
        }
        return described;
    }

    private void printText(TreeComparison comparison) {
        CommandLine commandLine = spec.commandLine();
        commandLine.getOut().printf(Locale.ROOT, "%,d node%s in common, %,d only in A (of %,d), %,d only in B (of %,d); "
                + "matched by %s%n", comparison.common(), comparison.common() == 1 ? "" : "s", comparison.onlyInA(),
                comparison.a().nodeCount(),
                comparison.onlyInB(), comparison.b().nodeCount(),
                comparison.matching() == Matching.BRANCH_POSITION ? "branch position" : "label path");
        if (comparison.partsAtInA() < 0) {
            commandLine.getOut().println("the runs do not part: one tree");
            return;
        }
        printFirst("A", comparison.a(), comparison.firstOnlyInA());
        printFirst("B", comparison.b(), comparison.firstOnlyInB());
    }

    private void printFirst(String run, Trace trace, int node) {
        if (node >= 0) {
            spec.commandLine().getOut().printf(Locale.ROOT, "first only in %s: '%s' (node %s), under '%s'%n", run,
                    trace.label(node), trace.id(node), trace.label(trace.parent(node)));
        }
    }
}
