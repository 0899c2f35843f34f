package org.retrace.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.model.Trace;

class FollowedFileTest {
    private static final String HEADER = "{\"format\":\"retrace\",\"version\":1,\"name\":\"growing\"}\n";

    @TempDir
    Path directory;

    @Test
    void showsNewEventsAsTheyAreWrittenAndWaitsForAHalfWrittenLine() throws Exception {
        Path log = directory.resolve("search.jsonl");
        Files.writeString(log, HEADER + "{\"ev\":\"node\",\"id\":\"r\"}\n");
        FollowedFile followed = new FollowedFile(log);
        assertEquals(1, followed.snapshot().nodeCount());
        long before = followed.version();

        append(log, "{\"ev\":\"node\",\"id\":\"a\",\"parent\":\"r\"}\n{\"ev\":\"visit\",\"id\":\"a\"}\n{\"ev\":\"no");
        assertNotEquals(before, followed.version());
        Trace grown = followed.snapshot();
        assertEquals(2, grown.nodeCount());
        assertEquals(3, grown.timeline().size(), "the half-written last line waits");
        assertSame(grown, followed.snapshot(), "nothing new, nothing read again");

        append(log, "de\",\"id\":\"b\",\"parent\":\"a\"}\n");
        assertEquals(3, followed.snapshot().nodeCount());
        assertEquals(List.of(), followed.problems());
    }

    @Test
    void reportsATruncatedFileAndReadsItAgainFromTheStart() throws Exception {
        Path log = directory.resolve("search.jsonl");
        Files.writeString(log, HEADER + "{\"ev\":\"node\",\"id\":\"r\"}\n{\"ev\":\"node\",\"id\":\"a\",\"parent\":\"r\"}\n");
        FollowedFile followed = new FollowedFile(log);
        assertEquals(2, followed.snapshot().nodeCount());

        Files.writeString(log, HEADER + "{\"ev\":\"node\",\"id\":\"x\"}\n");
        assertEquals(1, followed.snapshot().nodeCount());
        assertEquals(1, followed.problems().size());
        assertTrue(followed.problems().get(0).contains("was truncated"), followed.problems().toString());
    }

    @Test
    void reportsAReplacedFile() throws Exception {
        Path log = directory.resolve("search.jsonl");
        Files.writeString(log, HEADER + "{\"ev\":\"node\",\"id\":\"r\"}\n");
        FollowedFile followed = new FollowedFile(log);
        followed.snapshot();
        Path fresh = directory.resolve("fresh.jsonl");
        Files.writeString(fresh, HEADER + "{\"ev\":\"node\",\"id\":\"r\"}\n{\"ev\":\"node\",\"id\":\"a\",\"parent\":\"r\"}\n"
                + "{\"ev\":\"node\",\"id\":\"b\",\"parent\":\"r\"}\n");
        Files.move(fresh, log, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(3, followed.snapshot().nodeCount());
        assertTrue(followed.problems().get(0).contains("was replaced by a new file"), followed.problems().toString());
    }

    @Test
    void keepsShowingAFileThatIsGoneAndNoticesItComingBack() throws Exception {
        Path log = directory.resolve("search.jsonl");
        Files.writeString(log, HEADER + "{\"ev\":\"node\",\"id\":\"r\"}\n");
        FollowedFile followed = new FollowedFile(log);
        Trace shown = followed.snapshot();
        long present = followed.version();
        Files.delete(log);
        assertNotEquals(present, followed.version());
        assertSame(shown, followed.snapshot());
        assertTrue(followed.problems().get(0).contains("is gone"), followed.problems().toString());
        Files.writeString(log, HEADER + "{\"ev\":\"node\",\"id\":\"r\"}\n{\"ev\":\"node\",\"id\":\"a\",\"parent\":\"r\"}\n");
        assertEquals(2, followed.snapshot().nodeCount());
    }

    @Test
    void followsAStreamOfSearchTextToo() throws Exception {
        Path text = directory.resolve("countdown.txt");
        Files.writeString(text, "Current State: 10:[2, 3, 5], Operations: []\n"
                + "Exploring Operation: 2+3=5, Resulting Numbers: [5, 5]\n");
        FollowedFile followed = new FollowedFile(text);
        assertEquals(1, followed.snapshot().nodeCount());
        append(text, "Generated Node #0,0: 10:[5, 5] Operation: 2+3=5\nMoving to Node #0,0\n");
        assertEquals(2, followed.snapshot().nodeCount());
    }

    @Test
    void keepsTheLastGoodTraceWhenTheFileCannotBeRead() throws Exception {
        Path log = directory.resolve("search.jsonl");
        Files.writeString(log, HEADER + "{\"ev\":\"node\",\"id\":\"r\"}\n");
        FollowedFile followed = new FollowedFile(log);
        Trace good = followed.snapshot();
        append(log, "{\"ev\":\"node\",\"id\":\"r\"}\n");
        assertSame(good, followed.snapshot());
        assertTrue(followed.problems().get(0).contains(log.toString() + ":3"), followed.problems().toString());
    }

    private static void append(Path file, String text) throws Exception {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
    }
}
