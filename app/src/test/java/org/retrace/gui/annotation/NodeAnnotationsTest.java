package org.retrace.gui.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.annotation.NodeNote;
import org.retrace.annotation.NotesLocation;

class NodeAnnotationsTest {
    @TempDir
    Path settings;

    @TempDir
    Path data;

    @Test
    void aDemosNotesAreKeptInTheSettingsFolderAndReadBackNextTime() {
        List<String> problems = new ArrayList<>();
        NodeAnnotations session = new NodeAnnotations(settings, problems::add);
        session.open(null, "n-queens (8), run 1");
        session.change(notes -> notes.with("q3", NodeNote.NONE.withNote("the first conflict")));

        NodeAnnotations next = new NodeAnnotations(settings, problems::add);
        next.open(null, "n-queens (8), run 1");

        assertEquals("the first conflict", next.notes().of("q3").note());
        assertTrue(Files.exists(settings.resolve("notes").resolve(NodeAnnotations.WITHOUT_FILE)));
        assertEquals(List.of(), problems);
    }

    @Test
    void anUnreadableNotesFileIsNeverWrittenOver() throws IOException {
        Path trace = Files.writeString(data.resolve("run.jsonl"), "{}");
        Path notesFile = Files.writeString(NotesLocation.besides(trace), "{\"format\": \"retrace-notes\", oops");
        List<String> problems = new ArrayList<>();
        NodeAnnotations session = new NodeAnnotations(settings, problems::add);

        session.open(trace, "run");
        session.change(notes -> notes.with("a", NodeNote.NONE.withBookmark(true)));

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("The notes could not be read, so they will not be saved over: "
                + notesFile + ":1:"), problems.get(0));
        assertEquals("{\"format\": \"retrace-notes\", oops", Files.readString(notesFile));
        assertTrue(session.notes().of("a").bookmark(), "the edit stays in memory for this session");
    }
}
