package org.retrace.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.retrace.bench.Measurements;
import org.retrace.dataset.DatasetColumns;
import org.retrace.dataset.DatasetReading;
import org.retrace.dataset.TraceRow;
import org.retrace.format.LoadProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code retrace bench dataset FILE|DIR}: the time to read a dataset into its table of rows, as the
 * Dataset tab and {@code stats --per-trace} do, and the heap it took at most and keeps.
 */
@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = "Time to read FILE (a file of many records, or a folder) into a row per trace, the heap "
                + "used at most while reading, and the heap the rows keep.")
final class BenchDatasetCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE|DIR", description = "A dataset, e.g. from 'retrace generate --chains-of-thought'.")
    private Path input;

    @Option(names = "--runs", defaultValue = "1", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        double[] seconds = new double[runs];
        List<TraceRow> rows = new ArrayList<>();
        DatasetColumns columns = new DatasetColumns();
        long before = Measurements.settledHeapBytes();
        long peak = 0;
        for (int run = 0; run < runs; run++) {
            rows.clear();
            resetPeaks();
            long start = System.nanoTime();
            DatasetReading.read(input, List.of(), LoadProgress.NONE, row -> {
                rows.add(row);
                columns.add(row);
            });
            seconds[run] = (System.nanoTime() - start) / 1e9;
            peak = Math.max(peak, peakHeapBytes());
        }
        long kept = Measurements.settledHeapBytes() - before;
        Arrays.sort(seconds);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rows", rows.size());
        result.put("columns", columns.names().size());
        result.put("bytes", Files.isDirectory(input) ? null : Files.size(input));
        result.put("median_s", Measurements.round(Measurements.median(seconds), 2));
        result.put("max_s", Measurements.round(seconds[seconds.length - 1], 2));
        result.put("peak_heap_mb", Measurements.round(peak / 1048576.0, 1));
        result.put("rows_heap_mb", Measurements.round(kept / 1048576.0, 1));
        result.put("max_heap_mb", Measurements.round(Runtime.getRuntime().maxMemory() / 1048576.0, 0));
        result.put("cores", Runtime.getRuntime().availableProcessors());
        spec.commandLine().getOut().println(Json.line(result));
        Reference.reachabilityFence(rows);
        return 0;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The heap's pools at their fullest since the last reset, summed: at least the heap's own peak. */
    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
