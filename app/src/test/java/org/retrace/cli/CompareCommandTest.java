package org.retrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    /** Two runs of one solver: both fail x1 = 0; under x1 = 1 the first tries x2 = 0 then x2 = 1, the second x2 = 1 then x3 = 0. */
    private Path run(String name, boolean second) throws IOException {
        String common = """
                {"format":"retrace","version":1,"name":"%s"}
                {"ev":"node","id":"r","label":"root","status":"expanded"}
                {"ev":"node","id":"a","parent":"r","label":"x1 = 0","status":"failed"}
                {"ev":"node","id":"b","parent":"r","label":"x1 = 1","status":"expanded"}
                """;
        String rest = second ? """
                {"ev":"node","id":"c","parent":"b","label":"x2 = 1","status":"failed"}
                {"ev":"node","id":"d","parent":"b","label":"x3 = 0","status":"expanded"}
                {"ev":"node","id":"e","parent":"d","label":"x4 = 1","status":"solution"}
                """ : """
                {"ev":"node","id":"c","parent":"b","label":"x2 = 0","status":"solution"}
                {"ev":"node","id":"d","parent":"b","label":"x2 = 1","status":"failed"}
                """;
        return Files.writeString(directory.resolve(name + ".jsonl"), common.formatted(name) + rest);
    }

    @Test
    void printsWhatTwoRunsShareAndWhereEachGoesItsOwnWay() throws IOException {
        CommandRun run = CommandRun.of("compare", run("first", false).toString(), run("second", true).toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                4 nodes in common, 1 only in A (of 5), 2 only in B (of 6); matched by label path
                first only in A: 'x2 = 0' (node c), under 'x1 = 1'
                first only in B: 'x3 = 0' (node d), under 'x1 = 1'
                """, run.out());
    }

    @Test
    void matchesByBranchPositionWhenToldAndSaysSoInJson() throws IOException {
        CommandRun run = CommandRun.of("compare", run("first", false).toString(), run("second", true).toString(),
                "--by", "position", "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode result = JSON.readTree(run.out());
        assertEquals("position", result.path("matching").asText());
        assertEquals(5, result.path("common").asInt());
        assertEquals(0, result.path("onlyInA").asInt());
        assertEquals(1, result.path("onlyInB").asInt());
        assertTrue(result.path("firstOnlyInA").isNull());
        assertEquals("e", result.path("firstOnlyInB").path("id").asText());
        assertEquals("d", result.path("partsAt").path("id").asText(), "A's x2 = 1, the partner of B's x3 = 0");
    }

    @Test
    void drawsTheMergedTreeOfASudokusTwoVariants() throws IOException {
        Path dfs = directory.resolve("dfs.jsonl");
        Path sampling = directory.resolve("sampling.jsonl");
        assertEquals(0, CommandRun.of("demo", "sudoku", "--variant", "dfs", "-o", dfs.toString()).exitCode());
        assertEquals(0, CommandRun.of("demo", "sudoku", "--variant", "sampling", "-o", sampling.toString()).exitCode());
        Path png = directory.resolve("merged.png");

        CommandRun run = CommandRun.of("compare", dfs.toString(), sampling.toString(), "--json", "-o", png.toString(),
                "--width", "800", "--height", "500");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode result = JSON.readTree(run.out().lines().findFirst().orElseThrow());
        assertEquals(result.path("nodesA").asInt(), result.path("common").asInt() + result.path("onlyInA").asInt());
        assertEquals(result.path("nodesB").asInt(), result.path("common").asInt() + result.path("onlyInB").asInt());
        assertTrue(result.path("onlyInA").asInt() + result.path("onlyInB").asInt() > 0, run.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(500, image.getHeight());
    }

    @Test
    void refusesAMatchingItDoesNotKnow() throws IOException {
        CommandRun run = CommandRun.of("compare", run("first", false).toString(), run("second", true).toString(),
                "--by", "colour");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--by must be position or labels, found colour"), run.err());
    }
}
