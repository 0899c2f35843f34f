package org.retrace.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.retrace.generate.SyntheticSearch;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;

class TidyTreeLayoutTest {
    private static final BitSet NONE = new BitSet();

    @Test
    void spacesLeavesOneApartAndCentresTheirParent() {
        Trace trace = tree("r", "a r", "b r", "c r");

        TreeLayout layout = layOut(trace, NONE);

        assertEquals(0.0, layout.x(0));
        assertEquals(-1.0, layout.x(1));
        assertEquals(0.0, layout.x(2));
        assertEquals(1.0, layout.x(3));
    }

    @Test
    void keepsCousinsTwoApartAsD3Does() {
        // r -> a, b; a -> c, d; b -> e. d3.tree().nodeSize([1, 1]) gives the same numbers.
        Trace trace = tree("r", "a r", "b r", "c a", "d a", "e b");

        TreeLayout layout = layOut(trace, NONE);

        assertEquals(0.0, layout.x(0));
        assertEquals(-1.25, layout.x(1));
        assertEquals(1.25, layout.x(2));
        assertEquals(-1.75, layout.x(3));
        assertEquals(-0.75, layout.x(4));
        assertEquals(1.25, layout.x(5));
        assertEquals(-1.75, layout.minX());
        assertEquals(1.25, layout.maxX());
    }

    @Test
    void spreadsTheSubtreesInBetweenWhenADeepRightSubtreePushes() {
        // r -> a, b, c; a and c have two children each, b is a leaf: c is pushed right by a's
        // subtree (cousins a2 and c1 two apart) and b moves to the middle.
        Trace trace = tree("r", "a r", "b r", "c r", "a1 a", "a2 a", "c1 c", "c2 c");

        TreeLayout layout = layOut(trace, NONE);

        assertEquals(-1.5, layout.x(1));
        assertEquals(0.0, layout.x(2));
        assertEquals(1.5, layout.x(3));
        assertEquals(-2.0, layout.x(4));
        assertEquals(-1.0, layout.x(5));
        assertEquals(1.0, layout.x(6));
        assertEquals(2.0, layout.x(7));
    }

    @Test
    void laysOutAPathOfAHundredThousandNodesWithoutRecursion() {
        String[] edges = new String[100_000];
        edges[0] = "0";
        for (int i = 1; i < edges.length; i++) {
            edges[i] = i + " " + (i - 1);
        }
        Trace path = tree(edges);

        TreeLayout layout = layOut(path, NONE);

        assertEquals(100_000, layout.shownCount());
        assertEquals(0.0, layout.x(99_999));
        assertEquals(100_000, layout.depthCount());
    }

    @Test
    void laysOutACollapsedNodeAsALeafAndHidesItsSubtree() {
        Trace trace = tree("r", "a r", "b r", "c a", "d a", "e b");
        BitSet collapsed = new BitSet();
        collapsed.set(1);

        TreeLayout layout = layOut(trace, collapsed);

        assertEquals(-0.5, layout.x(1));
        assertEquals(0.5, layout.x(2));
        assertFalse(layout.isShown(3));
        assertFalse(layout.isShown(4));
        assertEquals(0.5, layout.x(5));
        assertEquals(4, layout.shownCount());
    }

    @Test
    void laysOutOnlyTheNodesCreatedSoFar() {
        Trace trace = tree("r", "a r", "b r", "c a");

        TidyTreeLayout tidy = new TidyTreeLayout();
        TreeLayout layout = new TreeLayout();
        tidy.layout(trace, 2, NONE, layout);

        assertEquals(2, layout.shownCount());
        assertEquals(0.0, layout.x(1));
        assertFalse(layout.isShown(2));
    }

    @Test
    void laysOutNothingBeforeTheFirstNodeIsCreated() {
        Trace trace = tree("r", "a r");

        TreeLayout layout = new TreeLayout();
        new TidyTreeLayout().layout(trace, 0, NONE, layout);

        assertEquals(0, layout.shownCount());
        assertEquals(0, layout.depthCount());
        assertFalse(layout.isShown(0));
    }

    @Test
    void findsTheNodesOfADepthFromTheLeftByBinarySearch() {
        Trace trace = tree("r", "a r", "b r", "c a", "d a", "e b");
        TreeLayout layout = layOut(trace, NONE);

        assertEquals(3, layout.levelSize(2));
        assertEquals(3, layout.levelNode(2, 0));
        assertEquals(5, layout.levelNode(2, 2));
        assertEquals(1, layout.firstAtOrRightOf(2, -1.0));
        assertEquals(2, layout.firstAtOrRightOf(2, 0.0));
        assertEquals(3, layout.firstAtOrRightOf(2, 5.0));
    }

    @Property(tries = 30)
    void neverOverlapsAndCentresEveryParent(@ForAll @IntRange(min = 1, max = 4000) int nodes,
            @ForAll @IntRange(min = 0, max = 500) int seed) {
        Trace trace = SyntheticSearch.generate(nodes, seed);
        TreeLayout layout = layOut(trace, NONE);

        assertEquals(nodes, layout.shownCount());
        for (int depth = 0; depth < layout.depthCount(); depth++) {
            for (int k = 1; k < layout.levelSize(depth); k++) {
                double gap = layout.x(layout.levelNode(depth, k)) - layout.x(layout.levelNode(depth, k - 1));
                assertTrue(gap >= 1 - 1e-9, "gap " + gap + " at depth " + depth);
            }
        }
        for (int node = 0; node < nodes; node++) {
            int[] children = trace.children(node);
            if (children.length > 0) {
                double middle = (layout.x(children[0]) + layout.x(children[children.length - 1])) / 2;
                assertEquals(middle, layout.x(node), 1e-9, "node " + node);
            }
        }
    }

    @Property(tries = 40)
    void updatingAsTheReplayMovesGivesTheSameLayoutAsLayingOutAfresh(
            @ForAll @IntRange(min = 1, max = 1500) int nodes, @ForAll @IntRange(min = 0, max = 500) int seed,
            @ForAll("positions") List<Integer> fractions) {
        Trace trace = SyntheticSearch.generate(nodes, seed);
        TidyTreeLayout incremental = new TidyTreeLayout();
        TreeLayout updated = new TreeLayout();
        TidyTreeLayout fresh = new TidyTreeLayout();
        TreeLayout expected = new TreeLayout();
        incremental.layout(trace, 1, NONE, updated);
        for (int step = 0; step < fractions.size(); step++) {
            int count = Math.max(1, (int) ((long) fractions.get(step) * nodes / 1000));
            incremental.update(trace, count, NONE, updated);
            fresh.layout(trace, count, NONE, expected);
            assertEquals(expected.shownCount(), updated.shownCount());
            for (int node = 0; node < count; node++) {
                assertEquals(expected.x(node), updated.x(node), 1e-9, "node " + node + " of " + count + ", step " + step);
            }
            for (int depth = 0; depth < expected.depthCount(); depth++) {
                assertEquals(expected.levelSize(depth), updated.levelSize(depth));
            }
        }
    }

    @Provide
    Arbitrary<List<Integer>> positions() {
        Arbitrary<Integer> bigJump = Arbitraries.integers().between(0, 1000);
        return bigJump.list().ofMinSize(1).ofMaxSize(25).map(list -> {
            List<Integer> steps = new ArrayList<>();
            for (int target : list) {
                steps.add(target);
                steps.add(Math.min(1000, target + 1));
                steps.add(Math.min(1000, target + 3));
            }
            return steps;
        });
    }

    @Test
    void updatesOneNodeAtATimeLikeAReplay() {
        Trace trace = SyntheticSearch.generate(3000, 9);
        TidyTreeLayout incremental = new TidyTreeLayout();
        TreeLayout updated = new TreeLayout();
        TreeLayout expected = new TreeLayout();
        incremental.layout(trace, 1, NONE, updated);
        for (int count = 2; count <= trace.nodeCount(); count++) {
            incremental.update(trace, count, NONE, updated);
        }
        for (int count = trace.nodeCount() - 1; count >= 1500; count--) {
            incremental.update(trace, count, NONE, updated);
        }
        new TidyTreeLayout().layout(trace, 1500, NONE, expected);
        for (int node = 0; node < 1500; node++) {
            assertEquals(expected.x(node), updated.x(node), 1e-9, "node " + node);
        }
    }

    private static TreeLayout layOut(Trace trace, BitSet collapsed) {
        TreeLayout layout = new TreeLayout();
        new TidyTreeLayout().layout(trace, trace.nodeCount(), collapsed, layout);
        return layout;
    }

    /** A trace from "id parentId" pairs, the first being the root's id alone. */
    private static Trace tree(String... edges) {
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("layout"));
        for (String edge : edges) {
            String[] parts = edge.split(" ");
            int parent = parts.length == 1 ? -1 : builder.findNode(parts[1]);
            builder.addNode(parts[0], parent, null, NodeStatus.OPEN, null, null, Double.NaN);
        }
        return builder.build();
    }
}
