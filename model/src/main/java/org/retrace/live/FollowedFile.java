package org.retrace.live;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.retrace.format.LoadedTraces;
import org.retrace.format.RegularFile;
import org.retrace.format.TraceFiles;
import org.retrace.model.Trace;

/**
 * A trace file another program is still writing, followed like {@code tail -f}. A snapshot reads
 * the file up to its last complete line, so a half-written line waits for its end instead of
 * being reported as damage, and loads it with the reader its content calls for, so every text
 * format Retrace reads can be followed. A file that shrinks was truncated and one with a new
 * identity was replaced: both are reported, and reading starts again from the new content.
 * Each snapshot reads the whole file, O(file); a view takes them now and then, not per line.
 */
public final class FollowedFile implements LiveSource {
    private static final long MISSING = Long.MIN_VALUE + 1;

    private final Path file;
    private final List<String> problems = new ArrayList<>();
    private Object identity;
    private long completeLength = -1;
    private Trace last;

    public FollowedFile(Path file) {
        this.file = Objects.requireNonNull(file, "a file to follow, found null");
    }

    @Override
    public String name() {
        return file.getFileName().toString();
    }

    /**
     * The file's size, time and identity, as one number that changes when any of them does; a
     * missing file has a version of its own, so that a file deleted and written again is noticed.
     */
    @Override
    public long version() throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return Objects.hash(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
        } catch (NoSuchFileException gone) {
            return MISSING;
        }
    }

    @Override
    public synchronized Trace snapshot() throws IOException {
        BasicFileAttributes attributes;
        byte[] content;
        try {
            attributes = RegularFile.check(file);
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException gone) {
            problem(file + " is gone; showing what it held last");
            return last;
        }
        Object key = attributes.fileKey();
        if (identity != null && key != null && !key.equals(identity)) {
            problem(file + " was replaced by a new file; reading it from the start");
            completeLength = -1;
        }
        identity = key;
        int complete = lastLineEnd(content);
        if (complete < completeLength) {
            problem(file + " was truncated from " + completeLength + " to " + content.length
                    + " bytes; reading it from the start");
        }
        if (complete == 0 || complete == completeLength && last != null) {
            return last;
        }
        completeLength = complete;
        last = load(content, complete);
        return last;
    }

    @Override
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    /** A followed file is never done: the program writing it may always add more. */
    @Override
    public boolean isFinished() {
        return false;
    }

    /**
     * The trace in the first {@code length} bytes, read through a copy so that the readers, which
     * read files to their end, never see the line still being written; on a reading error the
     * trace shown before stays, and the error names the followed file.
     */
    private Trace load(byte[] content, int length) throws IOException {
        Path complete = FollowCopies.newCopy(suffix());
        try {
            try (OutputStream out = Files.newOutputStream(complete)) {
                out.write(content, 0, length);
            }
            LoadedTraces loaded = TraceFiles.load(complete);
            return loaded.first();
        } catch (IOException unreadable) {
            String message = String.valueOf(unreadable.getMessage()).replace(complete.toString(), file.toString());
            problem(message);
            return last;
        } finally {
            Files.deleteIfExists(complete);
        }
    }

    /** The followed file's extension, which some readers look at. */
    private String suffix() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? ".txt" : name.substring(dot);
    }

    /** The length up to and including the last newline: a line after it may still be being written. */
    private static int lastLineEnd(byte[] content) {
        for (int i = content.length - 1; i >= 0; i--) {
            if (content[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    private void problem(String description) {
        problems.add(description);
    }
}
