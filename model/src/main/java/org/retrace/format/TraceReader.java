package org.retrace.format;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one family of trace formats. */
public interface TraceReader {
    /** True when a file that starts with {@code head} (its first few kilobytes) is in this reader's format. */
    boolean recognizes(String head);

    /**
     * Loads the file, telling {@code progress} how far it got, or fails with a
     * {@link TraceFormatException} saying where and why ({@link LoadCancelledException} when
     * {@code progress} cancelled it).
     */
    LoadedTraces read(Path file, LoadProgress progress) throws IOException;
}
