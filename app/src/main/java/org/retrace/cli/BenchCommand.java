package org.retrace.cli;

import java.io.OutputStream;
import java.lang.ref.Reference;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.retrace.bench.Measurements;
import org.retrace.bench.SeekWorkload;
import org.retrace.bench.SolverStream;
import org.retrace.export.Figure;
import org.retrace.export.PngFiles;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFiles;
import org.retrace.layout.TidyTreeLayout;
import org.retrace.layout.TreeLayout;
import org.retrace.live.cpprofiler.Execution;
import org.retrace.live.cpprofiler.Receiver;
import org.retrace.model.Trace;
import org.retrace.render.FrameBenchmark;
import org.retrace.render.HeadlessFx;
import org.retrace.render.Theme;
import org.retrace.render.ViewStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code retrace bench load|seek|memory FILE}: the budgets, measured; one JSON object each. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure loading, timeline seeking and heap use; print one JSON object.",
        subcommands = {BenchCommand.Load.class, BenchCommand.Seek.class, BenchCommand.Memory.class,
            BenchCommand.Layout.class, BenchCommand.Render.class, BenchCommand.Export.class, BenchCommand.Listen.class,
            BenchDatasetCommand.class, BenchCompareCommand.class, BenchBacktracksCommand.class,
            BenchSimilarCommand.class, BenchOverviewCommand.class})
final class BenchCommand {

    /** The input file and repetition counts every benchmark takes. */
    static final class Input {
        @Parameters(paramLabel = "FILE", description = "A trace file, e.g. from 'retrace generate'.")
        Path file;

        @Option(names = "--warmup", defaultValue = "2", description = "Unmeasured runs first (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--runs", defaultValue = "5", description = "Measured runs (default: ${DEFAULT-VALUE}).")
        int runs;
    }

    /** The trace's size, then the median and slowest of {@code sortedTimes} and how many there were. */
    static Map<String, Object> timedResult(Trace trace, double[] sortedTimes) {
        Map<String, Object> result = resultFor(trace);
        result.put("median_ms", Measurements.round(Measurements.median(sortedTimes), 2));
        result.put("max_ms", Measurements.round(sortedTimes[sortedTimes.length - 1], 2));
        result.put("runs", sortedTimes.length);
        return result;
    }

    /** A result that starts by saying what was measured: the trace's size. */
    static Map<String, Object> resultFor(Trace trace) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("nodes", trace.nodeCount());
        result.put("events", trace.timeline().size());
        return result;
    }

    @Command(name = "load", mixinStandardHelpOptions = true, description = "Median time to load FILE.")
    static final class Load implements Callable<Integer> {
        @Mixin
        Input input;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Trace trace = TraceArguments.load(spec.commandLine(), input.file).first();
            double[] times = Measurements.millis(() -> TraceFiles.load(input.file), input.warmup, input.runs);
            spec.commandLine().getOut().println(Json.line(timedResult(trace, times)));
            return 0;
        }
    }

    @Command(name = "seek", mixinStandardHelpOptions = true, description = "Time to reach the state at random timeline positions.")
    static final class Seek implements Callable<Integer> {
        @Mixin
        Input input;

        @Option(names = "--positions", defaultValue = "2000", description = "Random positions per run (default: ${DEFAULT-VALUE}).")
        int positions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Trace trace = TraceArguments.load(spec.commandLine(), input.file).first();
            SeekWorkload workload = new SeekWorkload(trace, 42);
            for (int i = 0; i < input.warmup * positions; i++) {
                workload.seekRandom();
            }
            double[] times = Measurements.millis(workload::seekRandom, 0, positions * input.runs);
            Map<String, Object> result = resultFor(trace);
            result.put("median_ms", Measurements.round(Measurements.median(times), 4));
            result.put("p99_ms", Measurements.round(Measurements.percentile(times, 0.99), 4));
            result.put("max_ms", Measurements.round(times[times.length - 1], 4));
            result.put("seeks", times.length);
            result.put("workload", "state at a random position: node count, cursor, root-to-cursor path, status and "
                    + "metrics of the path and of the " + SeekWorkload.SCREENFUL + " newest nodes");
            spec.commandLine().getOut().println(Json.line(result));
            return 0;
        }
    }

    @Command(name = "layout", mixinStandardHelpOptions = true,
            description = "Median time to lay out the whole tree of FILE (tidy tree, with the per-depth index), "
                    + "and to follow a replay that adds one node.")
    static final class Layout implements Callable<Integer> {
        @Mixin
        Input input;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Trace trace = TraceArguments.load(spec.commandLine(), input.file).first();
            TidyTreeLayout tidy = new TidyTreeLayout();
            TreeLayout layout = new TreeLayout();
            BitSet noneCollapsed = new BitSet();
            double[] times = Measurements.millis(() -> {
                tidy.layout(trace, trace.nodeCount(), noneCollapsed, layout);
                return layout;
            }, input.warmup, input.runs);
            int[] step = {trace.nodeCount() / 2};
            double[] steps = Measurements.millis(() -> {
                tidy.update(trace, ++step[0], noneCollapsed, layout);
                return layout;
            }, input.warmup * 10, input.runs * 10);
            Map<String, Object> result = timedResult(trace, times);
            result.put("replay_step_median_ms", Measurements.round(Measurements.median(steps), 2));
            spec.commandLine().getOut().println(Json.line(result));
            return 0;
        }
    }

    @Command(name = "render", mixinStandardHelpOptions = true,
            description = "Median time of full 1920x1080 frames of FILE's tree at three zooms, drawn headless.")
    static final class Render implements Callable<Integer> {
        @Mixin
        Input input;

        @Option(names = "--frames", defaultValue = "30", description = "Measured frames per zoom (default: ${DEFAULT-VALUE}).")
        int frames;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Trace trace = TraceArguments.load(spec.commandLine(), input.file).first();
            printFrames(spec, "zoom", trace, FrameBenchmark.run(trace, 1920, 1080, input.warmup * 5, frames));
            return 0;
        }
    }

    /** Prints a JSON object per frame measurement, naming what was drawn under {@code drawn}. */
    static void printFrames(CommandSpec spec, String drawn, Trace trace, List<FrameBenchmark.Result> frames) {
        for (FrameBenchmark.Result frame : frames) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put(drawn, frame.zoom());
            result.put("median_ms", Measurements.round(frame.medianMillis(), 2));
            result.put("max_ms", Measurements.round(frame.maxMillis(), 2));
            result.put("frames", frame.frames());
            result.put("nodes", trace.nodeCount());
            spec.commandLine().getOut().println(Json.line(result));
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Median time to draw the whole tree into a SIZE x SIZE PNG and write it, loading excluded.")
    static final class Export implements Callable<Integer> {
        @Mixin
        Input input;

        @Option(names = "--size", defaultValue = "4096", description = "Side of the square figure (default: ${DEFAULT-VALUE}).")
        int size;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Trace trace = TraceArguments.load(spec.commandLine(), input.file).first();
            Figure.Request request = new Figure.Request(Figure.View.TREE, size, size, 1, trace.timeline().size(), -1,
                    ViewStyle.standard());
            Path png = Files.createTempFile("retrace-bench", ".png");
            try {
                double[] times = Measurements.millis(() -> {
                    PngFiles.write(HeadlessFx.call(() -> Figure.draw(trace, request, Theme.standard())), png);
                    return png;
                }, input.warmup, input.runs);
                Map<String, Object> result = timedResult(trace, times);
                result.put("size", size);
                result.put("bytes", Files.size(png));
                spec.commandLine().getOut().println(Json.line(result));
            } finally {
                Files.deleteIfExists(png);
            }
            return 0;
        }
    }

    @Command(name = "listen", mixinStandardHelpOptions = true,
            description = "Nodes per second the CP-Profiler receiver takes from a local solver and builds into a trace.")
    static final class Listen implements Callable<Integer> {
        @Option(names = "--nodes", defaultValue = "1000000", description = "Nodes to send, rounded up to a complete "
                + "binary tree (default: ${DEFAULT-VALUE}).")
        int nodes;

        @Option(names = "--warmup", defaultValue = "1", description = "Unmeasured runs first (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--runs", defaultValue = "5", description = "Measured runs (default: ${DEFAULT-VALUE}).")
        int runs;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            byte[] stream = SolverStream.encode(nodes);
            int sent = SolverStream.nodeCount(nodes);
            int[] received = new int[1];
            double[] times = Measurements.millis(() -> {
                received[0] = receive(stream);
                return received;
            }, warmup, runs);
            if (received[0] != sent) {
                throw new UserError("the receiver built " + received[0] + " nodes of the " + sent + " sent");
            }
            double median = Measurements.median(times);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("nodes", sent);
            result.put("bytes", stream.length);
            result.put("median_ms", Measurements.round(median, 2));
            result.put("max_ms", Measurements.round(times[times.length - 1], 2));
            result.put("nodes_per_second", Math.round(sent / (median / 1000)));
            result.put("runs", times.length);
            spec.commandLine().getOut().println(Json.line(result));
            return 0;
        }

        /** Sends {@code stream} to a fresh receiver over loopback; returns the nodes it built, once DONE is read. */
        private static int receive(byte[] stream) throws Exception {
            CompletableFuture<Execution> ended = new CompletableFuture<>();
            try (Receiver receiver = new Receiver(InetAddress.getLoopbackAddress(), 0, 1, new Receiver.Listener() {
                @Override
                public void connected(Execution execution) {
                    // Timing runs from the first byte to the end of the execution.
                }

                @Override
                public void ended(Execution execution) {
                    ended.complete(execution);
                }

                @Override
                public void problem(String description) {
                    ended.completeExceptionally(new IllegalStateException(description));
                }
            }); Socket solver = new Socket(receiver.address(), receiver.port())) {
                OutputStream out = solver.getOutputStream();
                out.write(stream);
                out.flush();
                Execution execution = ended.get(5, TimeUnit.MINUTES);
                if (!execution.trace().problems().isEmpty()) {
                    throw new UserError("the receiver reported: " + execution.trace().problems().get(0));
                }
                return execution.trace().nodeCount();
            }
        }
    }

    @Command(name = "memory", mixinStandardHelpOptions = true, description = "Heap retained by the loaded trace, per node.")
    static final class Memory implements Callable<Integer> {
        @Mixin
        Input input;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            long before = Measurements.settledHeapBytes();
            LoadedTraces loaded = TraceArguments.load(spec.commandLine(), input.file);
            long after = Measurements.settledHeapBytes();
            Trace trace = loaded.first();
            long bytes = after - before;
            Map<String, Object> result = resultFor(trace);
            result.put("bytes", bytes);
            result.put("bytesPerNode", Measurements.round(bytes / (double) trace.nodeCount(), 2));
            spec.commandLine().getOut().println(Json.line(result));
            Reference.reachabilityFence(loaded);
            return 0;
        }
    }
}
