package org.retrace.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;

class ShapeSketchTest {
    /** b with b1 - b11 and leaf b2, under a root r that the sketch leaves out. */
    @Test
    void putsLeavesOneApartAndParentsOverTheirChildren() {
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("sketch"));
        int r = builder.addNode("r", -1, "state", NodeStatus.EXPANDED, "r", null, 0);
        int b = builder.addNode("b", r, "state", NodeStatus.EXPANDED, "b", null, 1);
        int b1 = builder.addNode("b1", b, "state", NodeStatus.EXPANDED, "b1", null, 2);
        int b2 = builder.addNode("b2", b, "state", NodeStatus.FAILED, "b2", null, 3);
        int b11 = builder.addNode("b11", b1, "state", NodeStatus.SOLUTION, "b11", null, 4);
        Trace trace = builder.build();

        ShapeSketch sketch = ShapeSketch.of(trace, b);

        assertEquals(4, sketch.size());
        int[] expectedNodes = {b, b1, b11, b2};
        double[] expectedX = {0.5, 0, 0, 1};
        int[] expectedLevels = {0, 1, 2, 1};
        int[] expectedParents = {-1, 0, 1, 0};
        for (int k = 0; k < 4; k++) {
            assertEquals(expectedNodes[k], sketch.node(k));
            assertEquals(expectedX[k], sketch.x(k), "x of " + trace.id(sketch.node(k)));
            assertEquals(expectedLevels[k], sketch.level(k));
            assertEquals(expectedParents[k], sketch.parent(k));
        }
        assertEquals(1.0, sketch.width());
        assertEquals(2, sketch.levels());
    }
}
