package org.retrace.format.cot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.LoadProgress;
import org.retrace.format.TraceFiles;
import org.retrace.format.TraceFormatException;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.stats.TraceStatistics;

class CotTraceReaderTest {
    @TempDir
    Path directory;

    @Test
    void returnsToTheStepTheTextNames() throws Exception {
        Trace tree = read("steps.md", "Step 1: a = 1.\n\nStep 2: b = 2.\n\nWait, going back to step 1, try a = 3.\n\n"
                + "So the answer is a = 3.");
        int back = tree.findNode("s3");
        assertEquals("s1", tree.id(tree.parent(back)));
        assertEquals("explicit: names step 1", tree.attributes(back).get("link"));
        assertEquals(NodeStatus.FAILED, tree.status(tree.findNode("s2")));
        assertEquals(NodeStatus.SOLUTION, tree.status(tree.findNode("s4")));
    }

    @Test
    void leavesTheLastStepOfATextThatReachesNoAnswerOpen() throws Exception {
        Trace tree = read("open.md", "Let me try x = 1.\n\nWait, that fails too.");
        assertEquals(NodeStatus.OPEN, tree.status(tree.findNode("s2")), "cut off, not known to be wrong");
        assertEquals(0, TraceStatistics.count(tree, NodeStatus.SOLUTION));
        assertEquals(0, tree.timeline().backtrackCount() - 1, "one backtrack, from s1 to the question");
    }

    /** DeepSeek-R1 distills print only the closing tag: the chat template wrote the opening one. */
    @Test
    void takesWhatFollowsALoneClosingThinkTagAsTheAnswer() throws Exception {
        Trace tree = read("r1.md", "Okay, so we add. 2 + 2 = 4.\n\nSo the answer is 4.\n</think>\n\n**4**");
        assertEquals("**4**", tree.text(tree.findNode("answer")));
        assertEquals(NodeStatus.SOLUTION, tree.status(tree.findNode("answer")));
    }

    @Test
    void takesWhatFollowsOllamasDoneThinkingAsTheAnswer() throws Exception {
        Trace tree = read("ollama.txt", "Thinking...\nWe add. 2 + 2 = 4.\n\nLet me check: 4 - 2 = 2.\n"
                + "...done thinking.\n\nThe sum is 4.");
        assertEquals("The sum is 4.", tree.text(tree.findNode("answer")));
        assertEquals("We add. 2 + 2 = 4.", tree.text(tree.findNode("s1")));
    }

    @Test
    void setsAsideAStepABranchLeavesWithoutCallingItWrong() throws Exception {
        Trace tree = read("aside.md", "We set up.\n\nCount the cats: 21 / 3 = 7.\n\n"
                + "Another way to think about it: one third of 21 is 7.\n\nSo the answer is 7.");
        assertEquals(NodeStatus.EXPANDED, tree.status(tree.findNode("s2")), "the first way was right");
        assertEquals(0, TraceStatistics.count(tree, NodeStatus.FAILED));
        assertEquals(NodeStatus.SOLUTION, tree.status(tree.findNode("s4")));
    }

    @Test
    void failsTheStepACheckFoundWrongNotTheCheck() throws Exception {
        Trace tree = read("checked.md", "We set up.\n\nAssume b = 0, so p = x^2.\n\n"
                + "Now, let's verify: p(2) = 4, not 6.\n\nWait, that's wrong: b is not 0.\n\nSo the answer is b = 1.");
        assertEquals("verify", tree.kind(tree.findNode("s3")));
        assertEquals(NodeStatus.FAILED, tree.status(tree.findNode("s2")), "the assumption the check refuted");
        assertEquals(NodeStatus.EXPANDED, tree.status(tree.findNode("s3")), "the check itself was sound");
        assertEquals(1, TraceStatistics.count(tree, NodeStatus.FAILED));
    }

    @Test
    void doesNotTakeAConclusionTheTextBacksAwayFromAsItsAnswer() throws Exception {
        Trace tree = read("retracted.md", "Let me compute. 2 + 3 = 6.\n\nSo the answer is 6.\n\n"
                + "Wait, that's wrong: 2 + 3 = 5.\n\nLet me check: 5 - 3 = 2.");
        assertEquals(NodeStatus.FAILED, tree.status(tree.findNode("s2")), "the retracted conclusion is abandoned");
        assertEquals(NodeStatus.OPEN, tree.status(tree.findNode("s4")), "the last line states no answer");
        assertEquals(0, TraceStatistics.count(tree, NodeStatus.SOLUTION));
    }

    @Test
    void ignoresAStepNumberTooLongToBeOne() throws Exception {
        Trace tree = read("long.md", "First x = 1.\n\nWait, going back to step 99999999999, x = 2.\n\nSo the answer is 2.");
        assertEquals("inferred: no step named, so back to where the current attempt began",
                tree.attributes(tree.findNode("s2")).get("link"));
    }

    @Test
    void readsACueOnlyOnItsOwnLine() throws Exception {
        Trace tree = read("ruled.md", "First we add.\n\n---\n\nWait, that is wrong.\n\nSo the answer is 3.");
        assertEquals("backtrack", tree.kind(tree.findNode("s3")));
        assertEquals("step", tree.kind(tree.findNode("s2")), "the rule line is a plain step");
    }

    @Test
    void takesTheReasoningFromTheFieldNamedAndFromAThinkBlockInAChat() throws Exception {
        Path records = directory.resolve("records.jsonl");
        Files.writeString(records, "{\"id\": 7, \"trace\": \"First. Wait, that is wrong, second.\"}\n"
                + "{\"id\": 8, \"trace\": \"Alone.\"}\n");
        var loaded = new CotTraceReader("trace", CueLexicon.standard()).read(records, LoadProgress.NONE);
        assertEquals(2, loaded.traces().size());
        assertEquals("records.jsonl: 7", loaded.first().info().name());
        assertEquals(3, loaded.first().nodeCount());

        Trace chat = read("chat.jsonl", "{\"messages\": [{\"role\": \"user\", \"content\": \"Why?\"}, {\"role\": "
                + "\"assistant\", \"content\": \"<think>Because. Let me check it.</think>Because.\"}]}\n");
        assertEquals("Why?", chat.text(0));
        assertEquals("Because. Let me check it.", chat.info().sourceText());
        assertEquals("verify", chat.kind(chat.findNode("s2")));
    }

    @Test
    void saysWhichLineOfAFileOfRecordsIsBroken() throws Exception {
        Path records = directory.resolve("broken.jsonl");
        Files.writeString(records, "{\"reasoning\": \"Fine. Wait, fine.\"}\n{\"reasoning\": \"oops\n");
        TraceFormatException broken = assertThrows(TraceFormatException.class, () -> TraceFiles.load(records));
        assertTrue(broken.getMessage().startsWith(records + ":2:"), broken.getMessage());
    }

    @Test
    void leavesTextWithoutCuesToOtherReaders() {
        CotTraceReader reader = new CotTraceReader();
        assertFalse(reader.recognizes("Dear diary,\nnothing happened today.\n"));
        assertTrue(reader.recognizes("First I add.\nWait, that is wrong.\n"));
        assertFalse(reader.recognizes("{\"format\":\"retrace\",\"version\":1}\n{\"ev\":\"node\",\"id\":\"a\"}"));
    }

    private Trace read(String name, String content) throws Exception {
        Path file = directory.resolve(name);
        Files.writeString(file, content);
        return TraceFiles.load(file).first();
    }
}
