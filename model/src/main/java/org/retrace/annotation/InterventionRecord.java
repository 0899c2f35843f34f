package org.retrace.annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.retrace.model.Trace;

/**
 * One single-step intervention as training data: the problem, the trace's text up to its first
 * error, and the step that should have come there instead.
 *
 * @param prompt the problem the trace works on: its root's text
 * @param prefix the text before the first error: for a chain of thought, its reasoning cut at the
 *        first error's character offset; otherwise the steps from the root's child down to the
 *        first error's parent, a blank line apart
 * @param intervention the corrected step
 * @param source where it comes from: file, trace name and the first error's node id
 */
public record InterventionRecord(String prompt, String prefix, String intervention, String source) {
    /**
     * The record of {@code trace} when its {@code notes} hold a first error with an intervention on
     * it; empty otherwise. Costs O(depth) plus the prefix's length.
     */
    public static Optional<InterventionRecord> of(Trace trace, TraceNotes notes, String file) {
        int firstError = notes.firstError(trace);
        if (firstError < 0) {
            return Optional.empty();
        }
        Intervention intervention = notes.interventionOn(trace.id(firstError));
        if (intervention == null) {
            return Optional.empty();
        }
        String prompt = trace.text(0).isEmpty() ? trace.label(0) : trace.text(0);
        String name = trace.info().name();
        // Readers of many-record files already name the trace after its file.
        String source = (name.startsWith(file) ? name : file + ": " + name) + ", node " + trace.id(firstError);
        return Optional.of(new InterventionRecord(prompt, prefix(trace, firstError), intervention.text(), source));
    }

    private static String prefix(Trace trace, int firstError) {
        String reasoning = trace.info().sourceText();
        int cut = trace.sourceStart(firstError);
        if (cut >= 0 && reasoning != null && cut <= reasoning.codePointCount(0, reasoning.length())) {
            // Offsets count code points, as the native format's source does.
            return reasoning.substring(0, reasoning.offsetByCodePoints(0, cut));
        }
        List<String> steps = new ArrayList<>();
        int[] path = trace.pathFromRoot(firstError);
        for (int k = 1; k < path.length - 1; k++) {
            steps.add(trace.text(path[k]).isEmpty() ? trace.label(path[k]) : trace.text(path[k]));
        }
        return String.join("\n\n", steps);
    }
}
