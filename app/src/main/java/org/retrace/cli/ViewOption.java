package org.retrace.cli;

import org.retrace.export.Figure;
import org.retrace.model.Trace;
import org.retrace.render.MemoryRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of the commands that draw: {@code --view tree|memory}, defaulting as the window
 * does, and {@code --no-legend}.
 */
final class ViewOption {
    @Option(names = "--view", paramLabel = "tree|memory",
            description = "The view to draw (default: memory for a trace with time spans, else tree).")
    String view;

    @Option(names = "--no-legend", description = "Leave out the legend the tree view shows.")
    boolean noLegend;

    boolean legend() {
        return !noLegend;
    }

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
