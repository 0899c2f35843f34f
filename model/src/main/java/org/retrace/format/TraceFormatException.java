package org.retrace.format;

import java.io.IOException;

/**
 * An input that cannot be loaded, with where and why: {@code file:line:column: reason}. Lines and
 * columns count from 1; the reason says in plain words what was expected and what was found.
 */
public final class TraceFormatException extends IOException {
    private final String file;
    private final int line;
    private final int column;
    private final String reason;

    public TraceFormatException(String file, int line, int column, String reason) {
        super(file + ":" + line + ":" + column + ": " + reason);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
