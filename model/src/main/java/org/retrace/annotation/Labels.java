package org.retrace.annotation;

import java.util.List;
import java.util.Locale;

/** The labels a node can carry: a small set every trace starts with, plus the user's own. */
public final class Labels {
    /** The first step that went wrong: where a single-step intervention cuts the trace. */
    public static final String FIRST_ERROR = "first error";
    /** The labels offered before a user adds their own. */
    public static final List<String> STARTING = List.of(FIRST_ERROR, "correct", "wrong", "redundant");

    private Labels() {
    }

    /**
     * A label as kept: trimmed, lower case, hyphens and underscores as spaces, so that scripts can
     * write {@code first-error} for {@code first error}.
     */
    public static String canonical(String label) {
        String canonical = label.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ')
                .replaceAll("\\s+", " ");
        if (canonical.isEmpty()) {
            throw new IllegalArgumentException("a label needs a word, got \"" + label + "\"");
        }
        return canonical;
    }
}
