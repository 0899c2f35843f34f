package org.retrace.format.cot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Cuts a chain of thought into steps. Every paragraph (text between blank lines) starts a step,
 * and so does every sentence that opens with a cue; other sentences join the step before. A
 * sentence ends at . ! ? followed by a space or a line end, at 。！？, or at a line end (so list
 * items and equations on their own lines are sentences). Code, fenced or indented, carries no cue.
 * One turn back is one step: a backtrack or branch cue right after a backtrack cue goes on the
 * backtrack ("Wait, that's wrong. Let me go back. Maybe the ratio..."), and an objection
 * ("But wait, his platelets are normal.") that a backtrack cue confirms within a sentence or two
 * opens the backtrack. Costs O(text x cues).
 */
public final class Segmenter {
    /**
     * Words a backtrack's sentence may add to its cue and still be no work ("Wait, I think I made a
     * mistake here." adds seven); the next cue then goes on the same turn.
     */
    private static final int WORDS_OF_A_BARE_CUE = 8;
    private final CueLexicon cues;

    public Segmenter(CueLexicon cues) {
        this.cues = cues;
    }

    /**
     * A sentence: where it stands, whether it opens its paragraph, its cue (or null), the objection
     * it raises (or null), and whether it goes on the backtrack an earlier sentence opened.
     */
    private record Sentence(int start, int end, boolean opensParagraph, Cue cue, CueLexicon.Objection objection,
            boolean joinsTurn) {
        Sentence confirmed() {
            return new Sentence(start, end, opensParagraph, objection.cue(), null, false);
        }

        Sentence joined() {
            return new Sentence(start, end, opensParagraph, cue, objection, true);
        }
    }

    public List<Step> segment(String text) {
        List<Sentence> sentences = sentences(text);
        confirmObjections(sentences);
        return steps(text, sentences);
    }

    private List<Sentence> sentences(String text) {
        List<Integer> fences = fences(text);
        List<Sentence> sentences = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = paragraphEnd(text, paragraphStart);
            boolean first = true;
            for (int sentence = paragraphStart; sentence < paragraphEnd; ) {
                int sentenceEnd = sentenceEnd(text, sentence, paragraphEnd);
                if (!text.substring(sentence, sentenceEnd).isBlank()) {
                    boolean code = inCode(text, sentence, fences);
                    Cue cue = code ? null : cues.match(text, sentence, sentenceEnd);
                    // Only a sentence whose opening says nothing of itself can be an objection.
                    CueLexicon.Objection objection = code || cue != null ? null
                            : cues.objection(text, sentence, sentenceEnd);
                    sentences.add(new Sentence(sentence, sentenceEnd, first, cue, objection, false));
                    first = false;
                }
                sentence = sentenceEnd;
            }
            paragraphStart = skipBlank(text, paragraphEnd);
        }
        return sentences;
    }

    /**
     * An objection opens a backtrack when the first cue among the next sentences it reaches is one
     * of its kin opening a backtrack; that cue then goes on the same step.
     */
    private static void confirmObjections(List<Sentence> sentences) {
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            if (sentence.cue() != null || sentence.objection() == null) {
                continue;
            }
            int reach = Math.min(sentences.size() - 1, i + sentence.objection().within());
            for (int next = i + 1; next <= reach; next++) {
                Cue later = sentences.get(next).cue();
                if (later != null) {
                    if (sentence.objection().confirmedBy(later)) {
                        sentences.set(i, sentence.confirmed());
                        sentences.set(next, sentences.get(next).joined());
                    }
                    break;
                }
            }
        }
    }

    private static List<Step> steps(String text, List<Sentence> sentences) {
        List<Step> steps = new ArrayList<>();
        int stepStart = -1;
        Cue stepCue = null;
        boolean afterBacktrackCue = false;
        for (Sentence sentence : sentences) {
            Cue cue = sentence.cue();
            boolean sameTurn = sentence.joinsTurn() || afterBacktrackCue && cue != null
                    && (cue.kind() == CueKind.BACKTRACK || cue.kind() == CueKind.BRANCH);
            if ((sentence.opensParagraph() || cue != null) && !sameTurn) {
                if (stepStart >= 0) {
                    addTrimmed(steps, text, stepStart, sentence.start(), stepCue);
                }
                stepStart = sentence.start();
                stepCue = cue;
            }
            afterBacktrackCue = cue != null && cue.kind() == CueKind.BACKTRACK && stepCue != null
                    && stepCue.kind() == CueKind.BACKTRACK && !carriesWork(text, cue, sentence.end());
        }
        if (stepStart >= 0) {
            addTrimmed(steps, text, stepStart, text.length(), stepCue);
        }
        return steps;
    }

    /**
     * Whether a cue's sentence goes on past the cue with work of its own ("Wait, actually, the
     * structure is Ph-CH2-CHO.") rather than only saying what the cue does ("Wait, that's wrong.").
     */
    private static boolean carriesWork(String text, Cue cue, int sentenceEnd) {
        String rest = text.substring(Math.min(cue.end(), sentenceEnd), sentenceEnd).strip();
        return !rest.isEmpty() && rest.split("\\s+").length > WORDS_OF_A_BARE_CUE;
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
