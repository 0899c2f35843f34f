package org.retrace.demo.sat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retrace.demo.DemoRecorder;
import org.retrace.demo.DemoSettings;
import org.retrace.model.EventType;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;

class CdclTest {
    private static final DemoSettings SETTINGS = new DemoSettings(10, 1, 20_000, "");

    @Test
    void agreesWithBruteForceAndLearnsOnlyClausesTheFormulaImplies() {
        int satisfiable = 0;
        int learnedChecked = 0;
        for (int variables = 3; variables <= 12; variables++) {
            for (long seed = 1; seed <= 12; seed++) {
                Formula formula = Formula.random3Sat(variables, seed);
                Trace trace = new Cdcl().run(SETTINGS, formula, "test");
                List<boolean[]> models = models(formula);
                String where = variables + " variables, seed " + seed;
                int solution = solution(trace);
                assertEquals(!models.isEmpty(), solution >= 0, where);
                if (solution >= 0) {
                    satisfiable++;
                    assertTrue(formula.satisfiedBy(values(trace, solution, variables)), where);
                }
                for (int[] learned : learnedClauses(trace)) {
                    for (boolean[] model : models) {
                        assertTrue(new Formula(variables, List.of(learned)).satisfiedBy(model),
                                where + ": " + Formula.clause(learned) + " is not implied");
                    }
                    learnedChecked++;
                }
            }
        }
        assertTrue(satisfiable > 20 && satisfiable < 120, satisfiable + " of 120 satisfiable");
        assertTrue(learnedChecked > 50, learnedChecked + " learned clauses checked");
    }

    @Test
    void backjumpsOverLevelsTheConflictDidNotDependOn() {
        boolean skipped = false;
        for (long seed = 1; seed <= 20 && !skipped; seed++) {
            Trace trace = new Cdcl().run(SETTINGS, Formula.random3Sat(20, seed), "test");
            for (int event = 0; event < trace.timeline().size(); event++) {
                if (trace.timeline().type(event) == EventType.BACKTRACK) {
                    int from = trace.timeline().backtrackOrigin(event);
                    String said = (String) trace.timeline().attributes(event).get(DemoRecorder.NARRATION);
                    skipped |= said.contains("skipping") && trace.depth(from) - trace.depth(trace.timeline().node(event)) > 1;
                }
            }
        }
        assertTrue(skipped, "no backjump over two or more levels in 20 formulas of 20 variables");
    }

    @Test
    void readsDimacsAndSaysWhereAFileIsWrong() {
        Formula formula = Dimacs.parse("""
                c a tiny formula
                p cnf 3 2
                1 -3 0
                2 3
                -1 0
                """, "tiny.cnf");
        assertEquals(3, formula.variables());
        assertEquals(List.of("(x1 \u2228 \u00acx3)", "(x2 \u2228 x3 \u2228 \u00acx1)"),
                formula.clauses().stream().map(Formula::clause).toList());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Dimacs.parse("p cnf 2 1\n1 x 0\n", "bad.cnf"));
        assertEquals("bad.cnf:2: expected a literal, found 'x'", refused.getMessage());
        refused = assertThrows(IllegalArgumentException.class, () -> Dimacs.parse("p cnf 2 1\n1 3 0\n", "big.cnf"));
        assertEquals("big.cnf:2: literal 3 names a variable beyond the 2 the header declares", refused.getMessage());
    }

    @Test
    void findsAnUnsatisfiableFormulaUnsatisfiable() {
        Formula formula = Dimacs.parse("p cnf 2 4\n1 2 0\n-1 2 0\n1 -2 0\n-1 -2 0\n", "unsat.cnf");
        Trace trace = new Cdcl().run(SETTINGS, formula, "test");
        assertEquals(-1, solution(trace));
        assertEquals("The conflict needs no decision at all: the formula is unsatisfiable.",
                trace.timeline().note(trace.timeline().size() - 1));
    }

    private static List<boolean[]> models(Formula formula) {
        List<boolean[]> models = new ArrayList<>();
        int n = formula.variables();
        for (int bits = 0; bits < 1 << n; bits++) {
            boolean[] values = new boolean[n + 1];
            for (int v = 1; v <= n; v++) {
                values[v] = (bits & (1 << (v - 1))) != 0;
            }
            if (formula.satisfiedBy(values)) {
                models.add(values);
            }
        }
        return models;
    }

    private static int solution(Trace trace) {
        for (int node = 0; node < trace.nodeCount(); node++) {
            if (trace.status(node) == NodeStatus.SOLUTION) {
                return node;
            }
        }
        return -1;
    }

    private static boolean[] values(Trace trace, int node, int variables) {
        boolean[] values = new boolean[variables + 1];
        java.util.Map<?, ?> state = (java.util.Map<?, ?>) trace.attributes(node).get(DemoRecorder.STATE);
        for (Object literal : (List<?>) state.get("assignment")) {
            int value = ((Number) literal).intValue();
            values[Math.abs(value)] = value > 0;
        }
        return values;
    }

    private static List<int[]> learnedClauses(Trace trace) {
        List<int[]> learned = new ArrayList<>();
        for (int node = 0; node < trace.nodeCount(); node++) {
            Object clause = trace.attributes(node).get("learned");
            if (clause != null) {
                learned.add(((List<?>) clause).stream().mapToInt(literal -> ((Number) literal).intValue()).toArray());
            }
        }
        return learned;
    }
}
