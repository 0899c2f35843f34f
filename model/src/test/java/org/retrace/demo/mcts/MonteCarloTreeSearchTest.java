package org.retrace.demo.mcts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.retrace.demo.DemoRecorder;
import org.retrace.demo.DemoSettings;
import org.retrace.model.Trace;
import org.retrace.model.TraceState;

class MonteCarloTreeSearchTest {
    /**
     * Every iteration adds one visit to each node on its path and starts one rollout: at the node it
     * just expanded, or at a finished game it selected. So the root's visits are the iterations and
     * the sum of its children's, and any other node's visits are its children's plus the rollouts
     * it started: exactly one when it has children (it was expanded once, then left).
     */
    @ParameterizedTest
    @CsvSource({"60, 1, tictactoe", "200, 2, tictactoe", "500, 3, tictactoe", "300, 4, connect4"})
    void visitCountsAddUpAlongEveryPath(int iterations, long seed, String game) {
        Trace trace = new MonteCarloTreeSearch().run(new DemoSettings(iterations, seed, 20_000, game));
        TraceState end = trace.stateAt(trace.timeline().size());
        assertEquals(iterations, (int) end.metric(0, "visits"));
        for (int node = 0; node < trace.nodeCount(); node++) {
            int children = 0;
            for (int child : trace.children(node)) {
                children += (int) end.metric(child, "visits");
            }
            int visits = (int) end.metric(node, "visits");
            if (node == 0) {
                assertEquals(visits, children, "the root");
            } else if (trace.childCount(node) > 0) {
                assertEquals(visits, children + 1, "node " + node);
            } else {
                assertTrue(visits >= 1, "leaf " + node + " was visited " + visits + " times");
            }
            double value = end.metric(node, "value");
            assertTrue(node == 0 || value >= 0 && value <= 1, "node " + node + " has value " + value);
        }
    }

    /** A Connect Four board has 42 squares; each move's piece lies on the lowest empty square of its column. */
    @Test
    void dropsConnectFourPiecesToTheBottomOfTheirColumn() {
        Trace trace = new MonteCarloTreeSearch().run(new DemoSettings(100, 5, 20_000, "connect4"));
        assertEquals("connect-four", trace.info().attributes().get("game"));
        for (int node = 1; node < trace.nodeCount(); node++) {
            String board = (String) trace.attributes(node).get(DemoRecorder.STATE);
            assertEquals(42, board.length());
            int square = ((Number) trace.attributes(node).get("square")).intValue();
            assertTrue(board.charAt(square) != '.', "node " + node + " has a piece on its square");
            assertTrue(square / 7 == 5 || board.charAt(square + 7) != '.', "the piece of node " + node + " rests on "
                    + "the floor or on another piece");
        }
    }

    @ParameterizedTest
    @CsvSource({"2000, 1"})
    void avoidsLosingFirstMovesGivenEnoughIterations(int iterations, long seed) {
        Trace trace = new MonteCarloTreeSearch().run(new DemoSettings(iterations, seed, 20_000, ""));
        String last = trace.timeline().note(trace.timeline().size() - 1);
        assertTrue(last.contains("X on r2c2") || last.contains("X on r1c1") || last.contains("X on r1c3")
                || last.contains("X on r3c1") || last.contains("X on r3c3"), last);
    }
}
