package org.retrace.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retrace.format.TraceFiles;
import org.retrace.format.fixtures.Fixtures;
import org.retrace.generate.SyntheticSearch;
import org.retrace.model.Trace;

class BoundCurveTest {
    /** The knapsack sample's ten bound lines, read by hand: bounds from 87.86 down, incumbents 75, 76, 80. */
    @Test
    void followsTheKnapsackSamplesBoundsUntilTheyMeet() throws Exception {
        Trace knapsack = TraceFiles.load(Path.of("../samples/branch-and-bound-knapsack.jsonl")).first();

        BoundCurve curve = BoundCurve.of(knapsack);

        assertEquals(10, curve.events().size());
        assertEquals(List.of(87.86, 86.57, 85.86, 85.86, 83.86, 83.86, 83.0, 81.64, 81.64, 80.0), curve.bestBound());
        assertTrue(Double.isNaN(curve.incumbent().get(2)), "no solution yet");
        assertEquals(75.0, curve.incumbent().get(3));
        assertEquals(80.0, curve.incumbent().get(9));
        assertTrue(Double.isNaN(curve.gap(0)));
        assertEquals((83.86 - 75) / 75, curve.gap(4), 1e-12);
        assertEquals(0.0, curve.gap(9), "the search proved its incumbent optimal");
        assertEquals(-1, curve.pointAt(curve.events().get(0)), "before the first bound event is played");
        assertEquals(0, curve.pointAt(curve.events().get(0) + 1));
    }

    @Test
    void readsTheBoundsOfRealSolverLogs() throws Exception {
        Trace glpk = TraceFiles.load(Fixtures.fixture("solver/grumpy-p0201-glpk-bak.vbc")).first();
        Trace scip = TraceFiles.load(Fixtures.fixture("solver/scip10-mkp40-dispsols.bak")).first();

        for (Trace solver : List.of(glpk, scip)) {
            BoundCurve curve = BoundCurve.of(solver);
            assertTrue(!curve.isEmpty(), solver.info().name());
            int last = curve.events().size() - 1;
            assertTrue(!Double.isNaN(curve.incumbent().get(last)) || !Double.isNaN(curve.bestBound().get(last)),
                    solver.info().name());
        }
    }

    /** SYMPHONY's log starts with U at DBL_MAX (no incumbent yet), then U -475.00 and U -481.00; no L lines. */
    @Test
    void skipsSymphonysPlaceholderIncumbent() throws Exception {
        Trace symphony = TraceFiles.load(Fixtures.fixture("solver/symphony-mkp20-vbc-emulation1.vbc")).first();

        BoundCurve curve = BoundCurve.of(symphony);

        assertEquals(List.of(-475.0, -481.0), curve.incumbent());
        assertTrue(curve.bestBound().stream().allMatch(bound -> Double.isNaN(bound)));
    }

    /** The generated search minimises: each solution it records improves the incumbent. */
    @Test
    void followsTheGeneratedSearchsIncumbentDown() {
        BoundCurve curve = BoundCurve.of(SyntheticSearch.generate(2_000, 3));

        assertEquals(List.of(12.34, 11.5, 10.61, 9.48), curve.incumbent());
        assertEquals(List.of(1946, 4407, 4814, 5471), curve.events());
    }
}
