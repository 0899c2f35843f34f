package org.retrace.format.vbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFileFixture;
import org.retrace.format.TraceFiles;
import org.retrace.format.TraceFormatException;
import org.retrace.model.Bound;
import org.retrace.model.EventType;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;

class VbcTraceReaderTest {
    private static final String HEADER = "#TYPE: COMPLETE TREE\n#TIME: SET\n#BOUNDS: SET\n#INFORMATION: STANDARD\n"
            + "#NODE_NUMBER: NONE\n";

    @TempDir
    Path directory;
    private TraceFileFixture files;

    @BeforeEach
    void setUp() {
        files = new TraceFileFixture(directory);
    }

    @Test
    void readsEveryVerifiedEventOfTheSpecificationsExample() throws Exception {
        Path log = files.write("example.vbc", HEADER + """
                00:00:00.00 N 0 1 3
                00:00:00.00 I 1 \\inode:\\t1\\idepth:\\t0
                00:00:00.01 P 1 2
                00:00:00.02 N 1 2 3
                00:00:00.02 N 1 3 3
                00:00:00.03 U 42.000000
                00:00:00.03 A 2 \\nfound better solution: 42.000000
                00:00:00.03 P 2 14
                00:00:00.04 L 40.500000
                00:00:00.05 P 3 4
                """);

        LoadedTraces loaded = TraceFiles.load(log);
        Trace trace = loaded.first();

        assertEquals("vbc", loaded.format());
        assertEquals(3, trace.nodeCount());
        assertEquals(NodeStatus.EXPANDED, trace.status(0));
        assertEquals(NodeStatus.SOLUTION, trace.status(1));
        assertEquals(NodeStatus.FAILED, trace.status(2));
        assertEquals("found better solution: 42.000000", trace.text(1));
        assertEquals("node: 1\ndepth: 0", trace.text(0));
        assertEquals(42.0, trace.stateAt(trace.timeline().size()).bound(Bound.INCUMBENT));
        assertEquals(40.5, trace.stateAt(trace.timeline().size()).bound(Bound.BEST_BOUND));
        assertEquals(1, trace.timeline().backtrackCount());
        assertEquals(0.02, trace.timeline().time(trace.createdAt(1)), 1e-9);
        assertEquals("COMPLETE TREE", trace.info().attributes().get("type"));
    }

    @Test
    void readsTheUntimedDialectOfPycombina() throws Exception {
        Path log = files.write("untimed.vbc", "#TYPE: COMPLETE TREE\n#TIME: NOT\n"
                + "n 1 \\ivirtual root node\nn 2 x=0\nn 3 x=1\ne 1 2\ne 1 3\nc 2 6\nc 3 2\n");

        Trace trace = TraceFiles.load(log).first();

        assertEquals(3, trace.nodeCount());
        assertEquals(0, trace.parent(2));
        assertEquals(NodeStatus.FAILED, trace.status(1));
        assertEquals("virtual root node", trace.text(0));
        assertTrue(trace.timeline().isSynthetic());
    }

    @Test
    void skipsUnknownEventLettersWithOneWarningThatCountsThem() throws Exception {
        Path log = files.write("unknown.vbc", HEADER + "00:00:00.00 N 0 1 3\n00:00:00.01 D 1 x\n00:00:00.02 R 1\n"
                + "00:00:00.03 D 1 y\n");

        LoadedTraces loaded = TraceFiles.load(log);

        assertEquals(List.of(log + ":7:1: warning: unknown VBC event 'D' skipped (2 times; the first is shown)",
                log + ":8:1: warning: unknown VBC event 'R' skipped"), loaded.warnings());
    }

    @Test
    void loadsALogCutOffMidLineWithAWarning() throws Exception {
        Path log = files.write("cut.vbc", HEADER + "00:00:00.00 N 0 1 3\n00:00:00.01 N 1 2 3\n00:00:00.02 N 1");

        LoadedTraces loaded = TraceFiles.load(log);

        assertEquals(2, loaded.first().nodeCount());
        assertTrue(loaded.warnings().get(0).startsWith(log + ":8:1: warning: the last line is incomplete"));
    }

    @Test
    void rejectsPaintingANodeThatHasNoNodeLine() {
        Path log = files.write("ghost.vbc", HEADER + "00:00:00.00 N 0 1 3\n00:00:00.01 P 7 2\n");

        TraceFormatException error = assertThrows(TraceFormatException.class, () -> TraceFiles.load(log));

        assertEquals(log + ":7:1: node 7 has no N line anywhere in the file", error.getMessage());
    }

    /**
     * As SYMPHONY writes it: paints first, N lines last and in reverse order. Each node is created
     * with its siblings when a paint first names it, so the tree grows as the solver branched.
     */
    @Test
    void readsNodeLinesThatComeAfterThePaintsThatNameTheirNodes() throws Exception {
        Path log = files.write("symphony.vbc", HEADER + """
                00:00:00.00 N 0 1 4
                00:00:00:00 P 1 3
                00:00:00:00 P 1 1
                00:00:00:00 P 3 1
                00:00:00:00 P 4 2
                00:00:00:00 P 5 5
                00:00:00:01 P 2 7
                00:00:00:01 P 3 5
                00:00:00:01 N 3 5 4
                00:00:00:01 N 3 4 3
                00:00:00:01 N 1 3 3
                00:00:00:01 N 1 2 4
                """);

        Trace trace = TraceFiles.load(log).first();

        assertEquals(List.of("1", "2", "3", "4", "5"), ids(trace));
        assertEquals(trace.findNode("3"), trace.parent(trace.findNode("5")));
        assertEquals(NodeStatus.EXPANDED, trace.status(trace.findNode("1")));
        assertEquals(NodeStatus.PRUNED, trace.status(trace.findNode("2")));
        assertEquals(NodeStatus.EXPANDED, trace.status(trace.findNode("3")), "repainted once its children were done");
        assertEquals(NodeStatus.PRUNED, trace.status(trace.findNode("4")));
        assertEquals(NodeStatus.SOLUTION, trace.status(trace.findNode("5")));
    }

    @Test
    void refusesNodeLinesThatMakeANodeItsOwnAncestor() {
        Path log = files.write("loop.vbc", HEADER + "00:00:00.00 N 0 1 3\n00:00:00.01 P 3 2\n"
                + "00:00:00.02 N 2 3 3\n00:00:00.03 N 3 2 3\n");

        TraceFormatException error = assertThrows(TraceFormatException.class, () -> TraceFiles.load(log));

        assertEquals(log + ":7:1: the N lines make node 3 its own ancestor", error.getMessage());
    }

    private static List<String> ids(Trace trace) {
        List<String> ids = new ArrayList<>();
        for (int node = 0; node < trace.nodeCount(); node++) {
            ids.add(trace.id(node));
        }
        return ids;
    }

    @Test
    void rejectsTextThatIsNotUtf8AtItsLine() throws Exception {
        Path log = directory.resolve("latin1.vbc");
        Files.write(log, (HEADER + "00:00:00.00 N 0 1 3\n00:00:00.00 I 1 caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));

        TraceFormatException error = assertThrows(TraceFormatException.class, () -> TraceFiles.load(log));

        assertEquals(7, error.line());
        assertTrue(error.reason().startsWith("not UTF-8 text"), error.reason());
    }

    @Test
    void countsEveryEventKindOfATimeline() throws Exception {
        Path log = files.write("kinds.vbc", HEADER + "00:00:00.00 N 0 1 3\n00:00:00.01 P 1 2\n00:00:00.02 N 1 2 3\n"
                + "00:00:00.03 P 2 11\n00:00:00.04 P 2 4\n");

        Trace trace = TraceFiles.load(log).first();

        assertEquals(List.of(EventType.NODE, EventType.VISIT, EventType.STATUS, EventType.NODE, EventType.VISIT,
                EventType.STATUS, EventType.STATUS), IntStream.range(0, trace.timeline().size())
                .mapToObj(trace.timeline()::type).toList());
    }
}
