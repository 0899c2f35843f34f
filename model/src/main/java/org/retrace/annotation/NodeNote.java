package org.retrace.annotation;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a person marked on one node: a bookmark, a free-text note and labels such as
 * {@code first error}. Immutable; each change gives a new one.
 *
 * @param bookmark whether the node is bookmarked
 * @param note the note, empty for none
 * @param labels the node's labels, in their canonical form ({@link Labels#canonical})
 */
public record NodeNote(boolean bookmark, String note, Set<String> labels) {
    /** Nothing marked. */
    public static final NodeNote NONE = new NodeNote(false, "", Set.of());

    public NodeNote {
        note = Objects.requireNonNullElse(note, "");
        labels = Set.copyOf(new TreeSet<>(labels));
    }

    /** True when nothing is marked: such a node is not written. */
    public boolean isEmpty() {
        return !bookmark && note.isBlank() && labels.isEmpty();
    }

    public NodeNote withBookmark(boolean marked) {
        return new NodeNote(marked, note, labels);
    }

    public NodeNote withNote(String text) {
        return new NodeNote(bookmark, text, labels);
    }

    /** With {@code label} on or off; the label is taken in its canonical form. */
    public NodeNote withLabel(String label, boolean on) {
        Set<String> changed = new TreeSet<>(labels);
        if (on) {
            changed.add(Labels.canonical(label));
        } else {
            changed.remove(Labels.canonical(label));
        }
        return new NodeNote(bookmark, note, changed);
    }

    public boolean hasLabel(String label) {
        return labels.contains(Labels.canonical(label));
    }
}
