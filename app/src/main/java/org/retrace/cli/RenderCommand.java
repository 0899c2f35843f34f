package org.retrace.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.retrace.export.Figure;
import org.retrace.model.Trace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code retrace render FILE -o OUT.png}: a figure of the trace as the window shows it, with no display. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Draw the trace as the window would show it at an event, into a PNG or SVG, with no display.")
final class RenderCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A trace file in any format Retrace reads.")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "OUT.png, or OUT.svg for a vector figure (--scale does not apply).")
    Path output;

    @Mixin
    ViewOption viewOption;

    @Mixin
    ReasoningOptions reasoning;

    @Option(names = "--width", defaultValue = "1600", paramLabel = "W",
            description = "Width in screen pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "1000", paramLabel = "H",
            description = "Height in screen pixels (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "S",
            description = "Pixels per screen pixel, 1 to 4, for print (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--at", paramLabel = "EVENT",
            description = "Show the search after this many events (default: all of them).")
    Integer at;

    @Option(names = "--select", paramLabel = "NODE", description = "Select the node with this id, as a click would.")
    String select;

    @Mixin
    private AnnotationsOption annotations;

    @Option(names = "--trace", paramLabel = "NAME", description = "Which trace of a file that holds several.")
    String traceName;

    @Option(names = "--chart", paramLabel = "COLUMN[,COLUMN2[,COLOUR]]",
            description = "With --view dataset: a histogram of one column of FILE's rows (a file of many records, or "
                    + "a folder), or a scatter of two, coloured by a third or by the field that splits them best.")
    String chart;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine commandLine = spec.commandLine();
        PictureFile.check(commandLine, output);
        if ("dataset".equals(viewOption.view)) {
            commandLine.getOut().println(OutputFile.wrote(output, DatasetChart.render(commandLine, file,
                    reasoning.readers(), chart, output, width, height, scale)));
            return 0;
        }
        AnnotationsOption.Annotated annotated = annotations.apply(file,
                TraceArguments.pick(commandLine, TraceArguments.load(commandLine, file, reasoning), traceName));
        Trace trace = annotated.trace();
        int events = trace.timeline().size();
        if (at != null && (at < 0 || at > events)) {
            throw new CommandLine.ParameterException(commandLine, "--at must be between 0 and " + events
                    + " (the trace's events), found " + at);
        }
        int position = at == null ? events : at;
        Figure.Request request;
        try {
            request = new Figure.Request(viewOption.resolve(commandLine, trace), width, height, scale, position,
                    selected(commandLine, trace), viewOption.style(trace, position), annotated.marks());
        } catch (IllegalArgumentException refused) {
            throw new CommandLine.ParameterException(commandLine, refused.getMessage());
        }
        String picture = PictureFile.write(commandLine, output, trace, request);
        commandLine.getOut().println(OutputFile.wrote(output, "a " + picture + " of '" + trace.info().name()
                + "' at event " + position + " of " + events));
        return 0;
    }

    private int selected(CommandLine commandLine, Trace trace) {
        if (select == null) {
            return -1;
        }
        int node = trace.findNode(select);
        if (node < 0) {
            throw new CommandLine.ParameterException(commandLine, "--select: no node '" + select + "' in '"
                    + trace.info().name() + "'");
        }
        return node;
    }
}
