package org.retrace.format.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

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
    void refusesAGraphMlDoctypeWithoutReadingTheLocalFileItNames() throws Exception {
        Path secret = files.write("secret.txt", "SECRET-7f3a");
        Path graphMl = files.write("xxe.graphml", "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE g [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                + "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
                + "  <graph edgedefault=\"directed\"><node id=\"n0\"><data key=\"label\">&x;</data></node></graph>\n"
                + "</graphml>\n");

        TraceFormatException refused = assertThrows(TraceFormatException.class, () -> TraceFiles.load(graphMl));

        assertEquals(2, refused.line());
        assertTrue(refused.reason().startsWith("a DOCTYPE is not allowed in GraphML"), refused.reason());
        assertFalse(refused.getMessage().contains("SECRET"));
    }

    @Test
    void refusesAGraphMlExternalDtdWithoutContactingItsUrl() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
            Path graphMl = files.write("dtd.graphml", "<?xml version=\"1.0\"?>\n"
                    + "<!DOCTYPE graphml SYSTEM \"" + url + "\">\n"
                    + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"directed\">"
                    + "<node id=\"n0\"/></graph></graphml>\n");

            TraceFormatException refused = assertThrows(TraceFormatException.class, () -> TraceFiles.load(graphMl));

            assertTrue(refused.reason().startsWith("a DOCTYPE is not allowed in GraphML"), refused.reason());
            assertEquals(0, requests.get(), "the DTD's URL was contacted");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void reportsMalformedGraphMlAtItsLineAndColumn() throws Exception {
        Path graphMl = files.write("broken.graphml", "<?xml version=\"1.0\"?>\n<graphml>\n  <graph>\n"
                + "    <node id=\"n0\">\n  </graph>\n</graphml>\n");

        TraceFormatException refused = assertThrows(TraceFormatException.class, () -> TraceFiles.load(graphMl));

        assertEquals(5, refused.line());
        assertTrue(refused.reason().startsWith("malformed XML: "), refused.reason());
    }

    @Test
    void refusesBracesNestedDeeperThanATreeNeedsBeforeParsing() throws Exception {
        Path dot = files.write("deep.dot", "digraph g {\n  a -> b;\n  label=\"{{{{\";\n  " + "{".repeat(32_000)
                + "\n}\n");

        TraceFormatException refused = assertThrows(TraceFormatException.class, () -> TraceFiles.load(dot));

        assertEquals(4, refused.line());
        assertEquals(66, refused.column(), "the 65th brace; the quoted ones do not count");
        assertEquals("braces nested 65 deep; a DOT tree may nest graphs and subgraphs at most 64 deep",
                refused.reason());
    }

    @Test
    void refusesADotFileLargerThanItsParserCanHoldBeforeReadingIt() throws Exception {
        StringBuilder chain = new StringBuilder("digraph g {\n");
        for (int node = 1; chain.length() <= DotText.MAX_BYTES; node++) {
            chain.append("  ").append(node - 1).append(" -> ").append(node).append(";\n");
        }
        Path dot = files.write("chain.dot", chain.append("}\n").toString());

        TraceFormatException refused = assertThrows(TraceFormatException.class, () -> TraceFiles.load(dot));

        assertEquals("a DOT file of 4.0 MiB; Retrace reads DOT up to 4 MiB (about 200,000 nodes), as its parser "
                + "holds the whole file; write larger trees as CSV or Retrace JSON Lines", refused.reason());
    }

    @Test
    void saysWhereADotFileIsMalformed() {
        assertRejected("digraph {\n a -> ;\n}\n", 2, 7, "malformed DOT: mismatched input ';' expecting {'{', "
                + "SUBGRAPH, Numeral, String, Id, HtmlString}");
        assertRejected("digraph {\n a -> b\n b [label=\"x]\n}\n", 3, 11, "a quoted string opens here and never closes");
    }

    @Test
    void givesTheGraphMlImportersOwnReason() throws Exception {
        Path graphMl = files.write("dangling.graphml", "<?xml version=\"1.0\"?>\n<graphml><graph><node id=\"a\"/>"
                + "<edge source=\"a\" target=\"zz\"/></graph></graphml>\n");

        TraceFormatException refused = assertThrows(TraceFormatException.class, () -> TraceFiles.load(graphMl));

        assertEquals("malformed GRAPHML: Target vertex zz not found", refused.reason());
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
        assertRejected(content, 1, 1, reason);
    }

    private void assertRejected(String content, int line, int column, String reason) {
        Path dot = files.write("graph.dot", content);
        TraceFormatException error = assertThrows(TraceFormatException.class, () -> TraceFiles.load(dot));
        assertEquals(dot + ":" + line + ":" + column + ": " + reason, error.getMessage());
    }
}
