package org.retrace.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path directory;

    @Test
    void writesTheWholeContentWithReadablePermissions() throws IOException {
        Path target = directory.resolve("out.jsonl");

        AtomicFiles.write(target, out -> out.write("{}\n".getBytes(StandardCharsets.UTF_8)));

        assertEquals("{}\n", Files.readString(target));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertEquals(List.of(target), Files.list(directory).toList());
    }

    @Test
    void leavesTheOldFileWholeWhenWritingFails() throws IOException {
        Path target = Files.writeString(directory.resolve("notes.json"), "old");

        IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));

        assertEquals("disk full", failure.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), Files.list(directory).toList());
    }

    @Test
    void removesThePartsKilledWritesLeftButNotThoseOfARunningWriterOrAnotherFile() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path killed = Files.write(directory.resolve(".out.jsonl." + ended.pid() + ".4242.part"), new byte[8192]);
        Path older = Files.write(directory.resolve(".out.jsonl9876.part"), new byte[16]);
        Path running = Files.write(directory.resolve(".out.jsonl." + ProcessHandle.current().pid() + ".7.part"),
                new byte[16]);
        Path otherFile = Files.write(directory.resolve(".out.jsonl.bak." + ended.pid() + ".5.part"), new byte[16]);
        Path target = directory.resolve("out.jsonl");

        AtomicFiles.write(target, out -> out.write("{}\n".getBytes(StandardCharsets.UTF_8)));

        assertFalse(Files.exists(killed), "a killed write's part is removed");
        assertFalse(Files.exists(older), "a part from before parts named their process is removed");
        assertTrue(Files.exists(running), "a running writer's part is kept");
        assertTrue(Files.exists(otherFile), "another target's part is kept");
    }
}
