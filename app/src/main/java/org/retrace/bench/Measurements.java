package org.retrace.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;

/**
 * Timing and heap measurement for the {@code bench} commands. These are whole-operation
 * measurements (load a file, seek the timeline), repeated after warm-up, reported as medians;
 * JMH is the tool for micro-benchmarks, which these are not.
 */
public final class Measurements {
    /** Something to time; it returns a value so that the JIT cannot drop the work. */
    @FunctionalInterface
    public interface Task {
        Object run() throws Exception;
    }

    private Measurements() {
    }

    /** Runs {@code task} {@code warmup} times unmeasured, then {@code runs} times; the sorted times in ms. */
    public static double[] millis(Task task, int warmup, int runs) throws Exception {
        if (runs < 1 || warmup < 0) {
            throw new IllegalArgumentException("need runs >= 1 and warmup >= 0, found runs=" + runs + " warmup=" + warmup);
        }
        for (int i = 0; i < warmup; i++) {
            consume(task.run());
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            consume(task.run());
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times;
    }

    /** The median of sorted values. */
    public static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The value below which {@code fraction} of the sorted values lie. */
    public static double percentile(double[] sorted, double fraction) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
    }

    /** Heap in use after garbage collection has settled, in bytes. */
    public static long settledHeapBytes() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(50);
            long used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(previous - used) < 64 * 1024) {
                return used;
            }
            previous = used;
        }
        return previous;
    }

    /** Rounds to {@code decimals} decimals for reports. */
    public static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    private static volatile Object sink;

    private static void consume(Object value) {
        sink = value;
    }
}
