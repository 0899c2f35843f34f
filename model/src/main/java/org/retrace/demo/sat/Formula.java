package org.retrace.demo.sat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A formula in conjunctive normal form: variables 1..n, clauses of non-zero literals (-v for not v).
 */
public record Formula(int variables, List<int[]> clauses) {
    public Formula {
        if (variables < 1) {
            throw new IllegalArgumentException("a formula needs at least one variable, found " + variables);
        }
        for (int[] clause : clauses) {
            for (int literal : clause) {
                if (literal == 0 || Math.abs(literal) > variables) {
                    throw new IllegalArgumentException("literal " + literal + " is not one of the " + variables
                            + " variables");
                }
            }
        }
        clauses = List.copyOf(clauses);
    }

    /**
     * A random 3-SAT formula near the satisfiability threshold ({@code round(4.26 n)} clauses of three
     * distinct variables with random signs), where CDCL meets conflicts worth watching.
     */
    public static Formula random3Sat(int variables, long seed) {
        if (variables < 3) {
            throw new IllegalArgumentException("3-SAT needs at least 3 variables, found " + variables);
        }
        Random random = new Random(seed);
        List<int[]> clauses = new ArrayList<>();
        int count = (int) Math.round(4.26 * variables);
        for (int c = 0; c < count; c++) {
            int[] clause = new int[3];
            for (int i = 0; i < 3; i++) {
                int variable;
                boolean repeated;
                do {
                    variable = 1 + random.nextInt(variables);
                    repeated = false;
                    for (int j = 0; j < i; j++) {
                        repeated |= Math.abs(clause[j]) == variable;
                    }
                } while (repeated);
                clause[i] = random.nextBoolean() ? variable : -variable;
            }
            clauses.add(clause);
        }
        return new Formula(variables, clauses);
    }

    /** True when every clause has a literal true under {@code values} (values[v] for variable v). */
    public boolean satisfiedBy(boolean[] values) {
        for (int[] clause : clauses) {
            boolean satisfied = false;
            for (int literal : clause) {
                satisfied |= values[Math.abs(literal)] == literal > 0;
            }
            if (!satisfied) {
                return false;
            }
        }
        return true;
    }

    /** A literal as the narration writes it: x3 or ¬x3. */
    public static String literal(int literal) {
        return (literal < 0 ? "\u00acx" : "x") + Math.abs(literal);
    }

    /** A clause as the narration writes it: (x1 ∨ ¬x4). */
    public static String clause(int[] clause) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < clause.length; i++) {
            text.append(i == 0 ? "" : " \u2228 ").append(literal(clause[i]));
        }
        return text.append(')').toString();
    }
}
