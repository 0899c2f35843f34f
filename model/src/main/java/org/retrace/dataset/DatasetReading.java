package org.retrace.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.retrace.format.LoadCancelledException;
import org.retrace.format.LoadProgress;
import org.retrace.format.StreamedTraces;
import org.retrace.format.TraceFiles;
import org.retrace.format.TraceReader;

/**
 * Reads a dataset into rows: a file of many records (a JSON Lines file of chains of thought, a
 * ToT log of many tasks, a Stream of Search training set), or a folder of trace files. Traces are
 * turned into rows one at a time and let go, so that rows of a file of 100,000 chains of thought
 * appear as they are read and the file is never held whole. In a folder, a file that cannot be
 * read is reported and skipped, and the others still give their rows.
 */
public final class DatasetReading {
    /**
     * What a reading found besides its rows.
     *
     * @param files the files read, or tried
     * @param rows the rows handed over
     * @param problems for each file of a folder that could not be read, its name and why
     */
    public record Result(int files, int rows, List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private DatasetReading() {
    }

    /**
     * Hands a row per trace of {@code fileOrFolder} to {@code rows}, in file order and, within a
     * folder, by file name (hidden files and subfolders left out). A single file that cannot be read
     * fails with its reason and position, as opening it would; {@code progress} sees the bytes read
     * of all files together and can cancel. Costs one trace's memory at a time for chains of
     * thought, one file's for other formats.
     */
    public static Result read(Path fileOrFolder, List<TraceReader> preferred, LoadProgress progress,
            Consumer<TraceRow> rows) throws IOException {
        int[] count = {0};
        Consumer<TraceRow> counted = row -> {
            count[0]++;
            rows.accept(row);
        };
        if (!Files.isDirectory(fileOrFolder)) {
            readFile(fileOrFolder, preferred, progress, counted);
            stopIfCancelled(fileOrFolder, progress);
            return new Result(1, count[0], List.of());
        }
        List<Path> files = filesOf(fileOrFolder);
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        List<String> problems = new ArrayList<>();
        long done = 0;
        for (Path file : files) {
            int before = count[0];
            try {
                readFile(file, preferred, within(progress, done, total), counted);
            } catch (LoadCancelledException cancelled) {
                throw cancelled;
            } catch (IOException unreadable) {
                // The rows read before the failure stay, and the problem says where it stopped.
                problems.add(file.getFileName() + ": " + unreadable.getMessage()
                        + (count[0] > before ? " (kept: " + rowsText(count[0] - before) + " read before it)" : ""));
            }
            done += Files.size(file);
            stopIfCancelled(fileOrFolder, progress);
        }
        return new Result(files.size(), count[0], problems);
    }

    private static String rowsText(int rows) {
        return rows == 1 ? "1 row" : rows + " rows";
    }

    private static void stopIfCancelled(Path read, LoadProgress progress) throws LoadCancelledException {
        if (progress.isCancelled()) {
            throw new LoadCancelledException(read.toString());
        }
    }

    private static StreamedTraces readFile(Path file, List<TraceReader> preferred, LoadProgress progress,
            Consumer<TraceRow> rows) throws IOException {
        String source = file.getFileName().toString();
        return TraceFiles.readEach(file, progress, preferred,
                (trace, format) -> rows.accept(TraceRow.of(trace, source, format)));
    }

    private static List<Path> filesOf(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    /** A file's progress as part of a folder's: {@code before} bytes of {@code total} were read before it. */
    private static LoadProgress within(LoadProgress folder, long before, long total) {
        return new LoadProgress() {
            @Override
            public void bytesRead(long read, long fileTotal) {
                folder.bytesRead(before + read, total);
            }

            @Override
            public boolean isCancelled() {
                return folder.isCancelled();
            }
        };
    }
}
