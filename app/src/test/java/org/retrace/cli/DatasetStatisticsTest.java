package org.retrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.fixtures.Fixtures;

class DatasetStatisticsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    /** The first record's search type and rating, read from the file by hand. */
    @Test
    void writesARowPerRecordOfAStreamOfSearchTrainingSetAsCsv() throws IOException {
        Path csv = directory.resolve("rows.csv");

        CommandRun run = CommandRun.of("stats", "--per-trace", Fixtures.fixture("llm/sos-dataset-train-20.json")
                .toString(), "-o", csv.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("wrote " + csv + ": 20 rows from 1 file", run.out().strip());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(21, lines.size(), "a header and 20 rows");
        assertTrue(lines.get(0).startsWith("trace,source,format,nodes,depth,backtracks,branches,solutions,failed,"
                + "textLength,search_type,heuristic,rating"), lines.get(0));
        assertTrue(lines.get(1).contains(",sos,"), lines.get(1));
        assertTrue(lines.get(1).contains(",bfs_4,sum_heuristic,0.9618055555555556,"), lines.get(1));
    }

    @Test
    void printsRowsAsJsonLinesWhenToldNowhereElse() throws IOException {
        CommandRun run = CommandRun.of("stats", "--per-trace", Fixtures.fixture("llm/cot/huatuo-o1-demo-40.json")
                .toString());

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(40, lines.size());
        JsonNode first = JSON.readTree(lines.get(0));
        assertEquals("cot", first.path("format").asText());
        assertEquals("D", first.path("answer_idx").asText());
    }

    @Test
    void summarisesEachNumericColumnAsJson() throws IOException {
        CommandRun run = CommandRun.of("stats", "--summary", "--json",
                Fixtures.fixture("llm/cot/huatuo-o1-demo-40.json").toString());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode summary = JSON.readTree(run.out());
        assertEquals(40, summary.path("rows").asInt());
        JsonNode solutions = summary.path("columns").findParents("column").stream()
                .filter(column -> column.path("column").asText().equals("solutions")).findFirst().orElseThrow();
        assertEquals(40, solutions.path("count").asInt());
        assertEquals(1.0, solutions.path("mean").asDouble(), "every HuatuoGPT record reaches its answer");
    }

    @Test
    void summarisesAFolderAndWarnsOfTheFileItCannotRead() throws IOException {
        Files.copy(Fixtures.fixture("llm/sos-dataset-train-20.json"), directory.resolve("a.json"));
        Files.writeString(directory.resolve("b.txt"), "no trace here\n");

        CommandRun run = CommandRun.of("stats", "--summary", directory.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("20 rows from 2 files"), run.out());
        assertTrue(run.out().contains("\nrating "), run.out());
        assertTrue(run.err().startsWith("warning: b.txt: "), run.err());
    }

    @Test
    void refusesAnOutputItCannotWriteBeforeReading() {
        CommandRun wrongForm = CommandRun.of("stats", "--per-trace", "whatever.json", "-o",
                directory.resolve("rows.txt").toString());
        CommandRun withoutRows = CommandRun.of("stats", "whatever.json", "-o", directory.resolve("rows.csv").toString());

        assertEquals(2, wrongForm.exitCode());
        assertTrue(wrongForm.err().contains("-o must name a .csv or a .jsonl file"), wrongForm.err());
        assertEquals(2, withoutRows.exitCode());
        assertTrue(withoutRows.err().contains("-o goes with --per-trace"), withoutRows.err());
        assertFalse(Files.exists(directory.resolve("rows.txt")));
    }
}
