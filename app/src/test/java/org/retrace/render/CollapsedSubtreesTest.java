package org.retrace.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.retrace.export.Figure;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class CollapsedSubtreesTest {
    @Start
    void start(Stage stage) {
        stage.show();
    }

    /** r; a under r with four children (one solution, two failed, one open); b under r. */
    private static Trace tree() {
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("collapse"));
        int r = builder.addNode("r", -1, "state", NodeStatus.EXPANDED, "r", null, 0);
        int a = builder.addNode("a", r, "state", NodeStatus.EXPANDED, "a", null, 1);
        builder.addNode("a1", a, "state", NodeStatus.FAILED, "a1", null, 2);
        builder.addNode("a2", a, "state", NodeStatus.FAILED, "a2", null, 3);
        int a3 = builder.addNode("a3", a, "state", NodeStatus.OPEN, "a3", null, 4);
        builder.solution(a3, 5);
        builder.addNode("a4", a, "state", NodeStatus.OPEN, "a4", null, 6);
        builder.addNode("b", r, "state", NodeStatus.OPEN, "b", null, 7);
        return builder.build();
    }

    @Test
    void countsWhatACollapsedSubtreeHidesAtTheShownPosition() {
        Trace trace = tree();
        int a = trace.findNode("a");
        BitSet roots = new BitSet();
        roots.set(a);
        ShownTrace shown = ShownTrace.at(trace, trace.timeline().size(), ViewStyle.standard().withCollapsed(roots));

        assertEquals(new TreeScene.Hidden(4, 1, 2), shown.scene().hidden(a));
        shown.showPosition(4);
        assertEquals(new TreeScene.Hidden(2, 0, 2), shown.scene().hidden(a), "a3's solution and a4 come later");
    }

    @Test
    void drawsTheTriangleGreenWithItsCountsWhenItHoldsASolution() {
        Trace trace = tree();
        BitSet roots = new BitSet();
        roots.set(trace.findNode("a"));
        ShownTrace shown = ShownTrace.at(trace, trace.timeline().size(), ViewStyle.standard().withCollapsed(roots));
        Viewport viewport = new Viewport();
        viewport.fit(shown.layout().minX(), shown.layout().maxX(), shown.layout().depthCount(), 400, 400);

        String svg = Figure.treeSvg(shown.scene(), viewport, 400, 400, Theme.standard(), false);

        assertTrue(svg.contains(">4 \u27131 \u27172</text>"), svg);
        assertTrue(svg.contains("<polygon"), svg);
    }
}
