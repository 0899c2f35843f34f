package org.retrace.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;

class NotesFileTest {
    @TempDir
    Path directory;

    @Test
    void annotationsReadBackAsWritten() throws IOException {
        Path file = directory.resolve("run.jsonl" + NotesLocation.SUFFIX);
        TraceNotes notes = TraceNotes.NONE
                .with("s3", NodeNote.NONE.withLabel("first-error", true).withNote("adds 7 and 5 as 13"))
                .with("s1", NodeNote.NONE.withBookmark(true).withLabel("correct", true))
                .with(new Intervention("s3", "7 + 5 = 12, so the total is 12."));

        NotesFile.empty().with("run", notes).withLabel("Arithmetic").write(file);
        NotesFile read = NotesFile.read(file);

        assertEquals(notes, read.notes("run"));
        assertEquals(Set.of("first error"), read.notes("run").of("s3").labels());
        assertEquals(List.of("first error", "correct", "wrong", "redundant", "arithmetic"), read.labels());
        assertEquals(TraceNotes.NONE, read.notes("another run"));
        assertEquals(List.of("arithmetic"), read.ownLabels());
        assertEquals(List.of(), read.withoutLabel("Arithmetic").ownLabels());
        assertEquals(read.labels(), read.withoutLabel("wrong").labels(), "the starting labels stay");
    }

    @Test
    void notesOfNodesATraceNoLongerHoldsAreListedAndKept() throws IOException {
        Path file = directory.resolve("run.jsonl" + NotesLocation.SUFFIX);
        NotesFile.empty().with("run", TraceNotes.NONE.with("a", NodeNote.NONE.withNote("kept"))
                .with("gone", NodeNote.NONE.withNote("the trace lost this node"))
                .with(new Intervention("also-gone", "a step"))).write(file);
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("run"));
        builder.addNode("a", -1, "state", NodeStatus.EXPANDED, "a", null, 0);
        Trace changed = builder.build();

        TraceNotes read = NotesFile.read(file).notes("run");

        assertEquals(List.of("gone", "also-gone"), read.unplaced(changed));
        NotesFile.read(file).with("run", read.with("a", read.of("a").withBookmark(true))).write(file);
        assertEquals("the trace lost this node", NotesFile.read(file).notes("run").of("gone").note(),
                "a later edit keeps the notes that no longer fit");
    }

    @Test
    void aMalformedFileIsNamedWithItsLineAndColumn() throws IOException {
        Path file = Files.writeString(directory.resolve("bad" + NotesLocation.SUFFIX),
                "{\"format\": \"retrace-notes\",\n  \"traces\": {oops}}");

        IOException failure = assertThrows(IOException.class, () -> NotesFile.read(file));

        assertTrue(failure.getMessage().startsWith(file + ":2:14: malformed notes: "), failure.getMessage());
    }

    @Test
    void notesGoBesideTheTraceUnlessItsFolderIsReadOnly() throws IOException {
        Path settings = directory.resolve("settings");
        Path trace = Files.createDirectories(directory.resolve("data")).resolve("run.jsonl");

        Path beside = NotesLocation.of(trace, settings, folder -> true);
        Path kept = NotesLocation.of(trace, settings, folder -> false);

        assertEquals(trace.getParent().resolve("run.jsonl.retrace-notes.json"), beside);
        assertEquals(settings.resolve("notes"), kept.getParent());
        assertTrue(kept.getFileName().toString().matches("[0-9a-f]{16}-run\\.jsonl\\.retrace-notes\\.json"),
                kept.getFileName().toString());
        assertEquals(trace, NotesLocation.traceOf(beside));
        NotesFile.empty().with("run", TraceNotes.NONE.with("a", NodeNote.NONE.withBookmark(true))).write(kept);
        assertEquals(kept, NotesLocation.of(trace, settings, folder -> true), "notes already kept stay where they are");
    }

    /**
     * A process writing the notes after each of 2,000 edits is killed once it has reported 30: the
     * file still reads, and holds every edit reported done.
     */
    @Test
    void aKilledProcessLosesNoFinishedEdit() throws Exception {
        Path file = directory.resolve("run.jsonl" + NotesLocation.SUFFIX);
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), NotesWritingProcess.class.getName(), file.toString(), "2000")
                .redirectErrorStream(true).start();
        int reported = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && reported < 30; line = out.readLine()) {
                assertTrue(line.startsWith("done "), line);
                reported++;
            }
            writer.destroyForcibly();
            assertTrue(writer.waitFor(60, TimeUnit.SECONDS), "the writer ended");
        }

        Map<String, NodeNote> kept = NotesFile.read(file).notes("run").nodes();

        assertEquals(30, reported);
        assertTrue(kept.size() >= reported && kept.size() < 2000, kept.size() + " edits kept");
        for (int edit = 0; edit < kept.size(); edit++) {
            assertTrue(kept.get("n" + edit).note().startsWith("edit " + edit + " "));
        }
    }
}
