package org.retrace.gui.annotation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.retrace.annotation.NotesFile;
import org.retrace.annotation.NotesLocation;
import org.retrace.annotation.TraceNotes;

/**
 * The annotations of the trace on display, kept in its notes file and written whole after every
 * change, so that a crash loses at most the edit being typed. A notes file that cannot be read is
 * never written over: the edits of that session stay in memory, and the user is told.
 */
public final class NodeAnnotations {
    /** Where the notes of traces that come from no file (demos) are kept, in the settings folder. */
    static final String WITHOUT_FILE = "demos" + NotesLocation.SUFFIX;

    private final Path settings;
    private final Consumer<String> problems;
    private final List<Runnable> listeners = new ArrayList<>();
    private Path notesPath;
    private NotesFile file = NotesFile.empty();
    private String traceName = "";
    private boolean savable;

    /** Annotations kept under {@code settings} when need be; {@code problems} hears what went wrong. */
    public NodeAnnotations(Path settings, Consumer<String> problems) {
        this.settings = settings;
        this.problems = problems;
    }

    /** Called after every change, and when another trace's notes are opened. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Opens the notes of the trace named {@code name} read from {@code traceFile} (null for a demo). */
    public void open(Path traceFile, String name) {
        Path path = traceFile == null ? settings.resolve("notes").resolve(WITHOUT_FILE)
                : NotesLocation.of(traceFile, settings);
        traceName = name;
        if (!path.equals(notesPath) || !savable) {
            notesPath = path;
            try {
                file = NotesFile.read(path);
                savable = true;
            } catch (IOException unreadable) {
                file = NotesFile.empty();
                savable = false;
                problems.accept("The notes could not be read, so they will not be saved over: "
                        + unreadable.getMessage());
            }
        }
        listeners.forEach(Runnable::run);
    }

    /** The notes of the trace on display. */
    public TraceNotes notes() {
        return file.notes(traceName);
    }

    /** The labels offered: the starting ones and the user's own. */
    public List<String> labels() {
        return file.labels();
    }

    /** Where the notes are kept. */
    public Path notesPath() {
        return notesPath;
    }

    /** Applies {@code edit} to the trace's notes and writes them. */
    public void change(UnaryOperator<TraceNotes> edit) {
        file = file.with(traceName, edit.apply(notes()));
        save();
    }

    /** Offers {@code label} from now on, for every trace. */
    public void addLabel(String label) {
        file = file.withLabel(label);
        save();
    }

    /** The labels the user added, which {@link #removeLabel} can take away. */
    public List<String> ownLabels() {
        return file.ownLabels();
    }

    /** Stops offering {@code label}; nodes that carry it keep it. */
    public void removeLabel(String label) {
        file = file.withoutLabel(label);
        save();
    }

    private void save() {
        if (savable && notesPath != null) {
            try {
                file.write(notesPath);
            } catch (IOException unwritable) {
                problems.accept("Could not save the notes to " + notesPath + ": " + unwritable.getMessage());
            }
        }
        listeners.forEach(Runnable::run);
    }
}
