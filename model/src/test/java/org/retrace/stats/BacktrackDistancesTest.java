package org.retrace.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.retrace.format.fixtures.Fixtures;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;

class BacktrackDistancesTest {
    /**
     * r - a - b - c, and r - d - e: the search goes down to c, backtracks to a (2 levels), visits d
     * (a jump from a across to r's other child: 1 level up to r), goes down to e, and backtracks to r (2).
     */
    @Test
    void countsTheLevelsEachJumpClimbsToTheCommonAncestor() {
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("jumps"));
        int r = builder.addNode("r", -1, "state", NodeStatus.EXPANDED, "r", null, 0);
        builder.visit(r, 0);
        int a = builder.addNode("a", r, "state", NodeStatus.EXPANDED, "a", null, 1);
        builder.visit(a, 1);
        int b = builder.addNode("b", a, "state", NodeStatus.EXPANDED, "b", null, 2);
        builder.visit(b, 2);
        int c = builder.addNode("c", b, "state", NodeStatus.FAILED, "c", null, 3);
        builder.visit(c, 3);
        builder.moveCursorTo(a, 4);
        int d = builder.addNode("d", r, "state", NodeStatus.EXPANDED, "d", null, 5);
        builder.visit(d, 5);
        int e = builder.addNode("e", d, "state", NodeStatus.FAILED, "e", null, 6);
        builder.visit(e, 6);
        builder.moveCursorTo(r, 7);

        assertEquals(Map.of(2, 2, 1, 1), BacktrackDistances.of(builder.build()));
    }

    /** A solver's node selection jumps across the tree; every jump climbs at least one level. */
    @ParameterizedTest
    @ValueSource(strings = {"solver/scip-gcg-gap8_4.vbc", "solver/grumpy-p0201-glpk-bak.vbc",
            "solver/symphony-mkp20-vbc-emulation1.vbc", "generated"})
    void aSolversJumpsAllClimb(String fixture) throws Exception {
        Trace solver = Fixtures.solverOrGenerated(fixture, 20_000);

        Map<Integer, Integer> jumps = BacktrackDistances.of(solver);

        assertEquals(0, jumps.keySet().stream().filter(levels -> levels < 1).count());
        int total = jumps.values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(solver.timeline().backtrackCount(), total - jumps.getOrDefault(0, 0) - visitJumps(solver),
                "each backtrack is one jump, the rest are visits across the tree");
        assertTrue(total > 0, fixture);
    }

    private static int visitJumps(Trace trace) {
        int jumps = 0;
        int cursor = -1;
        for (int event = 0; event < trace.timeline().size(); event++) {
            switch (trace.timeline().type(event)) {
                case VISIT -> {
                    int to = trace.timeline().node(event);
                    if (cursor >= 0 && cursor != to && trace.parent(to) != cursor && !trace.isAncestor(cursor, to)) {
                        jumps++;
                    }
                    cursor = to;
                }
                case BACKTRACK -> cursor = trace.timeline().node(event);
                default -> {
                }
            }
        }
        return jumps;
    }
}
