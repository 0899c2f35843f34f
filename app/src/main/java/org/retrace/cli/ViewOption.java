package org.retrace.cli;

import org.retrace.export.Figure;
import org.retrace.model.Trace;
import org.retrace.render.MemoryRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --view tree|memory} option of the commands that draw, defaulting as the window does. */
final class ViewOption {
    @Option(names = "--view", paramLabel = "tree|memory",
            description = "The view to draw (default: memory for a trace with time spans, else tree).")
    String view;

    /** The view asked for, or the one the window would open {@code trace} in. */
    Figure.View resolve(CommandLine commandLine, Trace trace) {
        if (view == null) {
            return MemoryRenderer.canShow(trace) ? Figure.View.MEMORY : Figure.View.TREE;
        }
        return switch (view) {
            case "tree" -> Figure.View.TREE;
            case "memory" -> Figure.View.MEMORY;
            default -> throw new CommandLine.ParameterException(commandLine,
                    "--view must be tree or memory, found '" + view + "'");
        };
    }
}
