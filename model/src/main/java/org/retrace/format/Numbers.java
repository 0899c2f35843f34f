package org.retrace.format;

import java.util.regex.Pattern;

/** Reading numbers that text logs write. */
public final class Numbers {
    /** Plain decimal numbers, as the logs write them; Java alone would also take "NaN", "1d" and hex. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private Numbers() {
    }

    /** The finite number {@code text} writes, or NaN when it writes none. */
    public static double parseFinite(String text) {
        String trimmed = text.strip();
        if (!DECIMAL.matcher(trimmed).matches()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(trimmed);
        return Double.isFinite(value) ? value : Double.NaN;
    }
}
