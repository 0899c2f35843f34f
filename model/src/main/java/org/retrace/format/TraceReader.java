package org.retrace.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.retrace.model.Trace;

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

    /**
     * Hands the file's traces to {@code each} one at a time, with the format read, for a dataset of many records that
     * need not be held together. A reader that can reads a record at a time; by default the whole
     * file is loaded first. Fails as {@link #read} does.
     */
    default StreamedTraces readEach(Path file, LoadProgress progress, BiConsumer<Trace, String> each)
            throws IOException {
        LoadedTraces loaded = read(file, progress);
        loaded.traces().forEach(trace -> each.accept(trace, loaded.format()));
        return new StreamedTraces(loaded.format(), loaded.traces().size(), loaded.warnings());
    }
}
