package org.retrace.gui.sequence;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.retrace.decoding.SequenceHistory;
import org.retrace.decoding.SequenceHistory.Change;

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
                : " (confidence " + confidence(confidence) + ")");
        return cell + switch (history.state(step, position)) {
            case MASKED -> "masked";
            case PROMPT -> held + ", given in the prompt";
            case DECIDED -> held + ", decided at this step";
            case KEPT -> held + ", kept";
            case REMASKED -> "\u201c" + history.token(step - 1, position) + "\u201d taken back at this step";
        };
    }

    /** "Step 8: 0 tokens decided, 7 taken back", what a step's bars count; costs O(1). */
    static String ofStep(SequenceHistory history, int step) {
        int decided = history.decidedAt(step);
        return "Step " + step + ": " + decided + (decided == 1 ? " token" : " tokens") + " decided, "
                + history.remaskedAt(step) + " taken back";
    }

    /**
     * "Position 2:  step 2 “sat” (0.40);  step 3 taken back": every token the position held, when,
     * and how sure; costs O(changes at the position).
     */
    static String ofPosition(SequenceHistory history, int position) {
        List<Change> changes = history.history(position);
        if (changes.isEmpty()) {
            return "Position " + position + ": masked throughout";
        }
        StringJoiner text = new StringJoiner(";  ", "Position " + position + ":  ", "");
        for (Change change : changes) {
            text.add("step " + change.step() + (change.token() == null ? " taken back" : " \u201c" + change.token()
                    + "\u201d" + (Double.isNaN(change.confidence()) ? "" : " (" + confidence(change.confidence()) + ")")));
        }
        return text.toString();
    }

    /** A confidence to two places, as samplers report them. */
    private static String confidence(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
