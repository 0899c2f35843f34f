package org.retrace.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files so that a reader never sees half of one: the content goes to a temporary file
 * beside the target ({@code .NAME.PID.RANDOM.part}), which then replaces the target in one rename.
 * A crash mid-write leaves the old file whole, and the next write of the same target removes the
 * parts that writes killed before left behind (those of processes no longer running).
 */
public final class AtomicFiles {
    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code target} whole or not at all; on any failure the old file, if any, is untouched. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        removeStaleParts(directory, absolute.getFileName().toString());
        Path temporary = Files.createTempFile(directory, "." + absolute.getFileName() + "."
                + ProcessHandle.current().pid() + ".", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            givePermissions(temporary, absolute);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Deletes the parts of {@code name} left by killed writes: those of a process that no longer
     * runs, and those written before parts named their process. Costs one listing of the folder.
     */
    static void removeStaleParts(Path directory, String name) throws IOException {
        Pattern part = Pattern.compile("\\." + Pattern.quote(name) + "(?:\\.(\\d{1,18})\\.)?\\d+\\.part");
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "." + globSafe(name) + "*.part")) {
            for (Path entry : entries) {
                Matcher matcher = part.matcher(entry.getFileName().toString());
                if (matcher.matches() && (matcher.group(1) == null
                        || ProcessHandle.of(Long.parseLong(matcher.group(1))).isEmpty())) {
                    Files.deleteIfExists(entry);
                }
            }
        }
    }

    /** {@code name} with the characters a glob gives meaning to replaced by '?'. */
    private static String globSafe(String name) {
        return name.replaceAll("[\\\\*?\\[\\]{}]", "?");
    }

    /**
     * A temporary file is private to its owner; the written file gets the permissions of the file it
     * replaces, or the usual rw-r--r-- when it is new.
     */
    private static void givePermissions(Path temporary, Path target) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }
}
