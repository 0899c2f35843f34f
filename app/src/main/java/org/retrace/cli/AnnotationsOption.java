package org.retrace.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.retrace.annotation.InterventionTrace;
import org.retrace.annotation.NotesFile;
import org.retrace.annotation.NotesLocation;
import org.retrace.annotation.TraceNotes;
import org.retrace.io.SettingsFolder;
import org.retrace.model.Trace;
import org.retrace.render.AnnotationMarks;
import picocli.CommandLine.Option;

/** {@code --annotations}: a figure or animation with the trace's bookmarks, labels and interventions. */
final class AnnotationsOption {
    /** The trace to draw, with its interventions, and the marks to draw on it. */
    record Annotated(Trace trace, AnnotationMarks marks) {
    }

    @Option(names = "--annotations", description = "Draw the bookmarks, labels and interventions kept in the trace's "
            + "notes file (FILE.retrace-notes.json, or the settings folder's for a read-only folder).")
    boolean wanted;

    /** {@code trace}, read from {@code file}, as it is to be drawn. */
    Annotated apply(Path file, Trace trace) {
        if (!wanted) {
            return new Annotated(trace, AnnotationMarks.NONE);
        }
        try {
            TraceNotes notes = NotesFile.read(NotesLocation.of(file, SettingsFolder.standard())).notes(trace.info().name());
            Trace drawn = InterventionTrace.of(trace, notes);
            return new Annotated(drawn, AnnotationMarks.of(drawn, notes));
        } catch (IOException unreadable) {
            throw new UserError(unreadable.getMessage());
        }
    }
}
