package org.retrace.cli;

import java.util.BitSet;
import org.retrace.decoding.SequenceHistory;
import org.retrace.export.Figure;
import org.retrace.layout.FailedSubtrees;
import org.retrace.model.Trace;
import org.retrace.render.MemoryRenderer;
import org.retrace.render.ViewStyle;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of the commands that draw: {@code --view tree|memory}, defaulting as the window
 * does, and the tree's dress, as the window's View menu sets it.
 */
final class ViewOption {
    @Option(names = "--view", paramLabel = "tree|memory|sequence|sequence-transposed|dataset",
            description = "The view to draw (default: sequence for a diffusion decoding, memory for a trace with time "
                    + "spans, else tree); sequence-transposed draws a decoding with a row per position, dataset "
                    + "a chart of a dataset's rows, with --chart.")
    String view;

    @Option(names = "--no-legend", description = "Leave out the legend the tree view shows.")
    boolean noLegend;

    @Option(names = "--colour-by-value", description = "Colour nodes by their value metric, as View > Colour by value.")
    boolean colourByValue;

    @Option(names = "--edge-width-by-visits", description = "Draw edges wider the more visits their child has.")
    boolean edgeWidthByVisits;

    @Option(names = "--no-badges", description = "Leave out the metric badges (visits, value, ...) under the nodes.")
    boolean noBadges;

    @Option(names = "--edge-labels", description = "Show each node's action (an MCTS or LATS action, a Countdown "
            + "operation) on the edge that leads to it, as View > Actions on edges.")
    boolean edgeLabels;

    @Option(names = "--collapse-failed",
            description = "Collapse the subtrees that hold no solution and no open node at the last event drawn.")
    boolean collapseFailed;

    /** The tree's dress the options ask for, with failed subtrees found as they stand at {@code position}. */
    ViewStyle style(Trace trace, int position) {
        BitSet collapsed = collapseFailed ? FailedSubtrees.roots(trace, trace.stateAt(position)) : new BitSet();
        return new ViewStyle(!noLegend, colourByValue, edgeWidthByVisits, !noBadges, edgeLabels, collapsed);
    }

    /** The view asked for, or the one the window would open {@code trace} in. */
    Figure.View resolve(CommandLine commandLine, Trace trace) {
        if (view == null) {
            return SequenceHistory.canShow(trace) ? Figure.View.SEQUENCE
                    : MemoryRenderer.canShow(trace) ? Figure.View.MEMORY : Figure.View.TREE;
        }
        return switch (view) {
            case "tree" -> Figure.View.TREE;
            case "memory" -> Figure.View.MEMORY;
            case "sequence" -> Figure.View.SEQUENCE;
            case "sequence-transposed" -> Figure.View.SEQUENCE_TRANSPOSED;
            default -> throw new CommandLine.ParameterException(commandLine,
                    "--view must be tree, memory, sequence, sequence-transposed or dataset, found '" + view + "'");
        };
    }
}
