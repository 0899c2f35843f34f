package org.retrace.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.retrace.format.fixtures.Fixtures;
import org.retrace.model.TraceState;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;

class PixelTreeTest {
    /** r (created first) with a (failed) and b; b with c (solution). Depth-first order: r, a, b, c. */
    private static Trace tree() {
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("pixels"));
        int r = builder.addNode("r", -1, "state", NodeStatus.EXPANDED, "r", null, 0);
        builder.addNode("a", r, "state", NodeStatus.FAILED, "a", null, 1);
        int b = builder.addNode("b", r, "state", NodeStatus.EXPANDED, "b", null, 2);
        builder.addNode("c", b, "state", NodeStatus.SOLUTION, "c", null, 3);
        return builder.build();
    }

    @Test
    void drawsAColumnPerNodeInDepthFirstOrderAndARowPerDepth() {
        Trace trace = tree();
        PixelTree pixels = new PixelTree(trace);

        byte[] cells = pixels.cells(trace.stateAt(trace.timeline().size()), 4);

        assertEquals(3, pixels.depths());
        assertArrayEquals(new byte[] {
            PixelTree.NODE, 0, 0, 0,
            0, PixelTree.FAILED, PixelTree.NODE, 0,
            0, 0, 0, PixelTree.SOLUTION}, cells);
        assertEquals(trace.findNode("b"), pixels.nodeAt(trace.stateAt(trace.timeline().size()), 4, 2, 1));
    }

    @Test
    void squeezesNodesIntoFewerColumnsShowingTheMostTellingAndLeavesUncreatedNodesOut() {
        Trace trace = tree();
        PixelTree pixels = new PixelTree(trace);

        byte[] squeezed = pixels.cells(trace.stateAt(trace.timeline().size()), 2);
        byte[] early = pixels.cells(trace.stateAt(2), 4);

        assertArrayEquals(new byte[] {PixelTree.NODE, 0, PixelTree.FAILED, PixelTree.NODE, 0, PixelTree.SOLUTION},
                squeezed, "r and a share column 0, b and c column 1");
        assertArrayEquals(new byte[] {PixelTree.NODE, 0, 0, 0, 0, PixelTree.FAILED, 0, 0, 0, 0, 0, 0}, early,
                "after two events only r and a exist");
    }

    /** With a column per node, every node has a cell of its own and the root's row holds one. */
    @ParameterizedTest
    @ValueSource(strings = {"solver/scip-gcg-gap8_4.vbc", "solver/grumpy-p0201-glpk-bak.vbc",
            "solver/symphony-mkp20-vbc-emulation1.vbc", "generated"})
    void givesEveryNodeOfAWholeTreeItsOwnCell(String fixture) throws Exception {
        Trace trace = Fixtures.solverOrGenerated(fixture, 3_000);
        PixelTree pixels = new PixelTree(trace);
        TraceState end = trace.stateAt(trace.timeline().size());

        byte[] cells = pixels.cells(end, trace.nodeCount());

        int filled = 0;
        int solutions = 0;
        for (byte cell : cells) {
            filled += cell == PixelTree.EMPTY ? 0 : 1;
            solutions += cell == PixelTree.SOLUTION ? 1 : 0;
        }
        assertEquals(trace.nodeCount(), filled);
        assertEquals(IntStream.range(0, trace.nodeCount()).filter(node -> end.status(node) == NodeStatus.SOLUTION)
                .count(), solutions);
        for (int column = 1; column < trace.nodeCount(); column++) {
            assertEquals(PixelTree.EMPTY, cells[column], "only the root is at depth 0");
        }
        int node = trace.nodeCount() - 1;
        assertEquals(node, pixels.nodeAt(end, trace.nodeCount(), columnOf(trace, node), trace.depth(node)));
    }

    private static int columnOf(Trace trace, int node) {
        // Depth-first places: count the nodes that come before it, walking up its ancestors.
        int place = 0;
        for (int current = node; current > 0; current = trace.parent(current)) {
            for (int sibling = trace.firstChild(trace.parent(current)); sibling != current;
                    sibling = trace.nextSibling(sibling)) {
                place += trace.graph().subtree(sibling).vertexCount();
            }
            place++;
        }
        return place;
    }
}
