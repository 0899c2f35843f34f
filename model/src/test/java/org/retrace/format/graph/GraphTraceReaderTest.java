package org.retrace.format.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFileFixture;
import org.retrace.format.TraceFiles;
import org.retrace.format.TraceFormatException;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;

class GraphTraceReaderTest {
    @TempDir
    Path directory;
    private TraceFileFixture files;

    @BeforeEach
    void setUp() {
        files = new TraceFileFixture(directory);
    }

    @Test
    void readsADotTreeWithItsLabelsStatusesAndOtherAttributes() throws Exception {
        Path dot = files.write("search.dot", """
                // a search exported by hand
                digraph search {
                  b [label="x=2", status="solution"];
                  r [label="root", status="expanded", shape=box];
                  a [label="x=1", status="failed", value="0.5"];
                  r -> a;
                  r -> b;
                }
                """);

        LoadedTraces loaded = TraceFiles.load(dot);
        Trace trace = loaded.first();

        assertEquals("dot", loaded.format());
        assertEquals(3, trace.nodeCount());
        assertEquals("r", trace.id(0));
        assertEquals("b", trace.id(1));
        assertEquals(NodeStatus.SOLUTION, trace.status(1));
        assertEquals(0.5, trace.metric(trace.findNode("a"), "value"));
        assertEquals(Map.of("shape", "box"), trace.attributes(0));
    }

    @Test
    void readsAGraphMlTree() throws Exception {
        Path graphMl = files.write("tree.graphml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="label" for="node" attr.name="label" attr.type="string"/>
                  <graph id="G" edgedefault="directed">
                    <node id="n0"><data key="label">start</data></node>
                    <node id="n1"><data key="label">left</data></node>
                    <node id="n2"/>
                    <edge source="n0" target="n1"/>
                    <edge source="n1" target="n2"/>
                  </graph>
                </graphml>
                """);

        LoadedTraces loaded = TraceFiles.load(graphMl);

        assertEquals("graphml", loaded.format());
        assertEquals(3, loaded.first().nodeCount());
        assertEquals(2, loaded.first().maxDepth());
        assertEquals("left", loaded.first().label(1));
    }

    @Test
    void rejectsANodeWithTwoParents() {
        assertRejected("digraph { a -> b; c -> b; }\n", "not a tree: node 'b' has 2 parents");
    }

    @Test
    void rejectsTwoRoots() {
        assertRejected("digraph { a -> b; c -> d; }\n", "not a tree: 2 nodes have no parent (a, c)");
    }

    @Test
    void rejectsACycle() {
        assertRejected("digraph { a -> b; b -> a; }\n",
                "not a tree: every node has a parent, so the parent links form a cycle");
    }

    @Test
    void rejectsMalformedDot() {
        Path dot = files.write("bad.dot", "digraph { a -> ; }\n");
        TraceFormatException error = assertThrows(TraceFormatException.class, () -> TraceFiles.load(dot));
        assertEquals(true, error.reason().startsWith("malformed DOT: "), error.reason());
    }

    private void assertRejected(String content, String reason) {
        Path dot = files.write("graph.dot", content);
        TraceFormatException error = assertThrows(TraceFormatException.class, () -> TraceFiles.load(dot));
        assertEquals(dot + ":1:1: " + reason, error.getMessage());
    }
}
