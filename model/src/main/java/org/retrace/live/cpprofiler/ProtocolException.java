package org.retrace.live.cpprofiler;

import java.io.IOException;

/** A frame that breaks CP-Profiler's protocol, at a byte offset of its connection. */
final class ProtocolException extends IOException {
    private final long offset;
    private final boolean recoverable;

    /** {@code recoverable}: the frame's size was sound, so reading can go on with the next frame. */
    ProtocolException(long offset, String message, boolean recoverable) {
        super("byte " + offset + ": " + message);
        this.offset = offset;
        this.recoverable = recoverable;
    }

    long offset() {
        return offset;
    }

    boolean recoverable() {
        return recoverable;
    }
}
