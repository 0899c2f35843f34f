package org.retrace.gui;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.retrace.format.nativejson.NativeTraceWriter;
import org.retrace.io.AtomicFiles;
import org.retrace.model.Trace;

/**
 * File > Save as: the trace on display in the native format, an event log (.jsonl) or one
 * document (.json), written atomically, so that a received solver run, a followed file or a demo
 * can be opened again later exactly as it is now.
 */
final class TraceSaving {
    private TraceSaving() {
    }

    /** Asks where, then writes; returns the file written, or null when the user cancelled. */
    static Path saveInteractively(Window owner, Trace trace) throws IOException {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save trace");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Retrace event log", "*.jsonl"),
                new FileChooser.ExtensionFilter("Retrace document", "*.json"));
        chooser.setInitialFileName((trace.info().name().isBlank() ? "trace" : trace.info().name())
                .replaceAll("[^A-Za-z0-9._-]+", "-") + ".jsonl");
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return null;
        }
        Path target = chosen.getName().toLowerCase(Locale.ROOT).matches(".*\\.jsonl?") ? chosen.toPath()
                : chosen.toPath().resolveSibling(chosen.getName() + ".jsonl");
        save(trace, target);
        return target;
    }

    /** Writes {@code trace} to {@code target}: a document for .json, else an event log. */
    static void save(Trace trace, Path target) throws IOException {
        boolean document = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        NativeTraceWriter writer = new NativeTraceWriter();
        AtomicFiles.write(target, out -> {
            BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            if (document) {
                writer.writeDocument(List.of(trace), buffered);
            } else {
                writer.writeEventLog(List.of(trace), buffered);
            }
            buffered.flush();
        });
    }
}
