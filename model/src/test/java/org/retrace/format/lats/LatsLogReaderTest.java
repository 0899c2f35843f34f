package org.retrace.format.lats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFileFixture;
import org.retrace.format.TraceFiles;
import org.retrace.format.fixtures.Fixtures;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.stats.TraceStatistics;

/**
 * LATS logs, whose parents are named by the path in each PROMPT's task part. Node numbers are the
 * NEW NODE records' order in a search; the expected parents were worked out by reading each
 * PROMPT by hand and checked against the VALUES order, LATS's first-maximum rollout choice and, in
 * the DFS log, the stack order and the "State of all_nodes" address lists.
 */
class LatsLogReaderTest {
    @TempDir
    Path directory;

    /**
     * The whole example.log: four starts, two of which (lines 2-57 and 7211-7269) made no node.
     * Each search: 30 NEW NODE records, 5 expansions (1 of the tree, 4 of rollouts), depth 5, and
     * one solution, the kept click[Buy Now] whose 4 earlier copies are duplicates.
     */
    @Test
    void readsEachSearchOfTheWholeWebshopLogWithTheParentsItsPromptsName() throws Exception {
        LoadedTraces loaded = TraceFiles.load(Fixtures.fixture("llm/lats-webshop-example.log"));

        assertEquals(2, loaded.traces().size());
        Trace first = loaded.traces().get(0);
        assertEquals(31, first.nodeCount());
        assertEquals(5, first.maxDepth());
        assertEquals(15, TraceStatistics.count(first, NodeStatus.PRUNED), "duplicates LATS replaced with a later copy");
        assertEquals(1, TraceStatistics.of(first, "lats").solutions());
        assertEquals(NodeStatus.SOLUTION, first.status(first.findNode("node 30")));
        assertEquals(NodeStatus.PRUNED, first.status(first.findNode("node 26")));
        assertEquals("node 30", first.attributes(first.findNode("node 26")).get("duplicateOf"));
        assertParent(first, "node 10", "node 11");
        assertParent(first, "node 11", "node 20");
        assertParent(first, "node 20", "node 23");
        assertParent(first, "node 23", "node 30");
        assertEquals("i need a long clip-in hair extension which is natural looking, and price lower than 40.00 "
                + "dollars", first.info().attributes().get("task"));
        assertTrue(first.info().name().startsWith("lats-webshop-example #1: i need a long clip-in"), first.info().name());

        Trace second = loaded.traces().get(1);
        assertEquals(31, second.nodeCount());
        assertEquals(17, TraceStatistics.count(second, NodeStatus.PRUNED));
        assertEquals(1, TraceStatistics.of(second, "lats").solutions());
        assertParent(second, "node 13", "node 20");
        assertParent(second, "node 21", "node 30");
    }

    /**
     * hotpot/tot.py's DFS, behind three test lines and cut off after its sixth prompt: 24 nodes,
     * each prompt expanding the first child of the node before, whose thought tells it apart from
     * siblings with the same action (nodes 11 and 14 both search Arthur's Magazine history).
     */
    @Test
    void readsTheHotpotDepthFirstLogBehindItsTestLines() throws Exception {
        LoadedTraces loaded = TraceFiles.load(Fixtures.fixture("llm/lats-hotpot-dfs-tot_10it.log"));
        Trace trace = loaded.first();

        assertEquals("lats", loaded.format());
        assertEquals(1, loaded.traces().size());
        assertEquals(25, trace.nodeCount());
        assertEquals(5, trace.maxDepth());
        assertEquals(0, trace.timeline().backtrackCount());
        assertParent(trace, "root", "node 5");
        assertParent(trace, "node 1", "node 6");
        assertParent(trace, "node 6", "node 15");
        assertParent(trace, "node 11", "node 16");
        assertParent(trace, "node 16", "node 24");
        assertEquals(List.of(), loaded.warnings());
    }

    @Test
    void readsTheWebshopExcerptUpToItsCutOffLastRecord() throws Exception {
        LoadedTraces loaded = TraceFiles.load(Fixtures.fixture("llm/lats-webshop-excerpt.log"));
        Trace trace = loaded.first();

        // 10 NEW NODE records, all at depth 1, under the question; 7 copies of one search were replaced
        // by the last (node 10); the excerpt stops inside that last record.
        assertEquals(11, trace.nodeCount());
        assertEquals(10, trace.childCount(0));
        assertEquals(7, TraceStatistics.count(trace, NodeStatus.PRUNED));
        assertEquals("search[long clip-in hair extension natural looking under 40.00 dollars]", trace.label(7));
        assertEquals(trace.label(7), trace.action(7), "LATS labels a node with its action, which its edge may show");
        assertEquals(1, loaded.warnings().size());
    }

    /** A webshop reward line belongs to the node after it; a later prompt's path picks the expanded node. */
    @Test
    void aRewardBelongsToTheNodeAfterItAndAPromptNamesTheNodeItExpands() throws Exception {
        Path log = new TraceFileFixture(directory).write("lats.log", """
                2023-10-10 01:00:00,000 - INFO - Iteration 1...
                2023-10-10 01:00:00,500 - INFO - PROMPT: Webshop
                Instruction:
                Action: click[Buy Now]
                Observation: an example
                WebShop
                Instruction:
                i want a lamp
                [Search]

                Action:\s
                2023-10-10 01:00:01,000 - INFO - NEW NODE: Node(depth=1, value=0.00, visits=0, action=search[a], observation=page
                with two lines)
                2023-10-10 01:00:02,000 - INFO - NEW NODE: Node(depth=1, value=0.00, visits=0, action=search[b], observation=none)
                2023-10-10 01:00:03,000 - INFO - PROMPT: WebShop
                Instruction:
                i want a lamp
                [Search]

                Action: search[a]
                Observation: page
                with two lines

                Action:\s
                2023-10-10 01:00:04,000 - INFO - reward:1.0
                2023-10-10 01:00:05,000 - INFO - NEW NODE: Node(depth=2, value=1.00, visits=0, action=click[Buy Now], observation=done)
                """);

        LoadedTraces loaded = TraceFiles.load(log);
        Trace trace = loaded.first();

        assertEquals(List.of(), loaded.warnings());
        assertParent(trace, "node 1", "node 3");
        assertEquals(NodeStatus.SOLUTION, trace.status(trace.findNode("node 3")));
        assertEquals(1.0, trace.metric(trace.findNode("node 3"), "reward"));
        assertEquals("Action: search[a]\nObservation: page\nwith two lines", trace.text(trace.findNode("node 1")));
        assertTrue(trace.info().name().endsWith(": i want a lamp"), trace.info().name());
    }

    private static void assertParent(Trace trace, String parent, String child) {
        assertEquals(trace.findNode(parent), trace.parent(trace.findNode(child)), "parent of " + child);
    }
}
