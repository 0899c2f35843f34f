package org.retrace.demo;

import java.util.List;
import org.retrace.model.Trace;

/**
 * A small, real search program that records what it does as a trace: every node it creates, every
 * move of its cursor and every verdict, each event with a sentence that says what it means, and
 * each node with the state a state panel draws ({@link DemoRecorder#STATE}).
 */
public interface Demo {
    /** The name the command line and the trace use, e.g. {@code nqueens}. */
    String name();

    /** A title for menus, e.g. "N-Queens by backtracking". */
    String title();

    /** One or two sentences on what the demo shows. */
    String summary();

    /** What {@link DemoSettings#size()} means here, e.g. "board size". */
    String sizeMeaning();

    int minSize();

    int maxSize();

    /** The settings the demo runs with when the user changes nothing. */
    DemoSettings defaults();

    /** The variants, the first being the default; one entry when the demo has no variants. */
    List<String> variants();

    /**
     * Runs the search and returns its trace; fails early, before searching, on a size or variant
     * the demo does not have.
     */
    Trace run(DemoSettings settings);

    /** Checks {@code settings} against the demo's sizes and variants; returns the variant to run. */
    default String check(DemoSettings settings) {
        if (settings.size() < minSize() || settings.size() > maxSize()) {
            throw new IllegalArgumentException(name() + ": the " + sizeMeaning() + " must be " + minSize() + " to "
                    + maxSize() + ", found " + settings.size());
        }
        if (settings.variant().isEmpty()) {
            return variants().get(0);
        }
        if (!variants().contains(settings.variant())) {
            throw new IllegalArgumentException(name() + ": the variant must be one of " + String.join(", ", variants())
                    + ", found '" + settings.variant() + "'");
        }
        return settings.variant();
    }
}
