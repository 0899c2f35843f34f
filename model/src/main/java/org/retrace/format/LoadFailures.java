package org.retrace.format;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Turns a failure to read into one line a person can act on. */
public final class LoadFailures {
    private LoadFailures() {
    }

    /** One line: the positioned reason for a bad file, or what kept the file from being read. */
    public static String describe(Path file, IOException failure) {
        if (failure instanceof TraceFormatException positioned) {
            return positioned.getMessage();
        }
        if (failure instanceof NoSuchFileException) {
            return file + ": no such file";
        }
        if (failure instanceof AccessDeniedException) {
            return file + ": permission denied";
        }
        return file + ": cannot read: " + failure.getMessage();
    }
}
