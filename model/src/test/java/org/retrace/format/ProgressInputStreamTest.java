package org.retrace.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.nativejson.NativeTraceWriter;
import org.retrace.generate.SyntheticSearch;

class ProgressInputStreamTest {
    @TempDir
    Path directory;

    @Test
    void reportsProgressUpToTheWholeFile() throws IOException {
        Path file = generated();
        long size = Files.size(file);
        List<Long> reports = new ArrayList<>();

        TraceFiles.load(file, new LoadProgress() {
            @Override
            public void bytesRead(long read, long total) {
                reports.add(read);
                assertEquals(size, total);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });

        assertEquals(size, (long) reports.get(reports.size() - 1));
        assertEquals(true, reports.size() >= 2, "reports: " + reports);
    }

    @Test
    void stopsWhenCancelled() throws IOException {
        Path file = generated();

        LoadCancelledException cancelled = assertThrows(LoadCancelledException.class,
                () -> TraceFiles.load(file, new LoadProgress() {
                    @Override
                    public void bytesRead(long read, long total) {
                        // only cancellation matters here
                    }

                    @Override
                    public boolean isCancelled() {
                        return true;
                    }
                }));

        assertEquals(file + ": loading cancelled", cancelled.getMessage());
    }

    private Path generated() throws IOException {
        Path file = directory.resolve("big.jsonl");
        try (var out = Files.newOutputStream(file)) {
            new NativeTraceWriter().writeEventLog(List.of(SyntheticSearch.generate(30_000, 1)), out);
        }
        return file;
    }
}
