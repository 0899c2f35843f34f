package org.retrace.format.cot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFiles;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.stats.ReasoningStatistics;

/** The bundled chains of thought, whose trees were worked out by hand from their texts. */
class ChainOfThoughtSamplesTest {
    private static final Path SAMPLES = Path.of("..", "samples");

    @Test
    void turnsTheGameOf24ReasoningIntoTheTreeWorkedOutByHand() throws Exception {
        LoadedTraces loaded = TraceFiles.load(SAMPLES.resolve("chain-of-thought-24.md"));
        assertEquals("cot", loaded.format());
        Trace tree = loaded.first();
        assertEquals(List.of(
                "s1 < start step expanded",
                "s2 < s1 step failed",
                "s3 < s1 backtrack expanded (inferred: no step named, so back to where the current attempt began)",
                "s4 < s1 branch expanded (inferred: no step named, so back to where the current attempt began)",
                "s5 < s4 branch failed (explicit: builds on 16 from step 4)",
                "s6 < s4 backtrack expanded (explicit: restates '8 + 8 = 16' from step 4)",
                "s7 < s1 branch expanded (explicit: starts over from the setting out)",
                "s8 < s7 verify expanded",
                "s9 < s8 conclude expanded",
                "answer < s9 answer solution"), describe(tree));
        assertEquals("The answer is 8 / (3 - 8 / 3) = 24.", tree.text(tree.findNode("answer")),
                "what follows </think> is the answer, one node, not steps");
        assertEquals(4, tree.timeline().backtrackCount(), "s2 to s1, s3 to s1, s5 to s4, s6 to s1");
        assertEquals(new ReasoningStatistics(9, 6, 2, 3, 1, 4, 952 / 6.0), ReasoningStatistics.of(tree));
        assertTextAt(tree, 9, "So the answer is 8 / (3 - 8/3) = 24.");
    }

    @Test
    void readsEveryRecordOfAJsonLinesFileAndCountsBacktracksPerRecord() throws Exception {
        LoadedTraces loaded = TraceFiles.load(SAMPLES.resolve("chains-of-thought.jsonl"));
        assertEquals(List.of("chains-of-thought.jsonl: sum-and-product", "chains-of-thought.jsonl: two-trains",
                "chains-of-thought.jsonl: primes", "chains-of-thought.jsonl: zh-sum"),
                loaded.traces().stream().map(trace -> trace.info().name()).toList());
        // "Hold on, 21 lies between 16 and 24" corrects nothing it calls wrong: a step, not a backtrack.
        assertEquals(Map.of(0, 1, 1, 2, 2, 1), ReasoningStatistics.backtrackHistogram(loaded.traces()));
        Trace first = loaded.first();
        assertEquals("explicit: restates '4 * 6 = 24' from step 3, called wrong, so back to before it",
                first.attributes(first.findNode("s4")).get("link"));
        assertEquals(NodeStatus.SOLUTION, first.status(first.findNode("s8")));
    }

    /** The Chinese record holds an emoji, two UTF-16 units but one character, in its second step. */
    @Test
    void mapsOffsetsBackToTheExactCharactersOfMultiByteText() throws Exception {
        Trace chinese = TraceFiles.load(SAMPLES.resolve("chains-of-thought.jsonl")).traces().get(3);
        assertEquals("1 到 100 的和是多少？", chinese.label(0));
        int second = chinese.findNode("s2");
        assertEquals(38, chinese.sourceStart(second));
        assertEquals(60, chinese.sourceEnd(second));
        assertEquals("explicit: builds on 101 from step 1", chinese.attributes(chinese.findNode("s3")).get("link"));
        for (int node = 1; node < chinese.nodeCount(); node++) {
            if (!"answer".equals(chinese.kind(node))) {
                assertTextAt(chinese, node, chinese.text(node));
            }
        }
        assertEquals("1 到 100 的和是 5050。", chinese.text(chinese.findNode("answer")));
        assertTextAt(chinese, second, "一共有 100 个数 \uD83E\uDD14，所以有 60 对。");
    }

    private static void assertTextAt(Trace tree, int node, String expected) {
        String source = tree.info().sourceText();
        int start = source.offsetByCodePoints(0, tree.sourceStart(node));
        int end = source.offsetByCodePoints(0, tree.sourceEnd(node));
        assertEquals(expected, source.substring(start, end));
    }

    private static List<String> describe(Trace tree) {
        List<String> lines = new ArrayList<>();
        for (int node = 1; node < tree.nodeCount(); node++) {
            Object link = tree.attributes(node).get("link");
            lines.add(tree.id(node) + " < " + tree.id(tree.parent(node)) + " " + tree.kind(node) + " "
                    + tree.status(node).wireName() + (link == null ? "" : " (" + link + ")"));
        }
        assertTrue(lines.size() > 0);
        return lines;
    }
}
