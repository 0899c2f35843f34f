package org.retrace.format.cot;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An equation as a chain of thought writes it ("13 - 9 = 4", "x=3"): its left side, its right
 * side and the whole as written.
 */
record Equation(String left, String right, String whole) {
    /** An expression ending where the '=' stands: operands joined by + - * / × ÷ ^. */
    private static final Pattern LEFT = Pattern.compile(
            "([\\p{L}\\p{N}_.()]+(?:\\s*[-+*/×÷^]\\s*[\\p{L}\\p{N}_.()]+)*)\\s*$");
    private static final Pattern RIGHT = Pattern.compile("\\s*([-\\p{L}\\p{N}_.()/]+)");
    /**
     * How far from its '=' an equation's sides may reach. The patterns are matched only inside
     * these windows, so a long token (a number of 200,000 digits) costs O(window²) per '=', not
     * O(token²): reading stays linear in the text.
     */
    private static final int LEFT_REACH = 80;
    private static final int RIGHT_REACH = 40;

    /** The equations of {@code text}, in order; costs O(text + equals signs x reach²). */
    static List<Equation> in(String text) {
        List<Equation> equations = new ArrayList<>();
        for (int equals = text.indexOf('='); equals >= 0; equals = text.indexOf('=', equals + 1)) {
            int leftFrom = Math.max(0, equals - LEFT_REACH);
            Matcher left = LEFT.matcher(text.substring(leftFrom, equals));
            Matcher right = RIGHT.matcher(text.substring(equals + 1, Math.min(text.length(), equals + 1 + RIGHT_REACH)));
            if (left.find() && right.lookingAt()) {
                int start = leftFrom + left.start(1);
                int end = equals + 1 + right.end(1);
                equations.add(new Equation(left.group(1), right.group(1), text.substring(start, end)));
            }
        }
        return equations;
    }
}
