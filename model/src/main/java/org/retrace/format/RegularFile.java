package org.retrace.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The check every file Retrace reads passes first: it exists and is a regular file. A FIFO, a
 * device or a socket given as a trace would block a read for ever or never end, so it is refused
 * with a clear error before any byte is read. Costs one stat.
 */
public final class RegularFile {
    private RegularFile() {
    }

    /** Returns {@code file}'s attributes, or fails with why it cannot be read as a file. */
    public static BasicFileAttributes check(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new TraceFormatException(file.toString(), 1, 1, "not a regular file but "
                    + (attributes.isDirectory() ? "a folder" : "a pipe, device or socket")
                    + ": Retrace reads only files it can read to their end");
        }
        return attributes;
    }
}
