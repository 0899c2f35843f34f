package org.retrace.live;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where {@code follow} keeps its copies of a followed file: a folder of this process's own in the
 * temp folder, {@code retrace-follow-PID}. Each copy is deleted once read; a process killed while
 * reading leaves its folder behind, and the next Retrace to follow a file removes the folders of
 * processes that are gone, so no full-size copy stays for long. Costs one listing of the temp
 * folder, once per process.
 */
final class FollowCopies {
    private static final String PREFIX = "retrace-follow-";
    private static Path folder;

    private FollowCopies() {
    }

    /** A new empty file for a copy, with {@code suffix} (".jsonl"), in this process's folder. */
    static synchronized Path newCopy(String suffix) throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            Path temp = Path.of(System.getProperty("java.io.tmpdir"));
            removeLeftovers(temp);
            folder = Files.createDirectories(temp.resolve(PREFIX + ProcessHandle.current().pid()));
            folder.toFile().deleteOnExit();
        }
        return Files.createTempFile(folder, "copy", suffix);
    }

    /** Removes the copy folders of Retrace processes that no longer run. */
    static void removeLeftovers(Path temp) throws IOException {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(temp, PREFIX + "*")) {
            for (Path leftover : folders) {
                String pid = leftover.getFileName().toString().substring(PREFIX.length());
                if (pid.matches("\\d{1,18}") && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                    deleteTree(leftover);
                }
            }
        }
    }

    private static void deleteTree(Path leftover) throws IOException {
        try (Stream<Path> paths = Files.walk(leftover)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
