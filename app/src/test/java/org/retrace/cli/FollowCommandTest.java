package org.retrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.TraceFiles;

class FollowCommandTest {
    @TempDir
    Path directory;

    /** The root's node, visit and expansion are 3 events; the new node and the move to it add 2. */
    @Test
    void printsALinePerChangeAndKeepsANativeCopyUpToDate() throws Exception {
        Path text = directory.resolve("countdown.txt");
        Files.writeString(text, "Current State: 10:[2, 3, 5], Operations: []\n"
                + "Exploring Operation: 2+3=5, Resulting Numbers: [5, 5]\n");
        Path copy = directory.resolve("copy.jsonl");
        CompletableFuture<CommandRun> following = CompletableFuture.supplyAsync(() -> CommandRun.of("follow",
                text.toString(), "-o", copy.toString(), "--interval", "0.05", "--idle-exit", "1.5"));
        Thread.sleep(400);
        Files.write(text, "Generated Node #0,0: 10:[5, 5] Operation: 2+3=5\nMoving to Node #0,0\n"
                .getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);

        CommandRun run = following.get(30, TimeUnit.SECONDS);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("1 nodes, 3 events, 0 solutions, 0 failed\n2 nodes, 5 events"), run.out());
        assertEquals(2, TraceFiles.load(copy).first().nodeCount());
    }
}
