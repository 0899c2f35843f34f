package org.retrace.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.retrace.annotation.Labels;
import org.retrace.annotation.NodeNote;
import org.retrace.annotation.TraceNotes;
import org.retrace.model.Trace;

/**
 * What the tree draws of a person's annotations: for each marked node of the trace shown, whether
 * it is bookmarked and the tag written beside it (its labels, and a pen when it has a note).
 * Built once per change of the notes, so that a frame only walks the marked nodes.
 */
public final class AnnotationMarks {
    /** No annotation. */
    public static final AnnotationMarks NONE = new AnnotationMarks(new int[0], new boolean[0], new boolean[0],
            new String[0]);

    private final int[] nodes;
    private final boolean[] bookmarked;
    private final boolean[] firstError;
    private final String[] tags;

    private AnnotationMarks(int[] nodes, boolean[] bookmarked, boolean[] firstError, String[] tags) {
        this.nodes = nodes;
        this.bookmarked = bookmarked;
        this.firstError = firstError;
        this.tags = tags;
    }

    /** The marks of {@code notes} on {@code trace}'s nodes; notes on nodes it lacks are left out. */
    public static AnnotationMarks of(Trace trace, TraceNotes notes) {
        List<Integer> marked = new ArrayList<>();
        List<NodeNote> marks = new ArrayList<>();
        for (Map.Entry<String, NodeNote> entry : notes.nodes().entrySet()) {
            int node = trace.findNode(entry.getKey());
            if (node >= 0) {
                marked.add(node);
                marks.add(entry.getValue());
            }
        }
        int count = marked.size();
        int[] nodes = new int[count];
        boolean[] bookmarked = new boolean[count];
        boolean[] firstError = new boolean[count];
        String[] tags = new String[count];
        for (int k = 0; k < count; k++) {
            NodeNote note = marks.get(k);
            nodes[k] = marked.get(k);
            bookmarked[k] = note.bookmark();
            firstError[k] = note.hasLabel(Labels.FIRST_ERROR);
            String labels = String.join(", ", note.labels());
            tags[k] = note.note().isBlank() ? labels : labels.isEmpty() ? "✎" : labels + " ✎";
        }
        return new AnnotationMarks(nodes, bookmarked, firstError, tags);
    }

    public int count() {
        return nodes.length;
    }

    public int node(int k) {
        return nodes[k];
    }

    public boolean bookmarked(int k) {
        return bookmarked[k];
    }

    /** Whether the k-th marked node is labelled the first error, drawn in the failure colour. */
    public boolean firstError(int k) {
        return firstError[k];
    }

    /** The text beside the k-th marked node: its labels and a pen for a note; empty for a bare bookmark. */
    public String tag(int k) {
        return tags[k];
    }
}
