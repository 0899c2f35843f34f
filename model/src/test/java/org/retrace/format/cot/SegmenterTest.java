package org.retrace.format.cot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    private final Segmenter segmenter = new Segmenter(CueLexicon.standard());

    @Test
    void startsAStepAtEachParagraphAndAtEachSentenceThatOpensWithACue() {
        String text = "We add. Wait, that's wrong: 2 + 2 is 4. So the answer is 4.\n\nDone here.";
        assertEquals(List.of("CONTINUE We add.", "BACKTRACK Wait, that's wrong: 2 + 2 is 4.",
                "CONCLUDE So the answer is 4.", "CONTINUE Done here."), describe(text));
    }

    /** "Wait" backtracks only when the rest of its sentence says a step was wrong; a check is a check, a remark no step. */
    @Test
    void decidesWhatAWaitMeansFromTheRestOfItsSentence() {
        assertEquals(List.of("CONTINUE We add. Wait, that's interesting, 4 is even."),
                describe("We add. Wait, that's interesting, 4 is even."));
        assertEquals(List.of("CONTINUE We add.", "VERIFY But wait, let me double-check: 2 + 2 = 4."),
                describe("We add. But wait, let me double-check: 2 + 2 = 4."));
        assertEquals(List.of("CONTINUE We add.", "BACKTRACK Wait, I made a mistake there."),
                describe("We add. Wait, I made a mistake there."));
        assertEquals(List.of("CONTINUE We add. Wait, what if x is 0?"), describe("We add. Wait, what if x is 0?"));
    }

    @Test
    void countsTwoBacktrackCuesWithNoWorkBetweenThemAsOneBacktrack() {
        assertEquals(List.of("CONTINUE We add: 2 + 3 = 6.",
                "BACKTRACK Wait, that's wrong. Let me go back to the start. 2 + 3 = 5.",
                "BACKTRACK Wait, I made a mistake again."),
                describe("We add: 2 + 3 = 6. Wait, that's wrong. Let me go back to the start. 2 + 3 = 5. "
                        + "Wait, I made a mistake again."));
    }

    @Test
    void findsNoCueInCode() {
        assertEquals(List.of("CONTINUE We lock.\n```\n# Wait for the lock\nlock.acquire()\n```",
                "CONTINUE Indented:\n    Wait(1)"), describe("We lock.\n```\n# Wait for the lock\nlock.acquire()\n```"
                + "\n\nIndented:\n    Wait(1)"));
    }

    @Test
    void matchesCuesAsWholeWordsOnly() {
        assertEquals(List.of("CONTINUE Waiting helps. It is 2.5 now. Then more."),
                describe("Waiting helps. It is 2.5 now. Then more."));
    }

    @Test
    void seesCuesBehindMarkdownAndCurlyApostrophes() {
        String text = "- **That\u2019s wrong**, go on.";
        List<Step> steps = segmenter.segment(text);
        assertEquals(1, steps.size());
        Cue cue = steps.get(0).cue();
        assertEquals(CueKind.BACKTRACK, cue.kind());
        assertEquals("That's wrong", cue.phrase());
        assertEquals(4, cue.start());
        assertEquals("That\u2019s wrong", text.substring(cue.start(), cue.end()));
        assertEquals(0, steps.get(0).start(), "the step starts at the list mark, where its text starts");
    }

    @Test
    void prefersTheLongestCue() {
        Step step = segmenter.segment("Let me check this.").get(0);
        assertEquals(CueKind.VERIFY, step.kind());
        assertEquals("Let me check", step.cue().phrase());
    }

    @Test
    void readsChineseSentencesAndCues() {
        assertEquals(List.of("CONTINUE 先算。", "BACKTRACK 不对，重算。"), describe("先算。不对，重算。"));
    }

    @Test
    void takesCuesFromAUsersFileBesideTheBundledOnes() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("cues", ".json");
        java.nio.file.Files.writeString(file, "{\"cues\": {\"backtrack\": [\"Moment mal\"]}}");
        Segmenter german = new Segmenter(CueLexicon.standardWith(file));
        assertEquals(CueKind.BACKTRACK, german.segment("Erst so. Moment mal, anders.").get(1).kind());
        java.nio.file.Files.delete(file);
    }

    private List<String> describe(String text) {
        return segmenter.segment(text).stream().map(step -> step.kind() + " " + step.text(text)).toList();
    }
}
