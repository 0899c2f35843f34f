package org.retrace.demo.countdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Countdown's moves and heuristics as Stream of Search defines them (kanishkg/stream-of-search,
 * {@code countdown_utils.py}), so the demo's text is what its generators write: for a pair
 * (a, b), a+b and a*b, then the difference and, when it divides, the quotient, larger first.
 */
final class CountdownRules {
    /** One way to combine two numbers: the result and how it is written, e.g. {@code 8*3=24}. */
    record Move(int result, String written) {
    }

    /** A state's numbers after combining positions i and j into a move's result. */
    record Child(List<Integer> numbers, String operation, double heuristic) {
    }

    private CountdownRules() {
    }

    static List<Move> combine(int a, int b) {
        List<Move> moves = new ArrayList<>(4);
        moves.add(new Move(a + b, a + "+" + b + "=" + (a + b)));
        moves.add(new Move(a * b, a + "*" + b + "=" + (a * b)));
        if (a <= b) {
            moves.add(new Move(b - a, b + "-" + a + "=" + (b - a)));
            if (a != 0 && b % a == 0) {
                moves.add(new Move(b / a, b + "/" + a + "=" + (b / a)));
            }
        } else {
            moves.add(new Move(a - b, a + "-" + b + "=" + (a - b)));
            if (b != 0 && a % b == 0) {
                moves.add(new Move(a / b, a + "/" + b + "=" + (a / b)));
            }
        }
        return moves;
    }

    /** Every child of {@code numbers}, pair by pair in index order, the result appended last. */
    static List<Child> children(List<Integer> numbers, int target, Heuristic heuristic) {
        List<Child> children = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            for (int j = i + 1; j < numbers.size(); j++) {
                for (Move move : combine(numbers.get(i), numbers.get(j))) {
                    List<Integer> next = new ArrayList<>(numbers.size() - 1);
                    for (int k = 0; k < numbers.size(); k++) {
                        if (k != i && k != j) {
                            next.add(numbers.get(k));
                        }
                    }
                    next.add(move.result());
                    children.add(new Child(List.copyOf(next), move.written(), heuristic.score(next, target)));
                }
            }
        }
        return children;
    }

    /** A list as Python prints it: {@code [8, 2, 3]}. */
    static String python(List<?> values) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            text.append(i == 0 ? "" : ", ");
            Object value = values.get(i);
            text.append(value instanceof String ? "'" + value + "'" : value);
        }
        return text.append(']').toString();
    }
}
