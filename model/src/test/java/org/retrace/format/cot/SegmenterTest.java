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

    /** HuatuoGPT-o1's first demo record: the objection, then the word that it made the text turn back. */
    @Test
    void opensTheBacktrackAtTheObjectionThatABacktrackCueConfirms() {
        String text = "It could be aplastic anemia. But wait, his platelet counts are normal. Aplastic anemia "
                + "would bring those down too.\n\nHmm, this makes me reconsider. Could it be a vitamin deficiency?"
                + "\n\nIron fits.";
        assertEquals(List.of("CONTINUE It could be aplastic anemia.",
                "BACKTRACK But wait, his platelet counts are normal. Aplastic anemia would bring those down too."
                        + "\n\nHmm, this makes me reconsider. Could it be a vitamin deficiency?",
                "CONTINUE Iron fits."), describe(text));
        assertEquals("But wait", segmenter.segment(text).get(1).cue().phrase());
    }

    @Test
    void leavesAnObjectionNoBacktrackCueConfirmsARemark() {
        assertEquals(List.of("CONTINUE It is 4. But wait, 4 is even. Even numbers help. Still 4."),
                describe("It is 4. But wait, 4 is even. Even numbers help. Still 4."));
        assertEquals(List.of("CONTINUE It is 4. But wait, 4 is even. One. Two.", "BACKTRACK That's wrong."),
                describe("It is 4. But wait, 4 is even. One. Two. That's wrong."),
                "a backtrack three sentences on is the text's own; the objection was a remark");
    }

    @Test
    void readsAVerdictOnTheTextsOwnWorkAnywhereInASentenceAsABacktrack() {
        String text = "Assume b = 0. Then p(2) = 0, not 6. Since the first condition fails, this assumption is "
                + "incorrect. So, b is not 0.";
        assertEquals(List.of("CONTINUE Assume b = 0. Then p(2) = 0, not 6.",
                "BACKTRACK Since the first condition fails, this assumption is incorrect.",
                "CONCLUDE So, b is not 0."), describe(text));
        assertEquals(List.of("CONTINUE Option B is incorrect."), describe("Option B is incorrect."),
                "ruling out an option is no verdict on the text's own work");
    }

    @Test
    void takesWaitNoAsABacktrack() {
        assertEquals(List.of("CONTINUE So u^(1/3) * u^(-2/3) = u^(-1/3)?", "BACKTRACK Wait, no. Let me redo it."),
                describe("So u^(1/3) * u^(-2/3) = u^(-1/3)? Wait, no. Let me redo it."));
    }

    @Test
    void takesAnAlternativeTheSentenceDismissesAsNoNewAttempt() {
        assertEquals(List.of("CONTINUE It is 7. Alternatively, I could set up a proportion, but the method I used "
                + "seems simpler."), describe("It is 7. Alternatively, I could set up a proportion, but the method "
                + "I used seems simpler."));
        assertEquals(List.of("CONTINUE It is 7.", "BRANCH Alternatively, set up a proportion: 7/21 = 1/3."),
                describe("It is 7. Alternatively, set up a proportion: 7/21 = 1/3."));
    }

    @Test
    void takesAnOpeningThatNamesAnotherWayAsABranch() {
        assertEquals(List.of("CONTINUE No scalar works.", "BRANCH Maybe I can visualize this."),
                describe("No scalar works. Maybe I can visualize this."));
        assertEquals(List.of("CONTINUE No scalar works. Maybe I can divide both sides."),
                describe("No scalar works. Maybe I can divide both sides."));
        assertEquals(List.of("CONTINUE Iron fits.", "BRANCH Now, let's consider some more rare possibilities."),
                describe("Iron fits.\n\nNow, let's consider some more rare possibilities."));
    }

    /** DeepSeek-R1-style: "Wait, no" takes back the sentence just before it, not an earlier remark. */
    @Test
    void takesABareCorrectionAsTakingBackTheSentenceBeforeItNotAnEarlierRemark() {
        String text = "Wait, the log of x^a. So the power rule gives a * x. Wait, no, wait. It gives a * log x.";
        assertEquals(List.of("CONTINUE Wait, the log of x^a. So the power rule gives a * x.",
                "BACKTRACK Wait, no, wait. It gives a * log x."), describe(text));
    }

    @Test
    void opensTheBacktrackAtAButThatASentenceOfItsKindConfirms() {
        String text = "Pair them in order: 1 + 1 + 2 = 4. But the example's sum is 3. So that's worse. "
                + "So that approach can't be correct.\n\nTry a table.";
        assertEquals(List.of("CONTINUE Pair them in order: 1 + 1 + 2 = 4.",
                "BACKTRACK But the example's sum is 3. So that's worse. So that approach can't be correct.",
                "CONTINUE Try a table."), describe(text));
    }

    @Test
    void readsAThatOrThisSentenceByWhatItSaysOfTheStep() {
        assertEquals(List.of("CONTINUE So Q + B = D + I.", "BACKTRACK That might not be correct."),
                describe("So Q + B = D + I. That might not be correct."));
        assertEquals(List.of("CONTINUE This protein makes it impossible for the drug to bind."),
                describe("This protein makes it impossible for the drug to bind."));
    }

    @Test
    void takesAHedgedMistakeAsACheckNotABacktrack() {
        assertEquals(List.of("CONTINUE It is 4.", "VERIFY Wait, but maybe I made a mistake here."),
                describe("It is 4. Wait, but maybe I made a mistake here."));
        assertEquals(List.of("CONTINUE It is 4.", "VERIFY Maybe I made a mistake in the sum."),
                describe("It is 4. Maybe I made a mistake in the sum."));
    }

    @Test
    void takesAnAlternativeAskedAsAQuestionToOneselfAsNoNewAttempt() {
        assertEquals(List.of("CONTINUE So Q - I = B? Or maybe Q + I = demand?"),
                describe("So Q - I = B? Or maybe Q + I = demand?"));
    }

    @Test
    void takesTryingToFigureItOutOrTryingACaseAsNoNewAttempt() {
        assertEquals(List.of("CONTINUE Okay, let's try to figure this out."),
                describe("Okay, let's try to figure this out."));
        assertEquals(List.of("CONTINUE It holds for 3. Let's try another simple case."),
                describe("It holds for 3. Let's try another simple case."));
        assertEquals(List.of("CONTINUE It holds for 3.", "BRANCH Let's try a = 2: b = 8."),
                describe("It holds for 3. Let's try a = 2: b = 8."));
    }

    @Test
    void seesACueBehindAnOpenerAndAConclusionWhereverItNamesTheAnswer() {
        assertEquals(List.of("CONTINUE It is 4.", "VERIFY Now, let's verify: 2 + 2 = 4."),
                describe("It is 4. Now, let's verify: 2 + 2 = 4."));
        assertEquals(List.of("CONTINUE A is out.", "CONCLUDE So the only possible answer is D."),
                describe("A is out. So the only possible answer is D."));
    }

    @Test
    void readsAChineseObjectionThatASentenceOfItsKindConfirms() {
        assertEquals(List.of("CONTINUE 先算出是5。", "BACKTRACK 但是题目说是6。嗯，这说不通。", "CONTINUE 重算。"),
                describe("先算出是5。但是题目说是6。嗯，这说不通。\n\n重算。"));
    }

    @Test
    void keepsTwoBacktracksApartWhenTheFirstCuesSentenceDoesWorkOfItsOwn() {
        String text = "It is Ph-CHO. Wait, actually, the structure is a benzene ring with a CH2 group bonded to a CO "
                + "group. Wait, no. It is Ph-CH=CH-CHO.";
        assertEquals(List.of("CONTINUE It is Ph-CHO.", "BACKTRACK Wait, actually, the structure is a benzene ring with a "
                + "CH2 group bonded to a CO group.", "BACKTRACK Wait, no. It is Ph-CH=CH-CHO."), describe(text));
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
