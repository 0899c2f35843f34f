package org.retrace.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows a dataset's filter field keeps: every word must hold. A word like {@code nodes>20},
 * {@code correct=true} or {@code model!=synthetic-a} compares a column (numbers as numbers,
 * anything else as text, ignoring case); any other word must appear in some cell. An empty
 * filter keeps every row.
 */
public final class RowFilter implements Predicate<TraceRow> {
    private static final Pattern COMPARISON = Pattern.compile("^([^<>=!]+?)(>=|<=|!=|=|>|<)(.*)$");

    private final List<Predicate<TraceRow>> conditions;
    private final List<String> columns;

    private RowFilter(List<Predicate<TraceRow>> conditions, List<String> columns) {
        this.conditions = conditions;
        this.columns = columns;
    }

    /** The filter {@code text} says, over a table of {@code columns}. */
    public static RowFilter parse(String text, List<String> columns) {
        List<Predicate<TraceRow>> conditions = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            Matcher comparison = COMPARISON.matcher(word);
            if (comparison.matches()) {
                conditions.add(compare(comparison.group(1), comparison.group(2), comparison.group(3)));
            } else {
                String wanted = word.toLowerCase(Locale.ROOT);
                conditions.add(row -> containsWord(row, columns, wanted));
            }
        }
        return new RowFilter(conditions, List.copyOf(columns));
    }

    @Override
    public boolean test(TraceRow row) {
        for (Predicate<TraceRow> condition : conditions) {
            if (!condition.test(row)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the filter keeps every row. */
    public boolean keepsAll() {
        return conditions.isEmpty();
    }

    /** The columns the filter was made for. */
    public List<String> columns() {
        return columns;
    }

    private static boolean containsWord(TraceRow row, List<String> columns, String wanted) {
        for (String column : columns) {
            Object value = row.value(column);
            if (value != null && value.toString().toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static Predicate<TraceRow> compare(String column, String operator, String wanted) {
        double number = parseNumber(wanted);
        return row -> {
            Object value = row.value(column);
            if (value == null) {
                return false;
            }
            double cell = DatasetColumns.number(value);
            int order = !Double.isNaN(cell) && !Double.isNaN(number) ? Double.compare(cell, number)
                    : value.toString().compareToIgnoreCase(wanted);
            return switch (operator) {
                case "=" -> order == 0;
                case "!=" -> order != 0;
                case ">" -> order > 0;
                case ">=" -> order >= 0;
                case "<" -> order < 0;
                default -> order <= 0;
            };
        };
    }

    private static double parseNumber(String text) {
        if (text.equalsIgnoreCase("true")) {
            return 1;
        }
        if (text.equalsIgnoreCase("false")) {
            return 0;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException notANumber) {
            return Double.NaN;
        }
    }
}
