package org.retrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.retrace.demo.Demo;
import org.retrace.demo.DemoSettings;
import org.retrace.demo.Demos;
import org.retrace.demo.GivenPuzzle;
import org.retrace.demo.VariantComparison;
import org.retrace.demo.countdown.Countdown;
import org.retrace.demo.sat.Cdcl;
import org.retrace.demo.sat.Dimacs;
import org.retrace.io.AtomicFiles;
import org.retrace.model.Trace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code retrace demo NAME [--size N] [--seed S] [--variant V] -o OUT}: runs a built-in search and
 * writes its narrated trace, so a demo can be rendered and animated like any file; {@code --list}
 * names the demos.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run a built-in search (nqueens, sudoku, countdown, mcts, sat, knapsack, unmask) and write its "
                + "trace.")
final class DemoCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The demo to run; see --list.")
    private String name;

    @Option(names = "--list", description = "List the demos with their sizes and variants.")
    private boolean list;

    @Option(names = "--size", paramLabel = "N", description = "The demo's size: board, clues, numbers, iterations, "
            + "variables or items (default: the demo's own).")
    private Integer size;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the demo's random choices (default: the demo's own).")
    private Long seed;

    @Option(names = "--variant", paramLabel = "V", description = "e.g. dfs or bfs for countdown, dfs or sampling for sudoku, "
            + "remask or no-remask for unmask.")
    private String variant;

    @Option(names = "--node-limit", paramLabel = "L", description = "Stop after L nodes (default: the demo's own).")
    private Integer nodeLimit;

    @Option(names = "--all-variants", description = "Run every variant on the same problem and budget, side by side, "
            + "into one OUT.json document; print a line per variant.")
    private boolean allVariants;

    @Option(names = "--cnf", paramLabel = "FILE", description = "sat: solve this DIMACS CNF file instead of a random formula.")
    private Path cnf;

    @Option(names = "--puzzle", paramLabel = "GRID", description = "sudoku, unmask: solve these 81 characters, row "
            + "by row, '.' or 0 for an empty cell, instead of a generated puzzle.")
    private String puzzle;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "OUT.jsonl, OUT.json or OUT.csv; for "
            + "countdown also OUT.txt, the Stream of Search text.")
    private Path output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        PrintWriter out = commandLine.getOut();
        if (list) {
            for (Demo demo : Demos.all()) {
                out.printf(Locale.ROOT, "%-10s %s. --size: %s, %d to %d (default %d); variants: %s%n", demo.name(),
                        demo.title(), demo.sizeMeaning(), demo.minSize(), demo.maxSize(), demo.defaults().size(),
                        String.join(", ", demo.variants()));
            }
            return 0;
        }
        if (name == null || output == null) {
            throw new CommandLine.ParameterException(commandLine, "give a demo NAME and -o OUT, or --list");
        }
        Demo demo;
        DemoSettings settings;
        try {
            demo = Demos.named(name);
            DemoSettings defaults = demo.defaults();
            settings = new DemoSettings(size == null ? defaults.size() : size, seed == null ? defaults.seed() : seed,
                    nodeLimit == null ? defaults.nodeLimit() : nodeLimit, variant);
            demo.check(settings);
        } catch (IllegalArgumentException refused) {
            throw new CommandLine.ParameterException(commandLine, refused.getMessage());
        }
        boolean text = output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
        if (text && !(demo instanceof Countdown)) {
            throw new CommandLine.ParameterException(commandLine, "only countdown writes a .txt (Stream of Search) "
                    + "trace; use .jsonl, .json or .csv for " + demo.name());
        }
        if (cnf != null && !(demo instanceof Cdcl) || puzzle != null && !(demo instanceof GivenPuzzle)) {
            throw new CommandLine.ParameterException(commandLine, "--cnf is for sat and --puzzle for sudoku and unmask");
        }
        if (text) {
            writeText(((Countdown) demo).search(settings).streamOfSearch());
            out.println(OutputFile.wrote(output, "the Stream of Search text of " + demo.name()));
            return 0;
        }
        if (allVariants) {
            if (cnf != null || puzzle != null) {
                throw new CommandLine.ParameterException(commandLine, "--all-variants runs the demo's own problems");
            }
            List<Trace> traces = VariantComparison.run(demo, settings);
            OutputFile.write(commandLine, output, traces);
            out.println(OutputFile.wrote(output, traces.size() + " variants of " + demo.name()));
            VariantComparison.summary(traces).forEach(line -> out.println("  " + line));
            return 0;
        }
        Trace trace = run(commandLine, demo, settings);
        OutputFile.write(commandLine, output, List.of(trace));
        out.println(OutputFile.wrote(output, trace.info().name() + ", " + trace.nodeCount() + " nodes, "
                + trace.timeline().size() + " events"));
        return 0;
    }

    private Trace run(CommandLine commandLine, Demo demo, DemoSettings settings) {
        try {
            if (cnf != null) {
                String formula;
                try {
                    formula = Files.readString(cnf, StandardCharsets.UTF_8);
                } catch (IOException unreadable) {
                    throw new UserError(cnf + ": could not be read: " + unreadable.getMessage());
                }
                return ((Cdcl) demo).run(settings, Dimacs.parse(formula, cnf.toString()), cnf.getFileName().toString());
            }
            if (puzzle != null) {
                return ((GivenPuzzle) demo).run(settings, puzzle);
            }
            return demo.run(settings);
        } catch (IllegalArgumentException refused) {
            throw new UserError(refused.getMessage());
        }
    }

    private void writeText(String text) {
        try {
            AtomicFiles.write(output, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException unwritable) {
            throw new UserError(output + ": could not be written: " + unwritable.getMessage());
        }
    }
}
