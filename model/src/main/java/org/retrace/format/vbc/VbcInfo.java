package org.retrace.format.vbc;

import java.math.BigDecimal;
import org.retrace.format.Numbers;

/**
 * A node's VBC info text. The file escapes it with literal {@code \i} (start of an item),
 * {@code \n} (new line) and {@code \t} (tab); SCIP writes items such as
 * {@code \inode:\t5 (0x55..)\idepth:\t2\nvar:\tx [0,1] <= 0.000000\nbound:\t1117.8\nnr:\t2}.
 * Parsed in one pass per line, since a large log has a million of them.
 */
final class VbcInfo {
    private VbcInfo() {
    }

    /** The text as a person reads it: one item per line, tabs as spaces. */
    static String render(String escaped) {
        StringBuilder text = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                char escape = escaped.charAt(i + 1);
                if (escape == 'i' || escape == 'n') {
                    text.append('\n');
                    i++;
                    continue;
                }
                if (escape == 't') {
                    text.append(' ');
                    i++;
                    continue;
                }
            }
            text.append(c);
        }
        return text.toString().strip();
    }

    /** The number after {@code bound:\t} in an escaped info text, or NaN; without rendering the text. */
    static double bound(String escaped) {
        int start = escaped.indexOf("bound:\\t");
        if (start < 0) {
            return Double.NaN;
        }
        start += "bound:\\t".length();
        int end = escaped.indexOf('\\', start);
        return Numbers.parseFinite(escaped.substring(start, end < 0 ? escaped.length() : end));
    }

    /** The value of item {@code key} in a rendered text ({@code key: value} on a line of its own), or null. */
    static String item(String rendered, String key) {
        int at = rendered.startsWith(key + ":") ? 0 : rendered.indexOf("\n" + key + ":");
        if (at < 0) {
            return null;
        }
        int start = rendered.indexOf(':', at) + 1;
        int end = rendered.indexOf('\n', start);
        return rendered.substring(start, end < 0 ? rendered.length() : end).strip();
    }

    /**
     * A short label from SCIP's branching item: {@code t_x#3#48 [-0,1] <= 0.000000} becomes
     * {@code t_x#3#48 <= 0}; null when the node has no branching variable.
     */
    static String branchingLabel(String variable) {
        if (variable == null || variable.isEmpty() || variable.equals("-")) {
            return null;
        }
        int lastSpace = variable.lastIndexOf(' ');
        int relationSpace = lastSpace < 0 ? -1 : variable.lastIndexOf(' ', lastSpace - 1);
        int firstSpace = variable.indexOf(' ');
        if (relationSpace <= 0 || firstSpace < 0) {
            return variable;
        }
        String value = variable.substring(lastSpace + 1);
        double number = Numbers.parseFinite(value);
        String shown = Double.isNaN(number) ? value : BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        return variable.substring(0, firstSpace) + " " + variable.substring(relationSpace + 1, lastSpace) + " " + shown;
    }
}
