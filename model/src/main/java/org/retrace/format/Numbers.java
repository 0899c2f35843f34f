package org.retrace.format;

/** Reading numbers that text logs write. */
public final class Numbers {
    private Numbers() {
    }

    /**
     * The finite number {@code text} writes as a plain decimal ({@code -12}, {@code 3.5},
     * {@code .5}, {@code 1e-3}), or NaN when it writes none. Java's parser alone would also take
     * "NaN", "Infinity", "1d" and hex; checking by hand rather than by regular expression keeps
     * this cheap enough for a million log lines.
     */
    public static double parseFinite(String text) {
        String trimmed = text.strip();
        if (!isDecimal(trimmed)) {
            return Double.NaN;
        }
        double value = Double.parseDouble(trimmed);
        return Double.isFinite(value) ? value : Double.NaN;
    }

    private static boolean isDecimal(String text) {
        int i = 0;
        int length = text.length();
        if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        while (i < length && Character.isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < length && text.charAt(i) == '.') {
            i++;
            while (i < length && Character.isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < length && Character.isDigit(text.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == length;
    }
}
