package org.retrace.live.cpprofiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retrace.live.LiveTrace;
import org.retrace.model.EventType;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;

class ExecutionTest {
    private final ByteArrayOutputStream wire = new ByteArrayOutputStream();
    private final ProtocolClient solver = new ProtocolClient(wire);
    private LiveTrace live;

    /** The documentation's three-node example: Root with a failure at alt 0 and a solution at alt 1. */
    @Test
    void buildsTheDocumentedThreeNodeTreeNamedByItsStart() throws IOException {
        solver.start("minimal example", false);
        solver.node(0, -1, -1, 2, ProtocolClient.BRANCH, "Root");
        solver.node(1, 0, 0, 0, ProtocolClient.FAILED, "Failure");
        solver.node(2, 0, 1, 0, ProtocolClient.SOLVED, "Solution");
        solver.done();

        Trace tree = receive();
        assertEquals("minimal example", tree.info().name());
        assertEquals(3, tree.nodeCount());
        assertEquals(List.of("Root", "Failure", "Solution"), List.of(tree.label(0), tree.label(1), tree.label(2)));
        assertEquals(List.of(NodeStatus.EXPANDED, NodeStatus.FAILED, NodeStatus.SOLUTION),
                List.of(tree.status(0), tree.status(1), tree.status(2)));
        assertEquals(0, tree.parent(1));
        assertEquals(0, tree.parent(2));
        assertEquals(List.of(), live.problems());
        assertTrue(live.isFinished());
        assertEquals(1, tree.timeline().backtrackCount(), "from the failure back to the root, then the solution");
    }

    /** The reference connector's bytes, as printed in the spec (section 5b). */
    @Test
    void readsTheReferenceConnectorsBytes() {
        byte[] bytes = HexFormat.of().parseHex(("35000000" + "02" + "0300000003" + "020000002a"
                + hex("{\"has_restarts\": false\n,\"name\": \"golomb\"\n}")
                + "27000000" + "00" + "000000000000000000000000" + "ffffffff00000000ffffffff" + "00000000" + "00000002"
                + "02" + "0000000000"
                + "40000000" + "00" + "000000010000000000000000" + "000000000000000000000000" + "00000000" + "00000000"
                + "01" + "0000000006" + hex("x[1]=0") + "0100000007" + hex("x[1]!=0") + "0200000002" + hex("{}")
                + "0100000001"));
        Trace tree = receive(bytes);
        assertEquals("golomb", tree.info().name());
        assertEquals(false, tree.info().attributes().get("hasRestarts"));
        assertEquals(3L, tree.info().attributes().get("protocolVersion"));
        assertEquals(3, tree.nodeCount(), "the root, its filled slot 0 and its open slot 1");
        assertEquals("", tree.label(0));
        assertEquals("x[1]=0", tree.label(1));
        assertEquals("x[1]!=0", tree.attributes(1).get("nogood"));
        assertEquals("{}", tree.text(1));
        assertEquals(NodeStatus.FAILED, tree.status(1));
        assertEquals(NodeStatus.OPEN, tree.status(2), "slot 1 was never explored");
        assertEquals(List.of(), live.problems());
    }

    @Test
    void keepsRestartsApartUnderOneRootAndThreadsApartByTheirIds() throws IOException {
        solver.start("restarting", true);
        solver.node(0, 0, 0, -1, -1, -1, 0, 2, ProtocolClient.BRANCH, "r0", null, null);
        solver.node(1, 0, 0, 0, 0, 0, 0, 0, ProtocolClient.FAILED, "a", null, null);
        solver.restart(1);
        solver.node(0, 1, 0, -1, -1, -1, 1, 2, ProtocolClient.BRANCH, "r1", null, null);
        solver.node(1, 1, 1, 0, 1, 0, 0, 0, ProtocolClient.SOLVED, "by thread 1", "x < 3", "{\"reasons\": [4]}");
        solver.node(2, 1, 2, 0, 1, 0, 1, 0, ProtocolClient.FAILED, "by thread 2", null, null);
        solver.done();

        Trace tree = receive();
        assertEquals("restarts", tree.label(0));
        int[] restartRoots = tree.children(0);
        assertEquals(2, restartRoots.length);
        assertEquals("r0", tree.label(restartRoots[0]));
        assertEquals("r1", tree.label(restartRoots[1]));
        int[] second = tree.children(restartRoots[1]);
        assertEquals(List.of("by thread 1", "by thread 2"), List.of(tree.label(second[0]), tree.label(second[1])));
        assertEquals(1L, tree.attributes(second[0]).get("tid"));
        assertEquals(1L, tree.attributes(second[0]).get("rid"));
        assertEquals("x < 3", tree.attributes(second[0]).get("nogood"));
        assertEquals("{\"reasons\": [4]}", tree.text(second[0]));
        assertEquals(NodeStatus.SOLUTION, tree.status(second[0]));
        assertEquals(1, countNotes(tree), "the restart is a note");
        int note = firstNote(tree);
        assertEquals(restartRoots[1], tree.timeline().node(note), "about the restart's own root");
        assertTrue(tree.timeline().note(note).startsWith("restart 1: {\"restart_id\": 1"), tree.timeline().note(note));
        assertEquals(List.of(), live.problems());
    }

    /** Gecode's tracer closes the connection without DONE: a tree with every slot filled has simply ended. */
    @Test
    void aConnectionClosedWithoutDoneAfterACompleteTreeIsTheEnd() throws IOException {
        solver.start("gecode", false);
        solver.node(0, -1, -1, 2, ProtocolClient.BRANCH, "root");
        solver.node(1, 0, 0, 0, ProtocolClient.FAILED, "x=0");
        solver.node(2, 0, 1, 0, ProtocolClient.SOLVED, "x=1");

        Trace tree = receive();

        assertEquals(3, tree.nodeCount());
        assertEquals(List.of(), live.problems());
        assertEquals(0, countNotes(tree));
        assertTrue(live.isFinished());
    }

    /** A close with a promised child never sent is a cut: reported, and said in the trace itself. */
    @Test
    void aConnectionClosedWithAChildMissingIsACutThatTheTraceItselfRecords() throws IOException {
        solver.start("cut short", false);
        solver.node(0, -1, -1, 2, ProtocolClient.BRANCH, "root");
        solver.node(1, 0, 0, 0, ProtocolClient.FAILED, "x=0");

        Trace tree = receive();

        assertEquals(List.of("test: the connection closed before DONE, after 3 messages, with 1 child slots no node "
                + "filled; 3 nodes are kept"), live.problems());
        int note = firstNote(tree);
        assertEquals(-1, tree.timeline().node(note));
        assertEquals("cut off: the connection closed before DONE, after 3 messages, with 1 child slots no node "
                + "filled; 3 nodes are kept", tree.timeline().note(note));
    }

    @Test
    void fillsSlotsWithSkippedNodesThatShareTheIdMinusOne() throws IOException {
        solver.start("gecode", false);
        solver.node(0, -1, -1, 3, ProtocolClient.BRANCH, "root");
        solver.node(1, 0, 0, 0, ProtocolClient.SOLVED, "x=1");
        solver.node(-1, 0, 1, 0, ProtocolClient.SKIPPED, "x=2");
        solver.node(-1, 0, 2, 0, ProtocolClient.SKIPPED, "x=3");
        solver.done();

        Trace tree = receive();
        assertEquals(4, tree.nodeCount());
        assertEquals(NodeStatus.SKIPPED, tree.status(2));
        assertEquals(NodeStatus.SKIPPED, tree.status(3));
        assertEquals(List.of(), live.problems());
    }

    @Test
    void refusesAnUnknownParentAndASlotOutOfRangeButKeepsTheRest() throws IOException {
        solver.start("broken", false);
        solver.node(0, -1, -1, 2, ProtocolClient.BRANCH, "root");
        solver.node(1, 7, 0, 0, ProtocolClient.FAILED, "orphan");
        solver.node(2, 0, 2, 0, ProtocolClient.FAILED, "out of range");
        solver.node(3, 0, 1, 0, ProtocolClient.SOLVED, "fine");
        solver.node(4, 0, 1, 0, ProtocolClient.FAILED, "slot taken");
        solver.done();

        Trace tree = receive();
        assertEquals(3, tree.nodeCount());
        assertEquals("fine", tree.label(2));
        List<String> problems = live.problems();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith("node 1 names parent 7, which has not arrived; the node is ignored"),
                problems.get(0));
        assertTrue(problems.get(1).endsWith("node 2 fills child slot 2 of a parent with 2 slots; the node is ignored"),
                problems.get(1));
        assertTrue(problems.get(2).contains("node 4 fills child slot 1, which another node filled already"),
                problems.get(2));
    }

    /** The START body is 50 bytes (type, VERSION, INFO of 39), so the odd frame starts at 54 and the next at 62. */
    @Test
    void skipsAFrameOfUnknownTypeAndAnUnknownFieldAndReadsOn() throws IOException {
        solver.start("odd", false);
        solver.frame(new byte[] {9, 1, 2, 3});
        solver.frame(new ProtocolClient.Body().u8(0).i32(0).i32(0).i32(0).i32(-1).i32(-1).i32(-1).i32(-1).i32(1)
                .u8(ProtocolClient.BRANCH).u8(0).text("root").u8(7).u8(1).u8(2).bytes());
        solver.node(1, 0, 0, 0, ProtocolClient.SOLVED, "x");
        solver.done();

        Trace tree = receive();
        assertEquals(2, tree.nodeCount());
        assertEquals("root", tree.label(0));
        List<String> problems = live.problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("byte 54: unknown message type 9"), problems.get(0));
        assertTrue(problems.get(1).contains("unknown field 7 in the frame at byte 62"), problems.get(1));
    }

    @Test
    void refusesASecondStartAndANodeThatOpensTooManySlots() throws IOException {
        solver.node(0, -1, -1, 1, ProtocolClient.BRANCH, "root before start");
        solver.start("late", true);
        solver.node(1, 0, 0, 1 << 20, ProtocolClient.BRANCH, "flood");
        solver.node(2, 0, 0, 0, ProtocolClient.SOLVED, "fine");
        solver.done();

        Trace tree = receive();
        assertEquals("<no name>", tree.info().name());
        assertEquals(2, tree.nodeCount());
        assertEquals("fine", tree.label(1));
        List<String> problems = live.problems();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith("a node arrived before START; reading on without a name"), problems.get(0));
        assertTrue(problems.get(1).endsWith("a second START; the execution keeps its first name"), problems.get(1));
        assertTrue(problems.get(2).endsWith("node 1 opens 1048576 child slots; 0 to 65536 are accepted"),
                problems.get(2));
        assertTrue(live.isFinished());
    }

    @Test
    void stopsAtAFrameTooLargeToTrustAndKeepsWhatCameBefore() throws IOException {
        solver.start("big-endian sender", false);
        solver.node(0, -1, -1, 1, ProtocolClient.BRANCH, "root");
        wire.write(new byte[] {0, 0, 0, 0x22, 0});
        Trace tree = receive();
        assertEquals(2, tree.nodeCount());
        assertTrue(live.problems().get(0).contains("a frame of 570425344 bytes"), live.problems().toString());
        assertTrue(live.isFinished());
    }

    @Test
    void keepsWhatArrivedWhenTheConnectionIsCutInsideAFrame() throws IOException {
        solver.start("cut", false);
        solver.node(0, -1, -1, 2, ProtocolClient.BRANCH, "root");
        solver.node(1, 0, 0, 0, ProtocolClient.FAILED, "x");
        byte[] whole = wire.toByteArray();
        wire.reset();
        wire.write(whole, 0, whole.length - 5);
        Trace tree = receive();
        assertEquals(3, tree.nodeCount(), "the root and its two open slots");
        assertTrue(live.problems().get(0).contains("the connection ended inside the frame"), live.problems().toString());
    }

    private Trace receive() {
        return receive(wire.toByteArray());
    }

    private Trace receive(byte[] bytes) {
        live = new LiveTrace("test");
        new Execution(live, "test").read(new ByteArrayInputStream(bytes));
        return live.snapshot();
    }

    private static int firstNote(Trace tree) {
        for (int event = 0; event < tree.timeline().size(); event++) {
            if (tree.timeline().type(event) == EventType.NOTE) {
                return event;
            }
        }
        throw new AssertionError("no note");
    }

    private static int countNotes(Trace tree) {
        int notes = 0;
        for (int event = 0; event < tree.timeline().size(); event++) {
            notes += tree.timeline().type(event) == EventType.NOTE ? 1 : 0;
        }
        return notes;
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
