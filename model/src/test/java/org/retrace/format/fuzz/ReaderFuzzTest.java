package org.retrace.format.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.TraceFiles;
import org.retrace.format.TraceFormatException;

/**
 * Every reader against hostile variants ({@link Mutations}) of every bundled sample and real
 * fixture, grouped by the format that reads the original. Each variant must load or be refused
 * with a {@link TraceFormatException} (a file, line and column, and why): no other exception may
 * escape, no variant may take more than 10 s, and none may make the heap's peak grow by more than
 * 1 GB.
 */
class ReaderFuzzTest {
    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Path FIXTURES = Path.of("..", "..", "shared", "fixtures");
    /** Small inputs of our own for the formats no sample or fixture is in: DOT, GraphML, CSV, one JSON document. */
    private static final Path SEEDS = Path.of("src", "test", "resources", "org", "retrace", "format", "fuzz");
    private static final Duration PER_INPUT = Duration.ofSeconds(10);
    private static final long HEAP_PER_INPUT = 1L << 30;

    @TempDir
    static Path scratch;

    @TestFactory
    Stream<DynamicContainer> everyReaderSurvivesHostileVariantsOfEveryRealInput() throws IOException {
        if (!Files.isDirectory(FIXTURES)) {
            assertFalse("true".equals(System.getenv("CI")), "under CI, shared/fixtures must be beside the clone");
        }
        Map<String, List<Path>> byFormat = new TreeMap<>();
        for (Path input : inputs()) {
            String format;
            try {
                format = TraceFiles.load(input).format();
            } catch (IOException notATrace) {
                continue;
            }
            byFormat.computeIfAbsent(format, f -> new ArrayList<>()).add(input);
        }
        assertTrue(byFormat.keySet().containsAll(List.of("dot", "graphml", "csv", "cot", "retrace-jsonl")),
                "inputs in " + byFormat.size() + " formats: " + byFormat.keySet());
        assertTrue(byFormat.size() >= (Files.isDirectory(FIXTURES) ? 14 : 6), "inputs in " + byFormat.size()
                + " formats: " + byFormat.keySet());
        return byFormat.entrySet().stream().map(entry -> DynamicContainer.dynamicContainer(entry.getKey(),
                entry.getValue().stream().map(ReaderFuzzTest::variantsOf)));
    }

    private static DynamicTest variantsOf(Path input) {
        return DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
            byte[] original = Files.readAllBytes(input);
            String name = input.getFileName().toString();
            Map<String, byte[]> variants = Mutations.of(original, name.hashCode());
            List<String> failures = new ArrayList<>();
            for (Map.Entry<String, byte[]> variant : variants.entrySet()) {
                Path file = scratch.resolve(variant.getKey().replace(' ', '-') + "-" + name);
                Files.write(file, variant.getValue());
                resetPeaks();
                long before = heapPeak();
                try {
                    assertTimeoutPreemptively(PER_INPUT, () -> load(file), name + ", " + variant.getKey());
                } catch (AssertionError slow) {
                    failures.add(variant.getKey() + ": " + slow.getMessage());
                } catch (Throwable escaped) {
                    failures.add(variant.getKey() + ": " + escaped);
                }
                long grew = heapPeak() - before;
                if (grew > HEAP_PER_INPUT) {
                    failures.add(variant.getKey() + ": the heap's peak grew by " + grew + " bytes");
                }
                Files.delete(file);
            }
            if (!failures.isEmpty()) {
                fail(name + ": " + failures.size() + " of " + variants.size() + " variants failed:\n  "
                        + String.join("\n  ", failures));
            }
        });
    }

    /** Loads {@code file}; a refusal with its place is a pass, anything else escaping is a failure. */
    private static void load(Path file) throws Throwable {
        try {
            TraceFiles.load(file);
        } catch (TraceFormatException refused) {
            assertTrue(refused.line() >= 1 && refused.column() >= 1 && !refused.reason().isBlank(), refused.getMessage());
        }
    }

    private static List<Path> inputs() throws IOException {
        List<Path> inputs = new ArrayList<>();
        for (Path folder : List.of(SAMPLES, FIXTURES, SEEDS)) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().endsWith(".md")
                            || file.startsWith(SAMPLES)).sorted().forEach(inputs::add);
                }
            }
        }
        return inputs;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
