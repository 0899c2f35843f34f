package org.retrace.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The points of a scatter of two columns, in groups by a third, each group a colour: one group per
 * value of a yes/no or text column (the {@value #MOST_GROUPS} commonest, the rest as "other"), or
 * per quarter of a numeric column with many values. Rows without both numbers are left out.
 */
public final class ScatterGroups {
    /** The most groups a chart tells apart by colour. */
    public static final int MOST_GROUPS = 8;

    /**
     * A group of points.
     *
     * @param name what its rows share, e.g. "correct: true" or "nodes: 12–25"
     * @param x the points' x values
     * @param y the points' y values, as many
     * @param rows the points' rows in the list given, as many
     */
    public record Group(String name, double[] x, double[] y, int[] rows) {
    }

    private ScatterGroups() {
    }

    /** The groups of {@code rows} plotted as {@code x} against {@code y}, coloured by {@code colour} (null: one group). */
    public static List<Group> of(List<TraceRow> rows, String x, String y, String colour) {
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        List<String> names = groupNames(rows, colour);
        for (int row = 0; row < rows.size(); row++) {
            double px = DatasetColumns.number(rows.get(row).value(x));
            double py = DatasetColumns.number(rows.get(row).value(y));
            if (!Double.isNaN(px) && !Double.isNaN(py)) {
                members.computeIfAbsent(names.get(row), name -> new ArrayList<>()).add(row);
            }
        }
        List<Group> groups = new ArrayList<>();
        members.forEach((name, indices) -> {
            double[] xs = new double[indices.size()];
            double[] ys = new double[indices.size()];
            int[] at = new int[indices.size()];
            for (int i = 0; i < indices.size(); i++) {
                at[i] = indices.get(i);
                xs[i] = DatasetColumns.number(rows.get(at[i]).value(x));
                ys[i] = DatasetColumns.number(rows.get(at[i]).value(y));
            }
            groups.add(new Group(name, xs, ys, at));
        });
        groups.sort(Comparator.comparing(Group::name));
        return groups;
    }

    /** Each row's group name. */
    private static List<String> groupNames(List<TraceRow> rows, String colour) {
        List<String> names = new ArrayList<>(rows.size());
        if (colour == null) {
            rows.forEach(row -> names.add("all"));
            return names;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (TraceRow row : rows) {
            counts.merge(String.valueOf(row.value(colour)), 1, Integer::sum);
        }
        double[] numbers = rows.stream().mapToDouble(row -> DatasetColumns.number(row.value(colour)))
                .filter(value -> !Double.isNaN(value)).sorted().toArray();
        boolean quarters = counts.size() > MOST_GROUPS && numbers.length == rows.size();
        List<String> commonest = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(MOST_GROUPS - 1L)
                .map(Map.Entry::getKey).toList();
        for (TraceRow row : rows) {
            Object value = row.value(colour);
            if (quarters) {
                names.add(colour + ": " + quarter(numbers, DatasetColumns.number(value)));
            } else if (counts.size() <= MOST_GROUPS || commonest.contains(String.valueOf(value))) {
                names.add(colour + ": " + Objects.toString(value, "none"));
            } else {
                names.add(colour + ": other");
            }
        }
        return names;
    }

    /** The quarter of sorted {@code numbers} that {@code value} falls in, named by its range. */
    private static String quarter(double[] numbers, double value) {
        double[] bounds = new double[5];
        for (int q = 0; q <= 4; q++) {
            bounds[q] = ColumnSummary.quantile(numbers, q / 4.0);
        }
        int quarter = 1;
        while (quarter < 4 && value > bounds[quarter]) {
            quarter++;
        }
        return String.format(Locale.ROOT, "q%d %s\u2013%s", quarter, DatasetColumns.compact(bounds[quarter - 1]),
                DatasetColumns.compact(bounds[quarter]));
    }
}
