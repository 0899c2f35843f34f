package org.retrace.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A numeric column's values counted into bins of equal width: as many bins as the values have
 * distinct whole numbers when they are few whole numbers (backtracks 0, 1, 2, ...), else Sturges'
 * number of bins, at most {@value #MOST_BINS}.
 *
 * @param labels each bin's label: its number, or its range "from–to"
 * @param counts the values in each bin
 */
public record Histogram(List<String> labels, List<Integer> counts) {
    private static final int MOST_BINS = 30;

    public Histogram {
        labels = List.copyOf(labels);
        counts = List.copyOf(counts);
    }

    /** The histogram of {@code values} (NaN left out); costs O(values). */
    public static Histogram of(double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        if (finite.length == 0) {
            return new Histogram(List.of(), List.of());
        }
        double min = Arrays.stream(finite).min().orElseThrow();
        double max = Arrays.stream(finite).max().orElseThrow();
        boolean whole = Arrays.stream(finite).allMatch(value -> value == Math.rint(value));
        if (whole && max - min < MOST_BINS) {
            int bins = (int) (max - min) + 1;
            int[] counts = new int[bins];
            for (double value : finite) {
                counts[(int) (value - min)]++;
            }
            List<String> labels = new ArrayList<>();
            for (int bin = 0; bin < bins; bin++) {
                labels.add(Long.toString((long) min + bin));
            }
            return new Histogram(labels, Arrays.stream(counts).boxed().toList());
        }
        int bins = Math.min(MOST_BINS, (int) Math.ceil(Math.log(finite.length) / Math.log(2)) + 1);
        double width = max > min ? (max - min) / bins : 1;
        int[] counts = new int[bins];
        for (double value : finite) {
            counts[Math.min(bins - 1, (int) ((value - min) / width))]++;
        }
        List<String> labels = new ArrayList<>();
        for (int bin = 0; bin < bins; bin++) {
            labels.add(String.format(Locale.ROOT, "%s\u2013%s", DatasetColumns.compact(min + bin * width), DatasetColumns.compact(min + (bin + 1) * width)));
        }
        return new Histogram(labels, Arrays.stream(counts).boxed().toList());
    }
}
