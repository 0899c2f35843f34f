package org.retrace.similar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.retrace.format.TraceFiles;
import org.retrace.format.fixtures.Fixtures;
import org.retrace.generate.SyntheticSearch;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;
import org.retrace.similar.SimilarSubtrees.Likeness;

class SimilarSubtreesTest {
    /**
     * r has five children:
     * a (x=1) with leaves y=1, y!=1; d (x=1) with leaves y!=1, y=1; e (x=1) with leaves y=1, y=2:
     * three cherries, of which a and d also agree on labels (children in another order);
     * b (z) with b1 (p) - b11 (q) and leaf b2 (s); c (z) with leaf c1 (s) and c2 (p) - c21 (q):
     * the same four-node shape and labels, children in another order.
     */
    private static Trace fiveBranches() {
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("shapes"));
        int r = node(builder, "r", -1, "r");
        int a = node(builder, "a", r, "x=1");
        node(builder, "a1", a, "y=1");
        node(builder, "a2", a, "y!=1");
        int b = node(builder, "b", r, "z");
        int b1 = node(builder, "b1", b, "p");
        node(builder, "b11", b1, "q");
        node(builder, "b2", b, "s");
        int c = node(builder, "c", r, "z");
        node(builder, "c1", c, "s");
        int c2 = node(builder, "c2", c, "p");
        node(builder, "c21", c2, "q");
        int d = node(builder, "d", r, "x=1");
        node(builder, "d1", d, "y!=1");
        node(builder, "d2", d, "y=1");
        int e = node(builder, "e", r, "x=1");
        node(builder, "e1", e, "y=1");
        node(builder, "e2", e, "y=2");
        return builder.build();
    }

    private static int node(TraceBuilder builder, String id, int parent, String label) {
        return builder.addNode(id, parent, "state", NodeStatus.EXPANDED, label, null, builder.nodeCount());
    }

    @Test
    void groupsSubtreesOfOneShapeWhateverTheirChildOrder() {
        Trace trace = fiveBranches();

        List<SubtreeGroup> groups = SimilarSubtrees.of(trace, Likeness.SHAPE).groups();

        assertEquals(List.of("3x3 [a, d, e]", "4x2 [b, c]", "2x2 [b1, c2]"), describe(trace, groups),
                "cherries hold 9 nodes, the four-node shape 8, the two-node chains 4");
        assertEquals(1, groups.get(0).height());
        assertEquals(2, groups.get(1).height());
    }

    @Test
    void givesTheNodesOfAGroupsOccurrences() {
        Trace trace = fiveBranches();
        SimilarSubtrees similar = SimilarSubtrees.of(trace, Likeness.SHAPE);

        assertEquals(List.of("b", "b1", "b11", "b2", "c", "c1", "c2", "c21"),
                ids(trace, similar.nodesOf(similar.groups().get(1))));
        assertEquals(List.of("c", "c1", "c2", "c21"), ids(trace, similar.nodesUnder(trace.findNode("c"))));
        assertEquals(List.of("d1"), ids(trace, similar.nodesUnder(trace.findNode("d1"))));
    }

    private static List<String> ids(Trace trace, java.util.BitSet nodes) {
        return nodes.stream().mapToObj(trace::id).collect(Collectors.toList());
    }

    @Test
    void withLabelsKeepsOnlySubtreesWhoseNodesAgreeToo() {
        Trace trace = fiveBranches();

        List<SubtreeGroup> groups = SimilarSubtrees.of(trace, Likeness.SHAPE_AND_LABELS).groups();

        assertEquals(List.of("4x2 [b, c]", "3x2 [a, d]", "2x2 [b1, c2]"), describe(trace, groups),
                "e's leaves are y=1 and y=2, not y=1 and y!=1");
    }

    @Test
    void outermostLeavesOutShapesThatOnlyOccurRightUnderALargerRepeat() {
        Trace trace = fiveBranches();

        List<SubtreeGroup> outermost = SimilarSubtrees.of(trace, Likeness.SHAPE).outermost();

        assertEquals(List.of("3x3 [a, d, e]", "4x2 [b, c]"), describe(trace, outermost),
                "the chains b1 and c2 sit right under b and c");
    }

    /**
     * A complete binary tree of height 10: at each height h from 1 to 9 the 2^(10-h) subtrees are
     * alike. Each height needs one full check, and none for the stars at height 1: the rest follow
     * from the matches above them.
     */
    @Test
    void nestedRepeatsAreConfirmedOncePerHeight() {
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("complete"));
        grow(builder, -1, 10);
        Trace trace = builder.build();

        SimilarSubtrees similar = SimilarSubtrees.of(trace, Likeness.SHAPE);

        assertEquals(9, similar.groups().size());
        SubtreeGroup top = similar.groups().get(0);
        assertEquals(List.of(1023, 9, 2), List.of(top.size(), top.height(), top.count()));
        SubtreeGroup stars = similar.groups().get(8);
        assertEquals(List.of(3, 1, 512), List.of(stars.size(), stars.height(), stars.count()));
        assertEquals(8, similar.checks(), "heights 2 to 9");
        assertEquals(List.of(top), similar.outermost());
    }

    private static void grow(TraceBuilder builder, int parent, int height) {
        int node = node(builder, "n" + builder.nodeCount(), parent, "n");
        if (height > 0) {
            grow(builder, node, height - 1);
            grow(builder, node, height - 1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"solver/scip-gcg-gap8_4.vbc", "solver/scip-gcg-p2050-1.vbc",
            "solver/grumpy-p0201-glpk-bak.vbc", "solver/symphony-mkp20-vbc-emulation1.vbc"})
    void findsExactlyTheRepeatedShapesOfASolversTree(String fixture) throws Exception {
        Trace trace = TraceFiles.load(Fixtures.fixture(fixture)).first();

        assertAgreesWithCanonicalForms(trace, Likeness.SHAPE);
        assertAgreesWithCanonicalForms(trace, Likeness.SHAPE_AND_LABELS);
    }

    @Test
    void findsExactlyTheRepeatedShapesOfTheGeneratedTree() {
        Trace trace = SyntheticSearch.generate(5000, 3);

        assertAgreesWithCanonicalForms(trace, Likeness.SHAPE);
        assertAgreesWithCanonicalForms(trace, Likeness.SHAPE_AND_LABELS);
    }

    /**
     * Checks the analysis against the textbook test: two rooted trees are alike exactly when their
     * canonical strings (children's strings sorted) are equal.
     */
    private static void assertAgreesWithCanonicalForms(Trace trace, Likeness likeness) {
        String[] canonical = new String[trace.nodeCount()];
        for (int node = trace.nodeCount() - 1; node >= 0; node--) {
            List<String> children = new ArrayList<>();
            for (int child : trace.children(node)) {
                children.add(canonical[child]);
            }
            children.sort(null);
            String label = String.valueOf(trace.label(node));
            String own = likeness == Likeness.SHAPE ? "" : label.length() + ":" + label;
            canonical[node] = "(" + own + String.join("", children) + ")";
        }
        Map<String, Set<Integer>> expected = new HashMap<>();
        for (int node = 0; node < trace.nodeCount(); node++) {
            if (trace.childCount(node) > 0) {
                expected.computeIfAbsent(canonical[node], form -> new TreeSet<>()).add(node);
            }
        }
        expected.values().removeIf(members -> members.size() < 2);

        List<SubtreeGroup> groups = SimilarSubtrees.of(trace, likeness).groups();

        Map<String, Set<Integer>> found = new HashMap<>();
        for (SubtreeGroup group : groups) {
            Set<Integer> members = new TreeSet<>();
            for (int root : group.roots()) {
                members.add(root);
                assertEquals(group.size(), trace.graph().subtree(root).vertexCount());
            }
            found.put(canonical[group.root(0)], members);
        }
        assertEquals(expected.size(), groups.size(), trace.info().name() + ": one group per repeated form");
        assertEquals(expected, found);
        for (int g = 1; g < groups.size(); g++) {
            assertTrue(groups.get(g - 1).weight() >= groups.get(g).weight(), "ranked by nodes held");
        }
        assertTrue(likeness != Likeness.SHAPE || groups.size() > 0, trace.info().name() + " repeats some shape");
    }

    private static List<String> describe(Trace trace, List<SubtreeGroup> groups) {
        return groups.stream().map(group -> group.size() + "x" + group.count() + " "
                + java.util.Arrays.stream(group.roots()).mapToObj(trace::id).collect(Collectors.toList()))
                .collect(Collectors.toList());
    }

    @Test
    void aGroupsWeightIsItsNodesTimesItsCount() {
        SubtreeGroup group = new SubtreeGroup(3, 1, new int[] {4, 9});
        assertArrayEquals(new int[] {4, 9}, group.roots());
        assertEquals(6, group.weight());
    }
}
