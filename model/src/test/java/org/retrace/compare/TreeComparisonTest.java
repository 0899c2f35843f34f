package org.retrace.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.retrace.compare.TreeComparison.Matching;
import org.retrace.demo.DemoSettings;
import org.retrace.demo.VariantComparison;
import org.retrace.demo.sudoku.Sudoku;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;

class TreeComparisonTest {
    /** Two runs of one solver: both fail x1 = 0; under x1 = 1 the first tries x2 = 0 then x2 = 1, the second x2 = 1 then x3 = 0 and x4 = 1. */
    private static Trace run(String name, boolean second) {
        TraceBuilder builder = new TraceBuilder(TraceInfo.named(name));
        int root = builder.addNode("r", -1, "state", NodeStatus.EXPANDED, "root", null, 0);
        builder.addNode("a", root, "state", NodeStatus.FAILED, "x1 = 0", null, 1);
        int one = builder.addNode("b", root, "state", NodeStatus.EXPANDED, "x1 = 1", null, 2);
        if (!second) {
            builder.addNode("c", one, "state", NodeStatus.SOLUTION, "x2 = 0", null, 3);
            builder.addNode("d", one, "state", NodeStatus.FAILED, "x2 = 1", null, 4);
        } else {
            builder.addNode("c", one, "state", NodeStatus.FAILED, "x2 = 1", null, 3);
            int three = builder.addNode("d", one, "state", NodeStatus.EXPANDED, "x3 = 0", null, 4);
            builder.addNode("e", three, "state", NodeStatus.SOLUTION, "x4 = 1", null, 5);
        }
        return builder.build();
    }

    @Test
    void byLabelPathTheRunsShareFourNodesAndPartUnderXOneEqualsOne() {
        Trace first = run("first", false);
        Trace second = run("second", true);

        TreeComparison comparison = TreeComparison.of(first, second, Matching.LABEL_PATH);

        assertEquals(4, comparison.common(), "root, x1 = 0, x1 = 1, x2 = 1");
        assertEquals(1, comparison.onlyInA(), "x2 = 0");
        assertEquals(2, comparison.onlyInB(), "x3 = 0 and x4 = 1");
        assertEquals("x2 = 0", first.label(comparison.firstOnlyInA()));
        assertEquals("x3 = 0", second.label(comparison.firstOnlyInB()));
        assertEquals("x1 = 1", first.label(comparison.partsAtInA()));
        assertEquals(second.findNode("c"), comparison.partnerInB(first.findNode("d")), "x2 = 1 with x2 = 1");
    }

    @Test
    void byBranchPositionTheKthChildMatchesTheKthChild() {
        TreeComparison comparison = TreeComparison.of(run("first", false), run("second", true),
                Matching.BRANCH_POSITION);

        assertEquals(5, comparison.common(), "x2 = 0 with x2 = 1, x2 = 1 with x3 = 0");
        assertEquals(0, comparison.onlyInA());
        assertEquals(1, comparison.onlyInB(), "x4 = 1, under the second child of x1 = 1");
        assertEquals(-1, comparison.firstOnlyInA());
        assertEquals("x2 = 1", comparison.a().label(comparison.partsAtInA()), "the first run's second child there");
    }

    @Test
    void theMergedTreeHasTheSharedPartOnceAndAMarkPerRunWhereTheyPart() {
        TreeComparison comparison = TreeComparison.of(run("first", false), run("second", true), Matching.LABEL_PATH);

        Trace merged = MergedTrace.of(comparison);

        assertEquals("first vs second", merged.info().name());
        assertEquals(6, merged.nodeCount(), "4 shared and 2 marks");
        int onlyA = merged.findNode("only A under b");
        int onlyB = merged.findNode("only B under b");
        assertEquals("only A: 1 node \u27131", merged.label(onlyA));
        assertEquals("only B: 2 nodes \u27131", merged.label(onlyB));
        assertEquals(NodeStatus.SOLUTION, merged.status(onlyB));
        assertEquals(merged.findNode("b"), merged.parent(onlyA));
        assertEquals(2.0, merged.metric(onlyB, "nodes"));
        assertEquals(MergedTrace.SHARED, merged.kind(merged.findNode("d")));
        assertEquals("", merged.text(merged.findNode("d")), "both runs fail x2 = 1: nothing to note");
        Trace byPosition = MergedTrace.of(TreeComparison.of(comparison.a(), comparison.b(), Matching.BRANCH_POSITION));
        assertEquals("A: solution, B: failed", byPosition.text(byPosition.findNode("c")),
                "x2 = 0 and x2 = 1 share a place but not an outcome");
    }

    @Test
    void aSudokusTwoVariantsShareTheirRootAndEveryNodeIsEitherSharedOrOneRunsOwn() {
        List<Trace> variants = VariantComparison.run(new Sudoku(), new Sudoku().description().defaults());
        Trace dfs = variants.get(0);
        Trace sampling = variants.get(1);

        TreeComparison same = TreeComparison.of(dfs, dfs, Matching.LABEL_PATH);
        TreeComparison different = TreeComparison.of(dfs, sampling, Matching.LABEL_PATH);

        assertEquals(dfs.nodeCount(), same.common());
        assertEquals(-1, same.partsAtInA());
        assertEquals(0, different.partnerInB(0));
        assertEquals(dfs.nodeCount(), different.common() + different.onlyInA());
        assertEquals(sampling.nodeCount(), different.common() + different.onlyInB());
        assertTrue(different.onlyInA() + different.onlyInB() > 0, "the variants search differently");
        for (int node = 0; node < dfs.nodeCount(); node++) {
            int partner = different.partnerInB(node);
            assertTrue(partner < 0 || different.partnerInA(partner) == node, "pairs go both ways: " + node);
        }
        Trace merged = MergedTrace.of(different);
        assertEquals(different.common(), (int) IntStream.range(0, merged.nodeCount())
                .filter(node -> merged.kind(node).equals(MergedTrace.SHARED)).count());
    }

    @Test
    void refusesToMatchWithoutBeingToldHow() {
        Trace first = run("first", false);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> TreeComparison.of(first, first, null));
        assertTrue(refused.getMessage().contains("by branch position or by label path"), refused.getMessage());
    }

    @Test
    void aSolutionCurveRisesAtEachNewSolutionAgainstTheNodesCreatedSoFar() {
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("two solutions"));
        int root = builder.addNode("r", -1, "state", NodeStatus.EXPANDED, "root", null, 0);
        int first = builder.addNode("a", root, "state", NodeStatus.OPEN, "a", null, 1);
        builder.solution(first, 2);
        builder.addNode("b", root, "state", NodeStatus.FAILED, "b", null, 3);
        builder.addNode("c", root, "state", NodeStatus.SOLUTION, "c", null, 4);
        builder.solution(first, 5);

        SolutionCurve curve = SolutionCurve.of(builder.build());

        assertEquals(List.of(0, 2, 4, 4), curve.nodes(), "the start, a at 2 nodes, c created solved at 4, the end");
        assertEquals(List.of(0, 1, 2, 2), curve.solutions(), "a solved twice counts once");
    }
}
