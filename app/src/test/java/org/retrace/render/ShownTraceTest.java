package org.retrace.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;

class ShownTraceTest {
    /** root r with children a and b; a has child c. Events: r, a, c, b created, then a visit of b. */
    private static Trace tree() {
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("tree"));
        int r = builder.addNode("r", -1, "state", NodeStatus.EXPANDED, "r", null, 0);
        int a = builder.addNode("a", r, "state", NodeStatus.EXPANDED, "a", null, 1);
        builder.addNode("c", a, "state", NodeStatus.FAILED, "c", null, 2);
        int b = builder.addNode("b", r, "state", NodeStatus.OPEN, "b", null, 3);
        builder.visit(b, 4);
        return builder.build();
    }

    @Test
    void laysOutAgainOnlyWhenThePositionCreatesOrRemovesNodes() {
        Trace trace = tree();
        ShownTrace shown = ShownTrace.at(trace, 2, ViewStyle.standard());
        assertEquals(2, shown.scene().state().nodeCount());
        assertFalse(shown.layout().isShown(trace.findNode("c")));

        assertTrue(shown.showPosition(4), "c and b were created");
        assertTrue(shown.layout().isShown(trace.findNode("c")));
        assertFalse(shown.showPosition(5), "a visit creates no node");
        assertTrue(shown.showPosition(3), "b is gone again");
    }

    @Test
    void collapsingHidesTheSubtreeFromLayoutAndSceneAlike() {
        Trace trace = tree();
        ShownTrace shown = ShownTrace.at(trace, trace.timeline().size(), ViewStyle.standard());
        int a = trace.findNode("a");

        shown.toggleCollapsed(a);

        assertTrue(shown.scene().isCollapsed(a));
        assertFalse(shown.layout().isShown(trace.findNode("c")));
        BitSet roots = new BitSet();
        roots.set(a);
        assertEquals(roots, shown.collapsed());
        shown.setCollapsed(new BitSet());
        assertTrue(shown.layout().isShown(trace.findNode("c")));
    }

    @Test
    void dressingSetsTheSceneAndLaysOutOnlyWhenTheCollapsedSubtreesChange() {
        Trace trace = tree();
        ShownTrace shown = ShownTrace.at(trace, trace.timeline().size(), ViewStyle.standard());
        BitSet roots = new BitSet();
        roots.set(trace.findNode("a"));

        assertFalse(shown.dress(new ViewStyle(false, true, true, false, true, new BitSet())), "only colours changed");
        assertTrue(shown.scene().colourByValue());
        assertFalse(shown.scene().badges());
        assertTrue(shown.scene().edgeLabels());
        assertTrue(shown.dress(ViewStyle.standard().withCollapsed(roots)));
        assertFalse(shown.layout().isShown(trace.findNode("c")));
        assertEquals(roots, shown.style().collapsed());
    }

    @Test
    void knowsThePositionItShowsWhetherOrNotItLaidOutAgain() {
        Trace trace = tree();
        ShownTrace shown = ShownTrace.at(trace, trace.timeline().size(), ViewStyle.standard());

        shown.showPositionWithinLayout(1);

        assertEquals(1, shown.position());
        assertEquals(1, shown.scene().state().nodeCount());
        assertTrue(shown.layout().isShown(trace.findNode("b")), "the layout keeps the whole tree's room");
    }
}
