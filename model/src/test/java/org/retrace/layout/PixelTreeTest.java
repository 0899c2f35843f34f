package org.retrace.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
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
}
