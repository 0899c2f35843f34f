package org.retrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Annotating from scripts, and the single-step intervention records made from the notes. */
class AnnotateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    /**
     * HuatuoGPT-o1's first record, copied into a folder of its own: its step s3 (from character 617)
     * marked the first error, with a corrected step.
     */
    @Test
    void aScriptedFirstErrorAndInterventionBecomeOneTrainingRecord() throws IOException {
        Path trace = Files.copy(Fixtures.fixture("llm/cot/huatuo-o1-demo-40.json"), directory.resolve("huatuo.json"));

        CommandRun marked = CommandRun.of("annotate", trace.toString(), "--node", "s3", "--label", "first-error",
                "--note", "blames aplastic anemia", "--intervene", "Only the red line fails: think of parvovirus B19.");
        CommandRun bookmarked = CommandRun.of("annotate", trace.toString(), "--node", "s1", "--bookmark", "--label",
                "correct");
        CommandRun listed = CommandRun.of("annotate", trace.toString());
        Path sft = directory.resolve("out").resolve("sft.jsonl");
        CommandRun exported = CommandRun.of("interventions", directory.toString(), "-o", sft.toString());

        assertEquals(0, marked.exitCode(), marked.err());
        assertTrue(marked.out().startsWith("wrote " + directory.resolve("huatuo.json.retrace-notes.json") + ": node s3 "
                + "of 'huatuo.json: record 1': labels [first error], note \"blames aplastic anemia\", "
                + "intervention \"Only the red line fails: think of parvovirus B19.\" ("), marked.out());
        assertEquals(0, bookmarked.exitCode(), bookmarked.err());
        assertEquals(List.of("s3: labels [first error], note \"blames aplastic anemia\", intervention \"Only the red "
                + "line fails: think of parvovirus B19.\"", "s1: bookmarked, labels [correct]"), listed.out().lines().toList());
        assertEquals(0, exported.exitCode(), exported.err());
        assertTrue(exported.out().startsWith("wrote " + sft + ": 1 record(s) from 1 annotated trace(s) ("), exported.out());
        List<String> lines = Files.readAllLines(sft);
        assertEquals(1, lines.size());
        JsonNode record = JSON.readTree(lines.get(0));
        assertEquals(617, record.get("prefix").asText().length(), "the reasoning up to s3, which starts at 617");
        assertTrue(record.get("prefix").asText().startsWith("Alright, let's start by looking at the basics here."));
        assertEquals("Only the red line fails: think of parvovirus B19.", record.get("intervention").asText());
        assertEquals("huatuo.json: record 1, node s3", record.get("source").asText());
    }

    /** A figure asked for with --annotations draws the labels and the intervention; without, neither. */
    @Test
    void aFigureShowsTheAnnotationsWhenAsked() throws IOException {
        Path trace = Files.copy(Fixtures.fixture("llm/cot/huatuo-o1-demo-40.json"), directory.resolve("huatuo.json"));
        CommandRun.of("annotate", trace.toString(), "--node", "s3", "--label", "first-error", "--intervene",
                "Parvovirus B19.");
        Path marked = directory.resolve("marked.svg");
        Path plain = directory.resolve("plain.svg");

        CommandRun withNotes = CommandRun.of("render", trace.toString(), "--annotations", "-o", marked.toString());
        CommandRun without = CommandRun.of("render", trace.toString(), "-o", plain.toString());

        assertEquals(0, withNotes.exitCode(), withNotes.err());
        assertEquals(0, without.exitCode(), without.err());
        assertTrue(Files.readString(marked).contains(">first error</text>"), "the label drawn");
        assertTrue(Files.readString(marked).contains(">Parvovirus B19.</text>"), "the intervention drawn");
        assertTrue(!Files.readString(plain).contains("first error") && !Files.readString(plain).contains("Parvovirus B19."));
        Path gif = directory.resolve("marked.gif");
        CommandRun animated = CommandRun.of("animate", trace.toString(), "--annotations", "--from", "30", "-o",
                gif.toString());
        assertEquals(0, animated.exitCode(), animated.err());
        assertTrue(animated.out().contains("events 30 to 33 of 33 "), "the recorded 32 events and the intervention: "
                + animated.out());
    }

    @Test
    void anUnknownNodeIsOneLineAndWritesNothing() throws IOException {
        Path trace = Files.copy(Path.of("..", "samples", "branch-and-bound-knapsack.jsonl"),
                directory.resolve("knapsack.jsonl"));

        CommandRun run = CommandRun.of("annotate", trace.toString(), "--node", "nowhere", "--bookmark");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith(trace + ": no node 'nowhere' in trace '"), run.err());
        assertEquals(1, run.err().lines().count());
        assertTrue(Files.notExists(directory.resolve("knapsack.jsonl.retrace-notes.json")));
    }
}
