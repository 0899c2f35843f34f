package org.retrace.live;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowCopiesTest {
    @TempDir
    Path temp;

    @Test
    void removesTheCopiesOfAKilledProcessAndKeepsThoseOfARunningOne() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path dead = Files.createDirectories(temp.resolve("retrace-follow-" + ended.pid()));
        Files.write(dead.resolve("copy1.jsonl"), new byte[4096]);
        Path alive = Files.createDirectories(temp.resolve("retrace-follow-" + ProcessHandle.current().pid()));
        Files.write(alive.resolve("copy2.jsonl"), new byte[16]);

        FollowCopies.removeLeftovers(temp);

        assertFalse(Files.exists(dead), "the killed process's copy is removed");
        assertTrue(Files.exists(alive.resolve("copy2.jsonl")), "a running process's copy is kept");
    }
}
