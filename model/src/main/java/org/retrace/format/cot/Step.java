package org.retrace.format.cot;

/**
 * One step of a chain of thought: the text from {@code start} to {@code end} (UTF-16 offsets into
 * the reasoning, whitespace trimmed), and the cue that opened it, or null for a plain continuation.
 */
public record Step(int start, int end, Cue cue) {
    public CueKind kind() {
        return cue == null ? CueKind.CONTINUE : cue.kind();
    }

    public String text(String reasoning) {
        return reasoning.substring(start, end);
    }
}
