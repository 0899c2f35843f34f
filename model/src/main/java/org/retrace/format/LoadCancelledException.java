package org.retrace.format;

import java.io.IOException;

/** A load stopped because its {@link LoadProgress} asked it to. */
public final class LoadCancelledException extends IOException {
    public LoadCancelledException(String file) {
        super(file + ": loading cancelled");
    }
}
