package org.retrace.format.weboperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFileFixture;
import org.retrace.format.TraceFiles;
import org.retrace.format.fixtures.Fixtures;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.stats.TraceStatistics;

class WebOperatorReaderTest {
    @TempDir
    Path directory;

    @Test
    void readsTheRealTrimmedTrajectory() throws Exception {
        LoadedTraces loaded = TraceFiles.load(Fixtures.fixture("llm/weboperator-task0-trimmed.json"));
        Trace trace = loaded.first();

        // One executed step: the start page and the page its click leads to.
        assertEquals("weboperator", loaded.format());
        assertEquals(2, trace.nodeCount());
        assertEquals("Dashboard / Magento Admin", trace.label(0));
        assertEquals("click('22')", trace.label(1));
        assertEquals("http://127.0.0.1:7780/admin/admin/dashboard/", trace.attributes(1).get("url"));
        assertEquals(4, trace.timeline().size());
    }

    /**
     * The whole real task 168: one step, a stop on the dashboard (the answer), then the page after
     * it with no action, which is no step.
     */
    @Test
    void readsAWholeRealTrajectoryThatEndsInAStop() throws Exception {
        LoadedTraces loaded = TraceFiles.load(Fixtures.fixture("llm/weboperator-task168-full.json"));
        Trace trace = loaded.first();

        assertEquals("weboperator", loaded.format());
        assertEquals(2, trace.nodeCount());
        assertEquals(1, trace.maxDepth());
        assertEquals(0, trace.timeline().backtrackCount());
        int stop = trace.findNode("step 1");
        assertEquals(0, trace.parent(stop));
        assertEquals(NodeStatus.SOLUTION, trace.status(stop));
        assertEquals("stop('No repositories meet the criteria of having contributions from you and more than 100 "
                + "stars.')", trace.label(stop));
    }

    /**
     * One search written by each of WebOperator's three versions (made from the writer's code,
     * tree_search_agent.py at a2b378f9, 4f51f9ae and d6c34466): Home, click('12'), click('40');
     * back to Home for click('14'), click('5'); back under click('40') for fill('31', '2022') and
     * stop('9'). Every version must give the same tree: 7 nodes, depth 4, 2 backtracks, 1 solution.
     */
    @ParameterizedTest
    @ValueSource(strings = {"a2b378f9", "4f51f9ae", "d6c34466"})
    void readsTheSameSearchFromEveryWriterVersion(String version) throws Exception {
        Path file = directory.resolve("weboperator-" + version + ".json");
        try (InputStream sample = getClass().getResourceAsStream("weboperator-synthetic-" + version + ".json")) {
            Files.copy(sample, file);
        }

        Trace trace = TraceFiles.load(file).first();

        assertEquals(7, trace.nodeCount());
        assertEquals(4, trace.maxDepth());
        assertEquals(2, trace.timeline().backtrackCount());
        assertEquals(1, TraceStatistics.of(trace, "weboperator").solutions());
        int home = trace.findNode("start");
        int reports = child(trace, home, "click('12')");
        int sales = child(trace, reports, "click('40')");
        int orders = child(trace, home, "click('14')");
        child(trace, orders, "click('5')");
        int year = child(trace, sales, "fill('31', '2022')");
        int answer = child(trace, year, "stop('9')");
        assertEquals(NodeStatus.SOLUTION, trace.status(answer));
    }

    private static int child(Trace trace, int parent, String label) {
        for (int node = 0; node < trace.nodeCount(); node++) {
            if (trace.parent(node) == parent && trace.label(node).equals(label)) {
                return node;
            }
        }
        throw new AssertionError("no " + label + " under " + trace.label(parent));
    }

    @Test
    void readsTheNestedSearchTreeWithPrunedAndDestructiveNodes() throws Exception {
        Path tree = new TraceFileFixture(directory).write("tree.json", """
                {"url": "http://a/", "axtree_txt": "", "value": 0.5, "visible": true, "children": [
                  {"url": "http://a/1", "axtree_txt": "", "last_action": {"code": "click('1')"}, "value": 0.7,
                   "visible": true, "children": []},
                  {"url": "http://a/2", "axtree_txt": "", "last_action": {"code": "click('9')"}, "value": 0.1,
                   "visible": false, "destructive": true, "children": []}
                ]}
                """);

        Trace trace = TraceFiles.load(tree).first();

        assertEquals(3, trace.nodeCount());
        assertEquals(NodeStatus.PRUNED, trace.status(2));
        assertEquals(true, trace.attributes(2).get("destructive"));
        assertEquals(0.7, trace.metric(1, "value"));
    }
}
