package org.retrace.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegularFileTest {
    @TempDir
    Path directory;

    /** A FIFO opened for reading waits for a writer for ever; it must be refused before it is opened. */
    @Test
    void refusesAPipeWithoutOpeningIt() throws Exception {
        Path fifo = directory.resolve("trace.jsonl");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());

        TraceFormatException refused = assertThrows(TraceFormatException.class, () -> TraceFiles.load(fifo));

        assertEquals("not a regular file but a pipe, device or socket: Retrace reads only files it can read to "
                + "their end", refused.reason());
    }
}
