package org.retrace.format.cot;

/** A cue phrase found in the text: its kind, the phrase as listed, and where it stands (UTF-16 offsets). */
public record Cue(CueKind kind, String phrase, int start, int end) {
}
