package org.retrace.format;

/** Hears how far a load has got, and may ask it to stop. Called on the loading thread. */
public interface LoadProgress {
    /** A load nobody watches. */
    LoadProgress NONE = new LoadProgress() {
        @Override
        public void bytesRead(long read, long total) {
            // nobody to tell
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code read} of the file's {@code total} bytes have been read. */
    void bytesRead(long read, long total);

    /** True when the load should stop; the reader then throws {@link LoadCancelledException}. */
    boolean isCancelled();
}
