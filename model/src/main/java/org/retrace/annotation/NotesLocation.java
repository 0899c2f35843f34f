package org.retrace.annotation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Predicate;

/**
 * Where a trace file's annotations are kept: beside it as {@code NAME.retrace-notes.json}, so that
 * they travel with the trace; in the settings folder's {@code notes} folder when the trace's folder
 * cannot be written (a read-only dataset, say), under a name made from the trace's whole path.
 */
public final class NotesLocation {
    /** What a sidecar's name ends with, after the trace file's name. */
    public static final String SUFFIX = ".retrace-notes.json";

    private NotesLocation() {
    }

    /** The sidecar beside {@code traceFile}, whether or not it can be written. */
    public static Path besides(Path traceFile) {
        return traceFile.resolveSibling(traceFile.getFileName() + SUFFIX);
    }

    /**
     * The notes file for {@code traceFile}: an existing one beside it or in {@code settingsDirectory},
     * else beside it when its folder is writable, else in {@code settingsDirectory}.
     */
    public static Path of(Path traceFile, Path settingsDirectory) {
        return of(traceFile, settingsDirectory, Files::isWritable);
    }

    /** As {@link #of(Path, Path)}, with {@code writable} telling which folders can be written. */
    static Path of(Path traceFile, Path settingsDirectory, Predicate<Path> writable) {
        Path absolute = traceFile.toAbsolutePath().normalize();
        Path beside = besides(absolute);
        Path kept = settingsDirectory.resolve("notes").resolve(digest(absolute) + "-" + absolute.getFileName() + SUFFIX);
        if (Files.exists(beside)) {
            return beside;
        }
        if (Files.exists(kept)) {
            return kept;
        }
        return writable.test(absolute.getParent()) ? beside : kept;
    }

    /** The trace file a sidecar beside it belongs to, or null when {@code file} is not one. */
    public static Path traceOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(SUFFIX) && name.length() > SUFFIX.length()
                ? file.resolveSibling(name.substring(0, name.length() - SUFFIX.length())) : null;
    }

    private static String digest(Path path) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(path.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
        }
    }
}
