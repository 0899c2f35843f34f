package org.retrace.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A numeric column of a dataset in a few numbers: how many rows have a value, their mean, and
 * their quantiles (minimum, 10th percentile, median, 90th percentile, maximum). A yes/no field
 * counts as 1 and 0, so that its mean is the share of yes.
 *
 * @param column the column's name
 * @param count rows with a number in this column
 */
public record ColumnSummary(String column, int count, double mean, double min, double p10, double median,
        double p90, double max) {

    /**
     * The summaries of the numeric columns of {@code rows}, in the order of {@code columns}: a
     * column is numeric when every value it has is a number or a yes/no. Costs O(rows x columns
     * x log rows).
     */
    public static List<ColumnSummary> of(List<TraceRow> rows, List<String> columns) {
        List<ColumnSummary> summaries = new ArrayList<>();
        for (String column : columns) {
            double[] values = numbers(rows, column);
            if (values != null && values.length > 0) {
                summaries.add(of(column, values));
            }
        }
        return summaries;
    }

    /** The column's numbers, or null if some value of it is not a number. */
    private static double[] numbers(List<TraceRow> rows, String column) {
        double[] values = new double[rows.size()];
        int count = 0;
        for (TraceRow row : rows) {
            Object value = row.value(column);
            double number = DatasetColumns.number(value);
            if (!Double.isNaN(number)) {
                values[count++] = number;
            } else if (value != null) {
                return null;
            }
        }
        return Arrays.copyOf(values, count);
    }

    /** The summary of {@code values}, which it sorts. */
    static ColumnSummary of(String column, double[] values) {
        Arrays.sort(values);
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return new ColumnSummary(column, values.length, sum / values.length, values[0], quantile(values, 0.1),
                quantile(values, 0.5), quantile(values, 0.9), values[values.length - 1]);
    }

    /**
     * The {@code q} quantile of sorted {@code values}, interpolated between the two nearest ranks
     * (the usual definition of R's type 7 and NumPy's default).
     */
    static double quantile(double[] sorted, double q) {
        double rank = q * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
