package org.retrace.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
