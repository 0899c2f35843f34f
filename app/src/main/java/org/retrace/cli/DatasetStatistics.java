package org.retrace.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.retrace.dataset.ColumnSummary;
import org.retrace.dataset.DatasetColumns;
import org.retrace.dataset.DatasetReading;
import org.retrace.dataset.DatasetWriter;
import org.retrace.dataset.TraceRow;
import org.retrace.format.LoadFailures;
import org.retrace.format.LoadProgress;
import org.retrace.format.TraceReader;
import org.retrace.io.AtomicFiles;
import picocli.CommandLine;

/**
 * {@code stats --per-trace} and {@code stats --summary}: a dataset (a file of many records, or a
 * folder of files) as a row per trace, and its numeric columns in a few numbers. Rows stream:
 * JSON Lines are written as each trace is read; CSV and the summary keep the rows, never the traces.
 */
final class DatasetStatistics {
    private final CommandLine commandLine;
    private final List<TraceReader> readers;

    DatasetStatistics(CommandLine commandLine, List<TraceReader> readers) {
        this.commandLine = commandLine;
        this.readers = readers;
    }

    /** Writes the rows of {@code input}: to {@code output} (CSV or JSON Lines) or, for null, to standard output. */
    int perTrace(Path input, Path output) {
        DatasetWriter.Form form = output == null ? DatasetWriter.Form.JSON_LINES : formOf(output);
        PrintWriter out = commandLine.getOut();
        if (output == null) {
            report(read(input, row -> out.println(line(row))), null);
            return 0;
        }
        DatasetReading.Result[] result = new DatasetReading.Result[1];
        try {
            AtomicFiles.write(output, stream -> {
                if (form == DatasetWriter.Form.CSV) {
                    List<TraceRow> rows = new ArrayList<>();
                    DatasetColumns columns = new DatasetColumns();
                    result[0] = read(input, row -> {
                        rows.add(row);
                        columns.add(row);
                    });
                    DatasetWriter.csv(rows, columns.names(), stream);
                } else {
                    result[0] = read(input, row -> write(stream, line(row) + "\n"));
                }
            });
        } catch (IOException unwritable) {
            throw new UserError("cannot write " + output + ": " + unwritable.getMessage());
        }
        report(result[0], output);
        return 0;
    }

    /** Prints, per numeric column of {@code input}'s rows, its count, mean and quantiles; as one JSON line with {@code json}. */
    int summary(Path input, boolean json) {
        List<TraceRow> rows = new ArrayList<>();
        DatasetColumns columns = new DatasetColumns();
        DatasetReading.Result result = read(input, row -> {
            rows.add(row);
            columns.add(row);
        });
        List<ColumnSummary> summaries = ColumnSummary.of(rows, columns.names());
        PrintWriter out = commandLine.getOut();
        if (json) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("rows", result.rows());
            fields.put("files", result.files());
            fields.put("columns", summaries);
            out.println(Json.line(fields));
        } else {
            out.printf(Locale.ROOT, "%,d rows from %,d file%s%n", result.rows(), result.files(),
                    result.files() == 1 ? "" : "s");
            int width = Math.max(6, summaries.stream().mapToInt(each -> each.column().length()).max().orElse(0));
            out.printf(Locale.ROOT, "%-" + width + "s %8s %10s %10s %10s %10s %10s %10s%n", "column", "rows", "mean",
                    "min", "p10", "median", "p90", "max");
            for (ColumnSummary column : summaries) {
                out.printf(Locale.ROOT, "%-" + width + "s %8d %10s %10s %10s %10s %10s %10s%n", column.column(),
                        column.count(), DatasetColumns.compact(column.mean()), DatasetColumns.compact(column.min()), DatasetColumns.compact(column.p10()),
                        DatasetColumns.compact(column.median()), DatasetColumns.compact(column.p90()), DatasetColumns.compact(column.max()));
            }
        }
        report(result, null);
        return 0;
    }

    private DatasetReading.Result read(Path input, Consumer<TraceRow> rows) {
        try {
            return DatasetReading.read(input, readers, LoadProgress.NONE, rows);
        } catch (UncheckedIOException unwritable) {
            throw new UserError("cannot write the rows: " + unwritable.getCause().getMessage());
        } catch (IOException failure) {
            throw new UserError(LoadFailures.describe(input, failure));
        }
    }

    /** Says which files of a folder could not be read, and where the rows went. */
    private void report(DatasetReading.Result result, Path output) {
        result.problems().forEach(problem -> commandLine.getErr().println("warning: " + problem));
        if (output != null) {
            commandLine.getOut().printf(Locale.ROOT, "wrote %s: %,d rows from %,d file%s%n", output, result.rows(),
                    result.files(), result.files() == 1 ? "" : "s");
        }
    }

    private DatasetWriter.Form formOf(Path output) {
        DatasetWriter.Form form = DatasetWriter.Form.of(output.getFileName().toString());
        if (form == null) {
            throw new CommandLine.ParameterException(commandLine, "-o must name a .csv or a .jsonl file, found "
                    + output);
        }
        return form;
    }

    private static String line(TraceRow row) {
        try {
            return DatasetWriter.jsonLine(row);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    private static void write(OutputStream stream, String text) {
        try {
            stream.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }
}
