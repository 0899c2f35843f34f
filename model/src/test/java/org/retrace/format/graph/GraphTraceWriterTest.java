package org.retrace.format.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFiles;
import org.retrace.format.fixtures.Fixtures;
import org.retrace.model.Trace;

/** Real solver trees and a bundled sample written through jgrapht-io and read back: the same tree. */
class GraphTraceWriterTest {
    @TempDir
    Path directory;

    @ParameterizedTest
    @CsvSource({"solver/scip-gcg-gap8_4.vbc, dot", "solver/grumpy-p0201-glpk-bak.vbc, graphml",
            "solver/symphony-mkp20-vbc-emulation1.vbc, dot", "solver/scip10-mkp40-dispsols.bak, graphml",
            "generated, dot", "generated, graphml"})
    void aSolverTreeWrittenAsAGraphReadsBackAsTheSameTree(String fixture, String form) throws IOException {
        Trace original = Fixtures.solverOrGenerated(fixture, 5_000);
        Path written = directory.resolve("tree." + form);
        try (OutputStream out = Files.newOutputStream(written)) {
            if (form.equals("dot")) {
                GraphTraceWriter.dot(original, out);
            } else {
                GraphTraceWriter.graphMl(original, out);
            }
        }

        LoadedTraces loaded = TraceFiles.load(written);

        assertEquals(form, loaded.format());
        Trace read = loaded.first();
        assertEquals(original.nodeCount(), read.nodeCount());
        for (int node = 0; node < original.nodeCount(); node++) {
            int same = read.findNode(original.id(node));
            assertTrue(same >= 0, "node " + original.id(node));
            assertEquals(node == 0 ? null : original.id(original.parent(node)),
                    read.parent(same) < 0 ? null : read.id(read.parent(same)), "parent of " + original.id(node));
            assertEquals(original.label(node), read.label(same));
            assertEquals(original.status(node), read.status(same));
            assertEquals(original.kind(node), read.kind(same));
            assertEquals(original.text(node), read.text(same));
            assertEquals(original.attributes(node).get("color") == null ? null
                    : String.valueOf(original.attributes(node).get("color")), read.attributes(same).get("color") == null
                    ? null : String.valueOf(read.attributes(same).get("color")), "SCIP's colour code, under its own name");
        }
    }

    /** SCIP's VBC gives every node a colour code; Graphviz must not read it as a colour. */
    @Test
    void aTraceAttributeNamedLikeAGraphvizOneIsWrittenUnderAPrefix() throws IOException {
        Trace scip = TraceFiles.load(Fixtures.fixture("solver/scip-gcg-p2050-1.vbc")).first();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        GraphTraceWriter.dot(scip, out);

        String dot = out.toString(StandardCharsets.UTF_8);
        assertTrue(dot.contains(" trace_color=\"2\""), dot.substring(0, 300));
        assertTrue(!dot.contains(" color="), "no bare colour attribute");
    }
}
