package org.retrace.format.vbc;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.retrace.format.Numbers;

/**
 * A node's VBC info text. The file escapes it with literal {@code \i} (start of an item),
 * {@code \n} (new line) and {@code \t} (tab); SCIP writes items such as
 * {@code \inode:\t5 (0x55..)\idepth:\t2\nvar:\tx [0,1] <= 0.000000\nbound:\t1117.8\nnr:\t2}.
 */
final class VbcInfo {
    private VbcInfo() {
    }

    /** The text as a person reads it: one item per line, tabs as spaces. */
    static String render(String escaped) {
        String text = escaped.replace("\\i", "\n").replace("\\n", "\n").replace("\\t", " ");
        return text.strip();
    }

    /** The "key: value" items of a rendered text, in order. */
    static Map<String, String> fields(String rendered) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : rendered.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        return fields;
    }

    /**
     * A short label from SCIP's branching item: {@code t_x#3#48 [-0,1] <= 0.000000} becomes
     * {@code t_x#3#48 <= 0}; null when the node has no branching variable.
     */
    static String branchingLabel(String variable) {
        if (variable == null || variable.isEmpty() || variable.equals("-")) {
            return null;
        }
        String[] parts = variable.split(" ");
        if (parts.length >= 3) {
            String name = parts[0];
            String relation = parts[parts.length - 2];
            String value = parts[parts.length - 1];
            double number = Numbers.parseFinite(value);
            String shown = Double.isNaN(number) ? value : BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
            return name + " " + relation + " " + shown;
        }
        return variable;
    }
}
