package org.retrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.retrace.annotation.Intervention;
import org.retrace.annotation.NodeNote;
import org.retrace.annotation.NotesFile;
import org.retrace.annotation.NotesLocation;
import org.retrace.annotation.TraceNotes;
import org.retrace.io.SettingsFolder;
import org.retrace.model.Trace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code retrace annotate FILE --node ID ...}: the window's bookmarks, notes, labels and
 * interventions, for scripts; written to the same sidecar file the window reads.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Bookmark, note, label or intervene on a node of FILE, in its notes file (FILE.retrace-notes.json "
                + "beside it, or in the settings folder when its folder is read-only); without --node, list them.")
final class AnnotateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A trace file in any readable format.")
    private Path file;

    @Option(names = "--trace", paramLabel = "NAME", description = "The trace of a file that holds several (default: the first).")
    private String traceName;

    @Option(names = "--node", paramLabel = "ID", description = "The node's id.")
    private String node;

    @Option(names = "--label", paramLabel = "LABEL", description = "Add a label, e.g. first-error, correct, wrong, redundant, or your own.")
    private List<String> labels = new ArrayList<>();

    @Option(names = "--unlabel", paramLabel = "LABEL", description = "Remove a label.")
    private List<String> unlabels = new ArrayList<>();

    @Option(names = "--note", paramLabel = "TEXT", description = "The node's note (an empty one removes it).")
    private String note;

    @Option(names = "--bookmark", negatable = true, description = "Bookmark the node (--no-bookmark removes it).")
    private Boolean bookmark;

    @Option(names = "--intervene", paramLabel = "TEXT",
            description = "The step that should replace the node (an empty one removes it).")
    private String intervention;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Trace trace = TraceArguments.pick(spec.commandLine(), TraceArguments.load(spec.commandLine(), file), traceName);
        Path notesFile = NotesLocation.of(file, SettingsFolder.standard());
        NotesFile all = NotesFile.read(notesFile);
        TraceNotes notes = all.notes(trace.info().name());
        PrintWriter out = spec.commandLine().getOut();
        if (node == null) {
            list(out, trace, notes);
            return 0;
        }
        if (trace.findNode(node) < 0) {
            throw new UserError(file + ": no node '" + node + "' in trace '" + trace.info().name() + "'");
        }
        NodeNote changed = notes.of(node);
        for (String label : labels) {
            changed = changed.withLabel(label, true);
        }
        for (String label : unlabels) {
            changed = changed.withLabel(label, false);
        }
        if (note != null) {
            changed = changed.withNote(note);
        }
        if (bookmark != null) {
            changed = changed.withBookmark(bookmark);
        }
        TraceNotes updated = notes.with(node, changed);
        if (intervention != null) {
            updated = updated.with(new Intervention(node, intervention));
        }
        all.with(trace.info().name(), updated).write(notesFile);
        out.println(OutputFile.wrote(notesFile, "node " + node + " of '" + trace.info().name() + "': "
                + describe(changed, updated.interventionOn(node))));
        return 0;
    }

    private static void list(PrintWriter out, Trace trace, TraceNotes notes) {
        for (Map.Entry<String, NodeNote> entry : notes.nodes().entrySet()) {
            out.println(entry.getKey() + ": " + describe(entry.getValue(), notes.interventionOn(entry.getKey())));
        }
        for (Intervention each : notes.interventions()) {
            if (notes.of(each.nodeId()).isEmpty()) {
                out.println(each.nodeId() + ": " + describe(NodeNote.NONE, each));
            }
        }
        List<String> unplaced = notes.unplaced(trace);
        if (!unplaced.isEmpty()) {
            out.println("not in the trace any more (kept): " + String.join(", ", unplaced));
        }
    }

    private static String describe(NodeNote note, Intervention intervention) {
        List<String> parts = new ArrayList<>();
        if (note.bookmark()) {
            parts.add("bookmarked");
        }
        if (!note.labels().isEmpty()) {
            parts.add("labels " + note.labels());
        }
        if (!note.note().isBlank()) {
            parts.add("note \"" + note.note() + "\"");
        }
        if (intervention != null) {
            parts.add("intervention \"" + intervention.text() + "\"");
        }
        return parts.isEmpty() ? "nothing marked" : String.join(", ", parts);
    }
}
