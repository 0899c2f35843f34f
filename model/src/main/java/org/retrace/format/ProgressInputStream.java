package org.retrace.format;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes a reader takes from a file, tells a {@link LoadProgress} every
 * {@value #REPORT_EVERY} bytes, and stops the read when it is cancelled.
 */
public final class ProgressInputStream extends FilterInputStream {
    private static final long REPORT_EVERY = 1 << 20;

    private final String file;
    private final long total;
    private final LoadProgress progress;
    private long read;
    private long nextReport = REPORT_EVERY;

    public ProgressInputStream(InputStream in, String file, long total, LoadProgress progress) {
        super(in);
        this.file = file;
        this.total = total;
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int value = super.read();
        if (value >= 0) {
            advance(1);
        }
        return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        if (count > 0) {
            advance(count);
        }
        return count;
    }

    private void advance(int count) throws IOException {
        read += count;
        if (read >= nextReport || read == total) {
            nextReport = read + REPORT_EVERY;
            if (progress.isCancelled()) {
                throw new LoadCancelledException(file);
            }
            progress.bytesRead(read, total);
        }
    }
}
