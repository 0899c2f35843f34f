package org.retrace.format.cot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Cuts a chain of thought into steps. Every paragraph (text between blank lines) starts a step,
 * and so does every sentence that opens with a cue; other sentences join the step before. A
 * sentence ends at . ! ? followed by a space or a line end, at 。！？, or at a line end (so list
 * items and equations on their own lines are sentences). Code, fenced or indented, carries no cue.
 * Costs O(text x cues).
 */
public final class Segmenter {
    private final CueLexicon cues;

    public Segmenter(CueLexicon cues) {
        this.cues = cues;
    }

    public List<Step> segment(String text) {
        List<Integer> fences = fences(text);
        List<Step> steps = new ArrayList<>();
        int stepStart = -1;
        Cue stepCue = null;
        int stepSentences = 0;
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = paragraphEnd(text, paragraphStart);
            int sentence = paragraphStart;
            boolean first = true;
            while (sentence < paragraphEnd) {
                int sentenceEnd = sentenceEnd(text, sentence, paragraphEnd);
                if (!text.substring(sentence, sentenceEnd).isBlank()) {
                    Cue cue = inCode(text, sentence, fences) ? null : cues.match(text, sentence, sentenceEnd);
                    // "Wait, that's wrong. Let me go back to the start." is one backtrack: a second cue
                    // with no work since the first goes on the same step.
                    boolean sameTurn = !first && cue != null && stepCue != null && stepSentences == 1
                            && cue.kind() == CueKind.BACKTRACK && stepCue.kind() == CueKind.BACKTRACK;
                    if ((first || cue != null) && !sameTurn) {
                        if (stepStart >= 0) {
                            addTrimmed(steps, text, stepStart, sentence, stepCue);
                        }
                        stepStart = sentence;
                        stepCue = cue;
                        stepSentences = 0;
                        first = false;
                    }
                    stepSentences++;
                }
                sentence = sentenceEnd;
            }
            paragraphStart = skipBlank(text, paragraphEnd);
        }
        if (stepStart >= 0) {
            addTrimmed(steps, text, stepStart, text.length(), stepCue);
        }
        return steps;
    }

    /** Where each line that opens or closes a fenced code block (```) starts, in order. */
    private static List<Integer> fences(String text) {
        List<Integer> fences = new ArrayList<>();
        for (int line = 0; line < text.length(); line = text.indexOf('\n', line) + 1) {
            if (text.startsWith("```", skipSpaces(text, line))) {
                fences.add(line);
            }
            if (text.indexOf('\n', line) < 0) {
                break;
            }
        }
        return fences;
    }

    /**
     * True inside a fenced code block or on an indented code line: code and its comments ("# Wait
     * for the lock") carry no cue. Costs O(log fences).
     */
    private static boolean inCode(String text, int at, List<Integer> fences) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        if (text.startsWith("    ", lineStart) || text.startsWith("\t", lineStart)) {
            return true;
        }
        int before = Collections.binarySearch(fences, at);
        int opened = before >= 0 ? before + 1 : -before - 1;
        return opened % 2 == 1;
    }

    private static int skipSpaces(String text, int from) {
        int at = from;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    private static void addTrimmed(List<Step> steps, String text, int start, int end, Cue cue) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from < to) {
            steps.add(new Step(from, to, cue));
        }
    }

    /** Where the paragraph from {@code start} ends: at a blank line, or the end of the text. */
    private static int paragraphEnd(String text, int start) {
        int at = start;
        while (at < text.length()) {
            int newline = text.indexOf('\n', at);
            if (newline < 0) {
                return text.length();
            }
            int next = newline + 1;
            int probe = next;
            while (probe < text.length() && text.charAt(probe) != '\n' && Character.isWhitespace(text.charAt(probe))) {
                probe++;
            }
            if (probe >= text.length() || text.charAt(probe) == '\n') {
                return next;
            }
            at = next;
        }
        return text.length();
    }

    private static int skipBlank(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static int sentenceEnd(String text, int start, int limit) {
        for (int at = start; at < limit; at++) {
            char c = text.charAt(at);
            if (c == '\n') {
                return at + 1;
            }
            if (c == '\u3002' || c == '\uff01' || c == '\uff1f') {
                return at + 1;
            }
            if ((c == '.' || c == '!' || c == '?') && (at + 1 >= limit || Character.isWhitespace(text.charAt(at + 1)))) {
                return at + 1;
            }
        }
        return limit;
    }
}
