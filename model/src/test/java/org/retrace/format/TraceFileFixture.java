package org.retrace.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small inputs to a test's temporary directory. */
public final class TraceFileFixture {
    private final Path directory;

    public TraceFileFixture(Path directory) {
        this.directory = directory;
    }

    public Path write(String name, String content) {
        try {
            return Files.writeString(directory.resolve(name), content);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
