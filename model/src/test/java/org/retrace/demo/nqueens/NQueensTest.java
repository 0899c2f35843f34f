package org.retrace.demo.nqueens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.retrace.demo.DemoRecorder;
import org.retrace.demo.DemoSettings;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.stats.TraceStatistics;

class NQueensTest {
    /**
     * Known counts: solutions of n-Queens (OEIS A000170) and the boards with a queen on each of the
     * first rows and no two attacking, plus the empty board, which is what the search visits
     * (for 8: 1 + 8 + 42 + 140 + 344 + 568 + 550 + 312 + 92).
     */
    @ParameterizedTest
    @CsvSource({"4, 2, 17", "5, 10, 54", "6, 4, 153", "8, 92, 2057"})
    void findsEverySolutionAndVisitsEverySafeBoard(int n, int solutions, int boards) {
        Trace trace = new NQueens().run(new DemoSettings(n, 1, 20_000, ""));
        assertEquals(boards, trace.nodeCount());
        assertEquals(solutions, TraceStatistics.count(trace, NodeStatus.SOLUTION));
        for (int node = 0; node < trace.nodeCount(); node++) {
            if (trace.status(node) == NodeStatus.SOLUTION) {
                assertNoQueenAttacks(columns(trace, node), n);
            }
        }
    }

    @Test
    void saysWhichRowHasNoSafeSquareWhenABoardFails() {
        Trace trace = new NQueens().run(new DemoSettings(4, 1, 1000, ""));
        // Queens on (row 1, column 1) and (row 2, column 3) leave row 3 no safe square.
        int node = trace.findNode("2");
        assertEquals(List.of(0, 2), columns(trace, node));
        assertEquals(NodeStatus.FAILED, trace.status(node));
        boolean said = false;
        for (int event = 0; event < trace.timeline().size(); event++) {
            if (trace.timeline().node(event) == node && trace.timeline().newStatus(event) == NodeStatus.FAILED) {
                assertEquals("Row 3 has no safe square: back to row 2, try the next column.",
                        trace.timeline().attributes(event).get(DemoRecorder.NARRATION));
                said = true;
            }
        }
        assertTrue(said);
    }

    @Test
    void stopsAtTheNodeLimitAndSaysSo() {
        Trace trace = new NQueens().run(new DemoSettings(12, 1, 500, ""));
        assertEquals(500, trace.nodeCount());
        String last = trace.timeline().note(trace.timeline().size() - 1);
        assertTrue(last.startsWith("The node limit is reached"), last);
    }

    private static List<Integer> columns(Trace trace, int node) {
        return ((List<?>) trace.attributes(node).get(DemoRecorder.STATE)).stream()
                .map(column -> ((Number) column).intValue()).toList();
    }

    private static void assertNoQueenAttacks(List<Integer> columns, int n) {
        assertEquals(n, columns.size());
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                assertTrue(!columns.get(a).equals(columns.get(b))
                        && Math.abs(columns.get(a) - columns.get(b)) != b - a, columns.toString());
            }
        }
    }
}
