package org.retrace.demo.sat;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads DIMACS CNF: comment lines starting with {@code c}, a header {@code p cnf VARIABLES CLAUSES},
 * then clauses as literals ending in 0 (a clause may span lines). A {@code %} line ends the formula,
 * as in the SATLIB benchmark files.
 */
public final class Dimacs {
    /** The most variables a demo formula may have: the state panel shows every one. */
    public static final int MAX_VARIABLES = 200;

    private Dimacs() {
    }

    /** The formula in {@code text}; {@code source} names the file in error messages. */
    public static Formula parse(String text, String source) {
        int variables = -1;
        int declared = -1;
        List<int[]> clauses = new ArrayList<>();
        List<Integer> clause = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].strip();
            if (line.isEmpty() || line.startsWith("c")) {
                continue;
            }
            if (line.startsWith("%")) {
                break;
            }
            String where = source + ":" + number + ": ";
            if (line.startsWith("p")) {
                String[] header = line.split("\\s+");
                if (variables >= 0 || header.length != 4 || !header[1].equals("cnf")) {
                    throw new IllegalArgumentException(where + (variables >= 0 ? "a second header"
                            : "expected 'p cnf VARIABLES CLAUSES', found '" + line + "'"));
                }
                variables = number(header[2], where, "the variable count");
                declared = number(header[3], where, "the clause count");
                if (variables < 1 || variables > MAX_VARIABLES) {
                    throw new IllegalArgumentException(where + "a demo formula has 1 to " + MAX_VARIABLES
                            + " variables, found " + variables);
                }
                continue;
            }
            if (variables < 0) {
                throw new IllegalArgumentException(where + "expected the header 'p cnf VARIABLES CLAUSES' before "
                        + "the clauses, found '" + line + "'");
            }
            for (String word : line.split("\\s+")) {
                int literal = number(word, where, "a literal");
                if (literal == 0) {
                    clauses.add(clause.stream().mapToInt(Integer::intValue).toArray());
                    clause.clear();
                } else if (Math.abs(literal) > variables) {
                    throw new IllegalArgumentException(where + "literal " + literal + " names a variable beyond the "
                            + variables + " the header declares");
                } else {
                    clause.add(literal);
                }
            }
        }
        if (variables < 0) {
            throw new IllegalArgumentException(source + ": no 'p cnf VARIABLES CLAUSES' header");
        }
        if (!clause.isEmpty()) {
            throw new IllegalArgumentException(source + ": the last clause does not end in 0");
        }
        if (clauses.size() != declared) {
            throw new IllegalArgumentException(source + ": the header declares " + declared + " clauses, found "
                    + clauses.size());
        }
        return new Formula(variables, clauses);
    }

    private static int number(String word, String where, String what) {
        try {
            return Integer.parseInt(word);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(where + "expected " + what + ", found '" + word + "'");
        }
    }
}
