package org.retrace.cli;

import java.util.concurrent.Callable;
import org.retrace.model.Trace;
import org.retrace.render.FrameBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code retrace bench overview FILE}: frames of the pixel tree and the icicle, headless. */
@Command(name = "overview", mixinStandardHelpOptions = true,
        description = "Median time to redraw the pixel tree and the icicle of FILE (and, for a diffusion decoding, its "
                + "Sequence view) at successive replay positions, headless, loading excluded; one JSON object each.")
final class BenchOverviewCommand implements Callable<Integer> {
    @Mixin
    private BenchCommand.Input input;

    @Option(names = "--frames", defaultValue = "30", description = "Measured frames per picture (default: ${DEFAULT-VALUE}).")
    private int frames;

    @Option(names = "--width", defaultValue = "1600", description = "Pixels across (default: ${DEFAULT-VALUE}).")
    private int width;

    @Option(names = "--height", defaultValue = "400", description = "Pixels down (default: ${DEFAULT-VALUE}).")
    private int height;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Trace trace = TraceArguments.load(spec.commandLine(), input.file).first();
        BenchCommand.printFrames(spec, "picture", trace,
                FrameBenchmark.runOverviews(trace, width, height, input.warmup * 5, frames));
        return 0;
    }
}
