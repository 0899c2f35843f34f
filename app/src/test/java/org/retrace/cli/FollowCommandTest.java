package org.retrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.TraceFiles;
import org.testfx.util.WaitForAsyncUtils;

class FollowCommandTest {
    private static final String COUNTDOWN_START = "Current State: 10:[2, 3, 5], Operations: []\n"
            + "Exploring Operation: 2+3=5, Resulting Numbers: [5, 5]\n";

    @TempDir
    Path directory;

    /** The root's node, visit and expansion are 3 events; the new node and the move to it add 2. */
    @Test
    void printsALinePerChangeAndKeepsANativeCopyUpToDate() throws Exception {
        Path text = Files.writeString(directory.resolve("countdown.txt"), COUNTDOWN_START);
        Path copy = directory.resolve("copy.jsonl");
        RunningCommand following = RunningCommand.start("follow", text.toString(), "-o", copy.toString(),
                "--interval", "0.05");

        following.awaitLine(line -> line.equals("1 nodes, 3 events, 0 solutions, 0 failed"));
        Files.write(text, "Generated Node #0,0: 10:[5, 5] Operation: 2+3=5\nMoving to Node #0,0\n"
                .getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        following.awaitLine(line -> line.equals("2 nodes, 5 events, 0 solutions, 0 failed"));
        // The copy is written right after its line is printed.
        WaitForAsyncUtils.waitFor(RunningCommand.DEADLINE_SECONDS, TimeUnit.SECONDS,
                () -> Files.exists(copy) && TraceFiles.load(copy).first().nodeCount() == 2);

        CommandRun run = following.stop();
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("1 nodes, 3 events, 0 solutions, 0 failed\n2 nodes, 5 events, 0 solutions, 0 failed\n",
                run.out());
    }

    @Test
    void stopsByItselfOnceTheFileHasStoppedChanging() throws Exception {
        Path text = Files.writeString(directory.resolve("countdown.txt"), COUNTDOWN_START);

        CommandRun run = RunningCommand.start("follow", text.toString(), "--interval", "0.05", "--idle-exit", "0.2")
                .awaitExit();

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("1 nodes, 3 events, 0 solutions, 0 failed\n", run.out());
    }
}
