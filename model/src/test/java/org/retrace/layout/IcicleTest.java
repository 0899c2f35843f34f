package org.retrace.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.retrace.format.TraceFiles;
import org.retrace.format.fixtures.Fixtures;
import org.retrace.generate.SyntheticSearch;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;
import org.retrace.model.TraceState;

class IcicleTest {
    private static final byte E = PixelTree.EMPTY;
    private static final byte N = PixelTree.NODE;
    private static final byte F = PixelTree.FAILED;
    private static final byte S = PixelTree.SOLUTION;

    /**
     * r with a (inner, both children failed: a dead subtree) and b (leaf solution); a's children a1
     * and a2 fail. Subtree sizes r 5, a 3, b 1: a takes 3/4 of r's width, b 1/4; a1 and a2 half of a's.
     */
    private static Trace tree() {
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("icicle"));
        int r = builder.addNode("r", -1, "state", NodeStatus.EXPANDED, "r", null, 0);
        int a = builder.addNode("a", r, "state", NodeStatus.EXPANDED, "a", null, 1);
        builder.addNode("a1", a, "state", NodeStatus.FAILED, "a1", null, 2);
        builder.addNode("a2", a, "state", NodeStatus.FAILED, "a2", null, 3);
        builder.addNode("b", r, "state", NodeStatus.SOLUTION, "b", null, 4);
        return builder.build();
    }

    @Test
    void drawsEachNodeAsWideAsItsSubtreeColouredByWhatItHolds() {
        Trace trace = tree();
        Icicle icicle = new Icicle(trace);

        byte[] cells = icicle.cells(trace.stateAt(trace.timeline().size()), 8);

        assertEquals(3, icicle.depths());
        assertArrayEquals(new byte[] {
            S, S, S, S, S, S, S, E,
            F, F, F, F, F, E, S, S,
            F, F, F, F, F, F, E, E}, cells, "r holds the solution, a's subtree is done and found none; "
                + "r and a, four columns wide or more, end in a blank column");
    }

    @Test
    void leavesOutNodesNotCreatedAndKeepsBarsInPlace() {
        Trace trace = tree();
        Icicle icicle = new Icicle(trace);
        TraceState early = trace.stateAt(3);

        byte[] cells = icicle.cells(early, 8);

        assertArrayEquals(new byte[] {
            N, N, N, N, N, N, N, E,
            N, N, N, N, N, E, E, E,
            F, F, F, E, E, E, E, E}, cells, "after three events r, a and a1 exist; a2 is yet to come, so a is not done");
        assertEquals(trace.findNode("a1"), icicle.nodeAt(early, 8, 0, 2));
        assertEquals(-1, icicle.nodeAt(early, 8, 4, 2), "a2 is not created yet");
        assertEquals(trace.findNode("a"), icicle.nodeAt(early, 8, 4, 1));
        assertEquals(-1, icicle.nodeAt(early, 8, 7, 1), "nor is b");
        assertEquals(0, icicle.nodeAt(early, 8, 3, 0));
    }

    @Test
    void squeezesBarsIntoFewerColumnsShowingTheMostTelling() {
        Trace trace = tree();

        byte[] cells = new Icicle(trace).cells(trace.stateAt(trace.timeline().size()), 2);

        assertArrayEquals(new byte[] {S, S, F, S, F, F}, cells,
                "a's bar covers three quarters (columns 0 and 1), b's the last quarter (column 1)");
    }

    @Test
    void coversEveryColumnOfEachDepthThatHasNodesInRealAndGeneratedTrees() throws Exception {
        for (Trace trace : new Trace[] {
            TraceFiles.load(Fixtures.fixture("solver/scip-gcg-gap8_4.vbc")).first(),
            TraceFiles.load(Fixtures.fixture("solver/grumpy-p0201-glpk-bak.vbc")).first(),
            TraceFiles.load(Fixtures.fixture("solver/symphony-mkp20-vbc-emulation1.vbc")).first(),
            SyntheticSearch.generate(20_000, 5)}) {
            Icicle icicle = new Icicle(trace);
            byte[] cells = icicle.cells(trace.stateAt(trace.timeline().size()), 400);
            int blankUnderRoot = 0;
            int blankUnderChildren = 0;
            for (int column = 0; column < 400; column++) {
                blankUnderRoot += cells[column] == E ? 1 : 0;
                blankUnderChildren += cells[400 + column] == E ? 1 : 0;
            }
            assertEquals(1, blankUnderRoot, trace.info().name() + ": the root spans the width but its last column");
            assertTrue(blankUnderChildren <= trace.childCount(0),
                    trace.info().name() + ": so do its children, each but for a parting column");
            int node = icicle.nodeAt(trace.stateAt(trace.timeline().size()), 400, 123, 1);
            assertEquals(1, trace.depth(node), trace.info().name());
        }
    }
}
