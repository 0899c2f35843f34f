package org.retrace.format.cot;

import java.util.Locale;

/** What a step of a chain of thought does, as the cue that opens it says. */
public enum CueKind {
    /** Goes on from the step before. */
    CONTINUE,
    /** Starts a new alternative beside the current attempt ("Alternatively"). */
    BRANCH,
    /** Abandons the current line and returns to an earlier point ("Wait, that's wrong"). */
    BACKTRACK,
    /** Checks what came before ("Let me check"). */
    VERIFY,
    /** States the answer ("So the answer is"). */
    CONCLUDE;

    /** The name used in cue files and node kinds: {@code backtrack}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
