package org.retrace.cli;

/** A failure the user can act on, printed as its message alone: no class name, no stack trace. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }
}
