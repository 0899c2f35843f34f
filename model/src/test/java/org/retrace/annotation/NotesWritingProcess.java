package org.retrace.annotation;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A process that annotates node after node, writing the notes file after each edit as the window
 * does, and says "done N" after each write; {@link NotesFileTest} kills it mid-way.
 */
public final class NotesWritingProcess {
    private NotesWritingProcess() {
    }

    public static void main(String[] arguments) throws Exception {
        // Standard output opened afresh: only the command line may touch System.out (LayerTest).
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Path file = Path.of(arguments[0]);
        int edits = Integer.parseInt(arguments[1]);
        for (int edit = 0; edit < edits; edit++) {
            NotesFile notes = NotesFile.read(file);
            TraceNotes trace = notes.notes("run").with("n" + edit, NodeNote.NONE.withNote("edit " + edit + " "
                    + "x".repeat(2000)));
            notes.with("run", trace).write(file);
            out.println("done " + edit);
        }
    }
}
