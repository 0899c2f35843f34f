package org.retrace.gui.sequence;

import org.retrace.decoding.SequenceHistory;
import org.retrace.gui.details.NodeDetails;

/** What a cell of the Sequence grid, or a step's bars, say in words, for a tooltip: a fitted grid is too small to read. */
final class CellDescription {
    private CellDescription() {
    }

    /** "Step 7, position 10: “7” (confidence 0.61), decided at this step"; costs O(log changes at the position). */
    static String of(SequenceHistory history, int step, int position) {
        String cell = "Step " + step + ", position " + position + ": ";
        String token = history.token(step, position);
        double confidence = history.confidence(step, position);
        String held = token == null ? "" : "\u201c" + token + "\u201d" + (Double.isNaN(confidence) ? ""
                : " (confidence " + NodeDetails.formatNumber(confidence) + ")");
        return cell + switch (history.state(step, position)) {
            case MASKED -> "masked";
            case PROMPT -> held + ", given in the prompt";
            case DECIDED -> held + ", decided at this step";
            case KEPT -> held + ", kept";
            case REMASKED -> "\u201c" + history.token(step - 1, position) + "\u201d taken back at this step";
        };
    }

    /** "Step 8: 0 tokens decided, 7 taken back", what a step's bars count; costs O(steps). */
    static String ofStep(SequenceHistory history, int step) {
        int decided = history.decidedPerStep()[step];
        return "Step " + step + ": " + decided + (decided == 1 ? " token" : " tokens") + " decided, "
                + history.remasksPerStep()[step] + " taken back";
    }
}
