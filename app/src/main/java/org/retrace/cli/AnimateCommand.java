package org.retrace.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.retrace.export.FramePalette;
import org.retrace.export.GifSequence;
import org.retrace.export.ReplayAnimation;
import org.retrace.io.AtomicFiles;
import org.retrace.model.Trace;
import org.retrace.render.Theme;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code retrace animate FILE -o OUT.gif}: a stretch of the replay as an animated GIF, with no display. */
@Command(name = "animate", mixinStandardHelpOptions = true,
        description = "Replay events FROM to TO into an animated GIF, one frame per event by default, with no display.")
final class AnimateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A trace file in any format Retrace reads.")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "OUT.gif.")
    Path output;

    @Option(names = "--from", defaultValue = "0", paramLabel = "E1", description = "First event (default: ${DEFAULT-VALUE}).")
    int from;

    @Option(names = "--to", paramLabel = "E2", description = "Last event (default: the trace's last).")
    Integer to;

    @Option(names = "--fps", defaultValue = "4", paramLabel = "F", description = "Frames per second, 1 to 50 (default: ${DEFAULT-VALUE}).")
    int fps;

    @Option(names = "--frames-per-event", defaultValue = "1", paramLabel = "K",
            description = "Frames per event, 1 to 30: above 1 a backtrack's marker travels and a solution flashes (default: ${DEFAULT-VALUE}).")
    int framesPerEvent;

    @Option(names = "--width", defaultValue = "800", paramLabel = "W", description = "Frame width (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "500", paramLabel = "H", description = "Frame height (default: ${DEFAULT-VALUE}).")
    int height;

    @Mixin
    ViewOption viewOption;

    @Mixin
    ReasoningOptions reasoning;

    @Option(names = "--no-loop", negatable = false, description = "Play once instead of looping.")
    boolean noLoop;

    @Mixin
    private AnnotationsOption annotations;

    @Option(names = "--trace", paramLabel = "NAME", description = "Which trace of a file that holds several.")
    String traceName;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine commandLine = spec.commandLine();
        if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gif")) {
            throw new CommandLine.ParameterException(commandLine, "the output must end in .gif, found " + output);
        }
        if (fps < 1 || fps > 50) {
            throw new CommandLine.ParameterException(commandLine, "--fps must be 1 to 50, found " + fps);
        }
        AnnotationsOption.Annotated annotated = annotations.apply(file,
                TraceArguments.pick(commandLine, TraceArguments.load(commandLine, file, reasoning), traceName));
        Trace trace = annotated.trace();
        int events = trace.timeline().size();
        int last = to == null ? events : to;
        if (last > events || from > last || from < 0) {
            throw new CommandLine.ParameterException(commandLine, "--from and --to must satisfy 0 <= from <= to <= "
                    + events + " (the trace's events), found " + from + " and " + last);
        }
        ReplayAnimation.Request request;
        try {
            request = new ReplayAnimation.Request(viewOption.resolve(commandLine, trace), width, height, from, last,
                    framesPerEvent, viewOption.style(trace, last), annotated.marks());
        } catch (IllegalArgumentException refused) {
            throw new CommandLine.ParameterException(commandLine, refused.getMessage());
        }
        int delay = Math.max(2, Math.round(100f / fps));
        AtomicInteger frames = new AtomicInteger();
        try {
            AtomicFiles.write(output, out -> {
                try (GifSequence gif = new GifSequence(out, delay, !noLoop, FramePalette.of(Theme.standard()))) {
                    frames.set(ReplayAnimation.render(trace, request, Theme.standard(), gif::add));
                } catch (IOException | RuntimeException passOn) {
                    throw passOn;
                } catch (Exception drawing) {
                    throw new IOException("drawing a frame failed: " + drawing.getMessage(), drawing);
                }
            });
        } catch (IOException unwritable) {
            throw new UserError(output + ": could not be written: " + unwritable.getMessage());
        }
        commandLine.getOut().println(OutputFile.wrote(output, frames.get() + " frames of " + width + "x" + height
                + " at " + fps + " fps, events " + from + " to " + last + " of " + events));
        return 0;
    }
}
