package org.retrace.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.retrace.dataset.DatasetColumns;
import org.retrace.dataset.DatasetReading;
import org.retrace.dataset.TraceRow;
import org.retrace.export.ChartFigure;
import org.retrace.format.LoadFailures;
import org.retrace.format.LoadProgress;
import org.retrace.format.TraceReader;
import picocli.CommandLine;

/**
 * {@code render --view dataset --chart COLUMN[,COLUMN2[,COLOUR]]}: a dataset's chart for a paper, a
 * histogram of one column or a scatter of two, from a file of many records or a folder of files.
 */
final class DatasetChart {
    private DatasetChart() {
    }

    /** Draws the chart of {@code input}'s rows into {@code output}; returns what it wrote. */
    static String render(CommandLine commandLine, Path input, List<TraceReader> readers, String chart, Path output,
            int width, int height, double scale) throws Exception {
        if (chart == null) {
            throw new CommandLine.ParameterException(commandLine, "--view dataset needs --chart COLUMN (a histogram) "
                    + "or --chart X,Y[,COLOUR] (a scatter)");
        }
        List<String> wanted = Arrays.stream(chart.split(",")).map(String::strip).toList();
        ChartFigure.Request request;
        try {
            request = new ChartFigure.Request(wanted, width, height, scale);
        } catch (IllegalArgumentException refused) {
            throw new CommandLine.ParameterException(commandLine, refused.getMessage());
        }
        List<TraceRow> rows = new ArrayList<>();
        DatasetColumns columns = new DatasetColumns();
        DatasetReading.Result read;
        try {
            read = DatasetReading.read(input, readers, LoadProgress.NONE, row -> {
                rows.add(row);
                columns.add(row);
            });
        } catch (IOException failure) {
            throw new UserError(LoadFailures.describe(input, failure));
        }
        read.problems().forEach(problem -> commandLine.getErr().println("warning: " + problem));
        for (String column : wanted) {
            if (!columns.names().contains(column)) {
                throw new CommandLine.ParameterException(commandLine, "--chart: no column '" + column
                        + "'; the dataset has " + columns.names());
            }
        }
        String picture = PictureFile.write(commandLine, output, rows, request);
        return "a " + picture + " chart of " + String.join(" against ", wanted) + " over " + rows.size() + " traces";
    }
}
