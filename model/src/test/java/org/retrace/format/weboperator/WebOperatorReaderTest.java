package org.retrace.format.weboperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFileFixture;
import org.retrace.format.TraceFiles;
import org.retrace.format.fixtures.Fixtures;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;

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

    @Test
    void replaysStepsAfterABacktrackFromTheStartPage() throws Exception {
        Path trajectory = new TraceFileFixture(directory).write("full_trajectory.json", """
                [
                 {"axtree_txt": "", "open_pages_titles": ["Home"], "open_pages_urls": ["http://a/"], "active_page_index": 0,
                  "action": {"code": "click('1')"}, "action_error": "", "obs_description": "home"},
                 {"axtree_txt": "", "open_pages_titles": ["A"], "open_pages_urls": ["http://a/1"], "active_page_index": 0,
                  "action": {"code": "click('2')"}, "action_error": "", "obs_description": "page a"},
                 {"axtree_txt": "", "open_pages_titles": ["Home"], "open_pages_urls": ["http://a/"], "active_page_index": 0,
                  "action": {"code": "click('1')"}, "action_error": "", "obs_description": "home", "n_bt_steps": 2},
                 {"axtree_txt": "", "open_pages_titles": ["A"], "open_pages_urls": ["http://a/1"], "active_page_index": 0,
                  "action": {"code": "fill('3', 'x')"}, "action_error": "timeout", "obs_description": "a", "n_bt_steps": 2}
                ]
                """);

        Trace trace = TraceFiles.load(trajectory).first();

        assertEquals(4, trace.nodeCount());
        assertEquals(1, trace.timeline().backtrackCount());
        int first = trace.findNode("step 1");
        assertEquals(2, trace.childCount(first));
        assertEquals(NodeStatus.FAILED, trace.status(trace.findNode("step 4")));
        assertEquals("timeout", trace.attributes(trace.findNode("step 4")).get("error"));
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
