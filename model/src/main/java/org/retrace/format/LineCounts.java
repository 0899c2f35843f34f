package org.retrace.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Line facts about a file, needed only on the error path. */
public final class LineCounts {
    private LineCounts() {
    }

    /**
     * True when {@code line} (counting from 1) is the file's last line and that line has no newline
     * at its end: the mark of a log cut off while it was written. Costs one pass over the file.
     */
    public static boolean isUnfinishedLastLine(Path file, int line) throws IOException {
        long newlines = 0;
        int last = -1;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        newlines++;
                    }
                }
                last = buffer[read - 1];
            }
        }
        return last != '\n' && line == newlines + 1;
    }
}
