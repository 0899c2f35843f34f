package org.retrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.TraceFiles;
import org.retrace.model.Trace;

class CommandLineTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SMALL_SEARCH = """
            {"format":"retrace","version":1,"name":"small"}
            {"ev":"node","id":"r"}
            {"ev":"visit","id":"r"}
            {"ev":"node","id":"a","parent":"r"}
            {"ev":"visit","id":"a"}
            {"ev":"status","id":"a","status":"failed"}
            {"ev":"backtrack","to":"r"}
            {"ev":"node","id":"b","parent":"r"}
            {"ev":"node","id":"c","parent":"b"}
            {"ev":"visit","id":"c"}
            {"ev":"solution","id":"c"}
            """;

    @TempDir
    Path directory;

    @Test
    void validateAcceptsGoodFilesAndExitsZero() throws IOException {
        Path good = Files.writeString(directory.resolve("good.jsonl"), SMALL_SEARCH);

        CommandRun run = CommandRun.of("validate", good.toString());

        assertEquals(0, run.exitCode());
        assertEquals(good + ": ok, retrace-jsonl, 1 trace(s), 4 nodes, 10 events\n", run.out());
    }

    @Test
    void validatePrintsFileLineColumnAndReasonForEachBadFileAndExitsOne() throws IOException {
        Path good = Files.writeString(directory.resolve("good.jsonl"), SMALL_SEARCH);
        Path bad = Files.writeString(directory.resolve("bad.csv"), "id,parent\na,\nb,missing\n");
        Path absent = directory.resolve("absent.jsonl");

        CommandRun run = CommandRun.of("validate", good.toString(), bad.toString(), absent.toString());

        assertEquals(1, run.exitCode());
        assertEquals(bad + ":3:1: unknown parent 'missing' of node 'b': no node has that id\n"
                + absent + ": no such file\n", run.err());
    }

    @Test
    void statsPrintsTheShapeAsOneLineOfJson() throws IOException {
        Path good = Files.writeString(directory.resolve("good.jsonl"), SMALL_SEARCH);

        CommandRun run = CommandRun.of("stats", good.toString(), "--json");

        assertEquals(0, run.exitCode());
        // r (never given a status) and b stay open; a failed, c is the solution; the backtrack from a to r
        // climbs one level, and the visit from r to c goes down, no jump.
        assertEquals("{\"traces\":1,\"nodes\":4,\"open\":2,\"skipped\":0,\"maxDepth\":2,\"meanBranching\":1.5,"
                + "\"leaves\":2,\"solutions\":1,\"failed\":1,\"events\":10,\"backtracks\":1,\"format\":\"retrace-jsonl\","
                + "\"backtrackLevels\":{\"1\":1}}\n", run.out());
    }

    @Test
    void statsPrintsATableForPeople() throws IOException {
        Path good = Files.writeString(directory.resolve("good.jsonl"), SMALL_SEARCH);

        CommandRun run = CommandRun.of("stats", good.toString());

        assertTrue(run.out().startsWith("traces           1\nnodes            4\nopen             2\n"
                + "skipped          0\nmaxDepth         2\n"), run.out());
        assertTrue(run.out().contains("\nbacktrackLevels  1: 1\n"), run.out());
    }

    @Test
    void convertWritesANativeFileThatLoadsBackToTheSameTree() throws IOException {
        Path csv = Files.writeString(directory.resolve("tree.csv"), "id,parent,status,label,value\n"
                + "1,,expanded,root,3\n2,1,failed,left,1.5\n3,1,solution,right,2\n");
        Path out = directory.resolve("tree.json");

        CommandRun run = CommandRun.of("convert", csv.toString(), "-o", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        Trace original = TraceFiles.load(csv).first();
        Trace converted = TraceFiles.load(out).first();
        assertEquals(original.nodeCount(), converted.nodeCount());
        for (int node = 0; node < original.nodeCount(); node++) {
            assertEquals(original.id(node), converted.id(node));
            assertEquals(original.parent(node), converted.parent(node));
            assertEquals(original.status(node), converted.status(node));
            assertEquals(original.label(node), converted.label(node));
            assertEquals(original.metric(node, "value"), converted.metric(node, "value"));
        }
        assertEquals(original.timeline().size(), converted.timeline().size());
    }

    @Test
    void convertRefusesAnOutputThatIsNotJsonOrJsonLines() throws IOException {
        Path good = Files.writeString(directory.resolve("good.jsonl"), SMALL_SEARCH);

        CommandRun run = CommandRun.of("convert", good.toString(), "-o", directory.resolve("x.txt").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("the output must end in .json (one document), .jsonl (an event log), or for "
                + "the tree without its timeline .csv, .dot or .graphml"), run.err());
    }

    /** The knapsack sample's root, read from its first node line by hand. */
    @Test
    void convertWritesTheTreeAsGraphvizDotThroughJgraphtAndReadsItBack() throws IOException {
        Path dot = directory.resolve("knapsack.dot");

        CommandRun run = CommandRun.of("convert", "../samples/branch-and-bound-knapsack.jsonl", "-o", dot.toString());

        assertEquals(0, run.exitCode(), run.err());
        String written = Files.readString(dot);
        assertTrue(written.startsWith("strict digraph G {"), written);
        assertTrue(written.contains("\"0\" [ label=\"root\" status=\"expanded\" kind=\"solver node\""), written);
        assertTrue(written.contains("\"0\" -> \"1\";"), written);
        CommandRun stats = CommandRun.of("stats", dot.toString(), "--json");
        assertTrue(stats.out().contains("\"nodes\":39"), stats.out());
    }

    @Test
    void generateWritesTheAskedNumberOfNodes() throws IOException {
        Path out = directory.resolve("g.jsonl");

        CommandRun run = CommandRun.of("generate", "--nodes", "1234", "--seed", "5", "-o", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1234, TraceFiles.load(out).first().nodeCount());
    }

    @Test
    void benchCommandsPrintOneJsonObjectWithTheirFigures() throws IOException {
        Path file = directory.resolve("g.jsonl");
        CommandRun.of("generate", "--nodes", "3000", "--seed", "2", "-o", file.toString());

        List<JsonNode> results = new ArrayList<>();
        for (String benchmark : List.of("load", "seek", "memory")) {
            CommandRun run = CommandRun.of("bench", benchmark, file.toString(), "--warmup", "1", "--runs", "2");
            assertEquals(0, run.exitCode(), run.err());
            results.add(MAPPER.readTree(run.out()));
        }

        assertEquals(3000, results.get(0).get("nodes").asInt());
        assertTrue(results.get(0).get("median_ms").asDouble() > 0);
        assertTrue(results.get(1).get("median_ms").isNumber());
        assertTrue(results.get(2).get("bytesPerNode").isNumber());
    }

    /** The knapsack sample repeats three shapes, one of them only right under a larger repeat. */
    @Test
    void benchSimilarCountsTheKnapsacksRepeatedShapes() throws IOException {
        CommandRun run = CommandRun.of("bench", "similar", "../samples/branch-and-bound-knapsack.jsonl", "--warmup", "1",
                "--runs", "2");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode result = MAPPER.readTree(run.out());
        assertEquals(3, result.get("groups").asInt());
        assertEquals(2, result.get("outermost_groups").asInt());
        assertTrue(result.get("largest_group").asText().startsWith("4 subtrees of 7 nodes, height 3"), run.out());
    }

    @Test
    void benchOverviewTimesBothPictures() throws IOException {
        CommandRun run = CommandRun.of("bench", "overview", "../samples/branch-and-bound-knapsack.jsonl", "--warmup", "1",
                "--frames", "3");

        assertEquals(0, run.exitCode(), run.err());
        List<String> pictures = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            pictures.add(MAPPER.readTree(line).get("picture").asText());
        }
        assertEquals(List.of("pixel-tree", "icicle"), pictures);
    }

    /** The five-position decoding read by hand: 4 steps after the start, 5 tokens decided, 1 taken back. */
    @Test
    void statsCountsADiffusionDecodingsSteps() throws IOException {
        Path file = Files.writeString(directory.resolve("llada.json"), "{\"mask\": \"[MASK]\", \"steps\": ["
                + "[\"The\", \"[MASK]\", \"[MASK]\", \"[MASK]\", \".\"], [\"The\", \"cat\", \"[MASK]\", \"[MASK]\", \".\"],"
                + "[\"The\", \"cat\", \"sat\", \"[MASK]\", \".\"], [\"The\", \"cat\", \"[MASK]\", \"down\", \".\"],"
                + "[\"The\", \"dog\", \"sat\", \"down\", \".\"]]}");

        CommandRun run = CommandRun.of("stats", file.toString(), "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode stats = MAPPER.readTree(run.out());
        assertEquals("diffusion-history", stats.get("format").asText());
        assertEquals(4, stats.get("steps").asInt());
        assertEquals(5, stats.get("positions").asInt());
        assertEquals(5, stats.get("tokens").asInt());
        assertEquals(1.25, stats.get("meanTokensPerStep").asDouble());
        assertEquals(1, stats.get("remasks").asInt());
        assertEquals(1, stats.get("backtracks").asInt(), "a remask is a decoding's backtrack");
        assertEquals(0, stats.get("positionsRemaskedTwice").asInt());
        assertEquals("{\"0\":2,\"3\":1,\"4\":2}", stats.get("finallyDecidedAtStep").toString());
    }

    /** The Sequence view exported headless: a PNG, an SVG with the tokens as text, a GIF with a frame per step. */
    @Test
    void aDecodingRendersAndAnimatesItsSequenceView() throws IOException {
        Path decoding = directory.resolve("unmask.jsonl");
        CommandRun.of("demo", "unmask", "-o", decoding.toString());
        Path png = directory.resolve("sequence.png");
        Path svg = directory.resolve("sequence.svg");
        Path gif = directory.resolve("sequence.gif");
        Path llada = Files.writeString(directory.resolve("llada.json"), "{\"mask\": \"[MASK]\", \"steps\": ["
                + "[\"The\", \"[MASK]\"], [\"The\", \"cat\"]]}");

        CommandRun picture = CommandRun.of("render", decoding.toString(), "-o", png.toString());
        CommandRun vector = CommandRun.of("render", llada.toString(), "--width", "600", "--height", "200", "-o",
                svg.toString());
        CommandRun animation = CommandRun.of("animate", decoding.toString(), "-o", gif.toString());
        CommandRun refused = CommandRun.of("render", "../samples/branch-and-bound-knapsack.jsonl", "--view", "sequence",
                "-o", directory.resolve("no.png").toString());

        assertEquals(0, picture.exitCode(), picture.err());
        assertTrue(picture.out().startsWith("wrote " + png + ": a 1600x1000 PNG of 'unmask remask (32 clues, seed 11)'"));
        assertEquals(0, vector.exitCode(), vector.err());
        assertTrue(Files.readString(svg).contains(">cat</text>"), "the token drawn as text");
        assertEquals(0, animation.exitCode(), animation.err());
        assertTrue(animation.out().startsWith("wrote " + gif + ": 13 frames"), "a frame per step: " + animation.out());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().startsWith("'Branch and bound: 0/1 knapsack, 6 items, capacity 36' is not a diffusion "
                + "decoding"), refused.err());
    }

    /** --view sequence-transposed draws a row per position: "The" twice along row 0, "cat" at step 1 of row 1. */
    @Test
    void aTransposedSequenceViewHasARowPerPosition() throws IOException {
        Path llada = Files.writeString(directory.resolve("llada.json"), "{\"mask\": \"[MASK]\", \"steps\": ["
                + "[\"The\", \"[MASK]\"], [\"The\", \"cat\"]]}");
        Path svg = directory.resolve("transposed.svg");

        CommandRun vector = CommandRun.of("render", llada.toString(), "--view", "sequence-transposed", "--width", "600",
                "--height", "200", "-o", svg.toString());

        assertEquals(0, vector.exitCode(), vector.err());
        String document = Files.readString(svg);
        // Two steps share the 600 pixels at most 120 a cell; two positions share the 110 the bars leave, at most 40.
        assertTrue(document.contains("<text x=\"60\" y=\"24\" class=\"c4\">The</text>"), document);
        assertTrue(document.contains("<text x=\"180\" y=\"24\" class=\"c4\">The</text>"), document);
        assertTrue(document.contains("<text x=\"180\" y=\"64\" class=\"c4\">cat</text>"), document);
    }

    /** A history whose mask is none of the known ones reads with --mask, and without it says what is missing. */
    @Test
    void maskNamesAnUnknownMaskToken() throws IOException {
        Path file = Files.writeString(directory.resolve("underscores.jsonl"),
                "{\"step\": 0, \"tokens\": [\"_\", \"_\"]}\n{\"step\": 1, \"tokens\": [\"a\", \"_\"]}\n");

        CommandRun named = CommandRun.of("stats", file.toString(), "--mask", "_", "--json");
        CommandRun unnamed = CommandRun.of("stats", file.toString());

        assertEquals(0, named.exitCode(), named.err());
        assertEquals(1, MAPPER.readTree(named.out()).get("tokens").asInt());
        assertEquals(1, unnamed.exitCode());
        assertTrue(unnamed.err().startsWith(file + ":1:1: no mask token in step 0"), unnamed.err());
    }

    @Test
    void aBadFileGivesOneLineAndExitCodeOneNotAStackTrace() throws IOException {
        Path bad = Files.writeString(directory.resolve("bad.jsonl"), "{\"format\":\"retrace\",\"version\":1}\n{oops\n");

        CommandRun run = CommandRun.of("stats", bad.toString());

        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith(bad + ":2:2: malformed JSON: Unexpected character"), run.err());
    }
    @Test
    void aFolderWithoutAMemoryIsNamedInTheError() {
        CommandRun run = CommandRun.of("stats", directory.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith(directory + ":1:1: no VideoLucy memory files in this folder"), run.err());
    }

    @Test
    void convertRefusesToWriteSeveralTracesAsOneEventLog() throws IOException {
        Path two = Files.writeString(directory.resolve("two.json"), "{\"format\":\"retrace\",\"version\":1,\"traces\":["
                + "{\"name\":\"a\",\"nodes\":[{\"id\":\"r\"}]},{\"name\":\"b\",\"nodes\":[{\"id\":\"s\"}]}]}");
        Path out = directory.resolve("two.jsonl");

        CommandRun run = CommandRun.of("convert", two.toString(), "-o", out.toString());

        assertEquals(1, run.exitCode());
        assertEquals(out + ": an event log holds one trace, and there are 2; write them as a .json document\n",
                run.err());
        assertTrue(Files.notExists(out));
    }
}
