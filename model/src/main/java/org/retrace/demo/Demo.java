package org.retrace.demo;

import java.util.List;
import org.retrace.model.Trace;

/**
 * A small, real search program that records what it does as a trace: every node it creates, every
 * move of its cursor and every verdict, each event with a sentence that says what it means, and
 * each node with the state a state panel draws ({@link DemoRecorder#STATE}).
 */
public interface Demo {
    /**
     * What a demo is, for menus and the command line.
     *
     * @param name the name the command line and the trace use, e.g. {@code nqueens}
     * @param title a title for menus, e.g. "N-Queens by backtracking"
     * @param summary one or two sentences on what the demo shows
     * @param sizeMeaning what {@link DemoSettings#size()} means here, e.g. "board size"
     * @param defaults the settings the demo runs with when the user changes nothing
     * @param variants the variants, the first being the default; one entry when there are none to choose
     */
    record Description(String name, String title, String summary, String sizeMeaning, int minSize, int maxSize,
            DemoSettings defaults, List<String> variants) {
        public Description {
            if (minSize > maxSize || defaults.size() < minSize || defaults.size() > maxSize) {
                throw new IllegalArgumentException(name + ": the default size " + defaults.size() + " is not in "
                        + minSize + ".." + maxSize);
            }
            if (variants.isEmpty()) {
                throw new IllegalArgumentException(name + ": a demo has at least one variant");
            }
            variants = List.copyOf(variants);
        }
    }

    Description description();

    default String name() {
        return description().name();
    }

    default String title() {
        return description().title();
    }

    default String summary() {
        return description().summary();
    }

    default String sizeMeaning() {
        return description().sizeMeaning();
    }

    default int minSize() {
        return description().minSize();
    }

    default int maxSize() {
        return description().maxSize();
    }

    default DemoSettings defaults() {
        return description().defaults();
    }

    default List<String> variants() {
        return description().variants();
    }

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
