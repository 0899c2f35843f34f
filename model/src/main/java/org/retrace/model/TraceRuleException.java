package org.retrace.model;

/**
 * A trace breaks a rule of the model (a duplicate id, a backtrack to a node that is not an
 * ancestor...). Importers add the file position where the offending input stands.
 */
public final class TraceRuleException extends RuntimeException {
    public TraceRuleException(String reason) {
        super(reason);
    }
}
