package org.retrace.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.LoadCancelledException;
import org.retrace.format.LoadProgress;
import org.retrace.format.TraceFormatException;
import org.retrace.format.fixtures.Fixtures;

class DatasetReadingTest {
    @TempDir
    Path directory;

    private static List<TraceRow> rowsOf(Path fileOrFolder) throws IOException {
        List<TraceRow> rows = new ArrayList<>();
        DatasetReading.read(fileOrFolder, List.of(), LoadProgress.NONE, rows::add);
        return rows;
    }

    /** Values read from the file's first record by hand. */
    @Test
    void aStreamOfSearchTrainingSetGivesARowPerRecordWithItsOwnFields() throws IOException {
        List<TraceRow> rows = rowsOf(Fixtures.fixture("llm/sos-dataset-train-20.json"));

        assertEquals(20, rows.size());
        TraceRow first = rows.get(0);
        assertEquals("sos", first.format());
        assertEquals("sos-dataset-train-20.json", first.source());
        assertEquals("bfs_4", first.fields().get("search_type"));
        assertEquals("sum_heuristic", first.fields().get("heuristic"));
        assertEquals(0.9618055555555556, ((Number) first.fields().get("rating")).doubleValue(), 1e-12);
        assertFalse(first.fields().containsKey("optimal_path"), "475 characters: content, not a label");
        assertTrue(first.solutions() >= 1, "the record's search reaches its target");
    }

    @Test
    void aChainOfThoughtFileKeepsEachRecordsShortFieldsAndCountsWhatItsTextDoes() throws IOException {
        List<TraceRow> rows = rowsOf(Fixtures.fixture("llm/cot/huatuo-o1-demo-40.json"));

        assertEquals(40, rows.size());
        TraceRow first = rows.get(0);
        assertEquals("cot", first.format());
        assertEquals("D", first.fields().get("answer_idx"));
        assertEquals("Parvovirus B19 infection", first.fields().get("Ground-True Answer"));
        assertEquals("Parvovirus B19 infection", first.fields().get("answer (record)"),
                "the record's own answer, beside the answer the trace found");
        assertFalse(first.fields().containsKey("Open-ended Verifiable Question"), "388 characters");
        assertTrue(first.textLength() > 1000, "the reasoning's steps hold its text: " + first.textLength());
    }

    @Test
    void aFolderGivesTheRowsOfEveryFileItCanReadAndNamesTheOneItCannot() throws IOException {
        Files.copy(Fixtures.fixture("llm/sos-dataset-train-20.json"), directory.resolve("a-sos.json"));
        Files.copy(Fixtures.fixture("llm/cot/marco-o1-cot-demo-40.json"), directory.resolve("b-marco.json"));
        Files.writeString(directory.resolve("c-broken.jsonl"), "{\"reasoning\": \"Wait\"}\n{not json\n");
        Files.writeString(directory.resolve(".hidden.json"), "ignored");
        List<TraceRow> rows = new ArrayList<>();

        DatasetReading.Result result = DatasetReading.read(directory, List.of(), LoadProgress.NONE, rows::add);

        assertEquals(3, result.files());
        assertEquals(20 + 42 + 1, result.rows(), "the broken file's first record stays");
        assertEquals(20 + 42 + 1, rows.size());
        assertEquals("a-sos.json", rows.get(0).source());
        assertEquals("b-marco.json", rows.get(20).source());
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).startsWith("c-broken.jsonl: "), result.problems().get(0));
        assertTrue(result.problems().get(0).contains(":2:"), "names the line: " + result.problems().get(0));
        assertTrue(result.problems().get(0).endsWith("(kept: 1 row read before it)"), result.problems().get(0));
    }

    @Test
    void aSingleFileThatCannotBeReadFailsWithItsPosition() throws IOException {
        Path broken = Files.writeString(directory.resolve("broken.jsonl"), "{\"reasoning\": \"Wait\"}\n{not json\n");

        TraceFormatException failure = assertThrows(TraceFormatException.class, () -> rowsOf(broken));

        assertTrue(failure.getMessage().contains("broken.jsonl:2:"), failure.getMessage());
    }

    @Test
    void rowsOfAJsonLinesFileArriveInFileOrderAndACancelStopsThemEarly() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int record = 1; record <= 200; record++) {
            lines.append("{\"id\": \"r").append(record).append("\", \"correct\": ").append(record % 2 == 0)
                    .append(", \"reasoning\": \"Let me try 3+4=7. Wait, that is wrong. Alternatively, 3*4=12.\"}\n");
        }
        Path file = Files.writeString(directory.resolve("many.jsonl"), lines);
        List<TraceRow> rows = new ArrayList<>();
        LoadProgress cancelAfterTwo = new LoadProgress() {
            @Override
            public void bytesRead(long read, long total) {
            }

            @Override
            public boolean isCancelled() {
                return rows.size() >= 2;
            }
        };

        assertThrows(LoadCancelledException.class,
                () -> DatasetReading.read(file, List.of(), cancelAfterTwo, rows::add));
        assertTrue(rows.size() >= 2 && rows.size() < 200, "stopped early: " + rows.size());
        for (int row = 0; row < rows.size(); row++) {
            assertEquals("many.jsonl: r" + (row + 1), rows.get(row).trace());
        }
        assertEquals(false, rows.get(0).fields().get("correct"));
        assertEquals(true, rows.get(1).fields().get("correct"));
    }
}
