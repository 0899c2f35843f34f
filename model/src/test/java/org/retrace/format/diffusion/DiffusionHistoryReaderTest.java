package org.retrace.format.diffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.decoding.SequenceHistory;
import org.retrace.decoding.SequenceHistory.CellState;
import org.retrace.decoding.SequenceHistory.Change;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFiles;
import org.retrace.format.TraceFormatException;
import org.retrace.model.Trace;

class DiffusionHistoryReaderTest {
    /**
     * Five positions, LLaDA style. Step 0 gives "The" and "."; step 1 unmasks "cat" (0.9); step 2
     * "sat" (0.4); step 3 takes "sat" back and unmasks "down" (0.8); step 4 replaces "cat" with
     * "dog" (0.7) and unmasks "sat" again (0.95). Read by hand: 5 tokens decided (1, 1, 1, 2 per
     * step), 1 remask (position 2 at step 3), none remasked twice.
     */
    private static final String LLADA = """
            {"mask": "[MASK]", "steps": [
              ["The", "[MASK]", "[MASK]", "[MASK]", "."],
              ["The", "cat", "[MASK]", "[MASK]", "."],
              ["The", "cat", "sat", "[MASK]", "."],
              ["The", "cat", "[MASK]", "down", "."],
              ["The", "dog", "sat", "down", "."]],
             "confidences": [
              [null, null, null, null, null],
              [null, 0.9, null, null, null],
              [null, 0.9, 0.4, null, null],
              [null, 0.9, null, 0.8, null],
              [null, 0.7, 0.95, 0.8, null]]}
            """;

    @TempDir
    Path directory;

    @Test
    void diffsAnLladaStyleHistoryIntoUnmasksRemasksAndReplacements() throws IOException {
        LoadedTraces loaded = TraceFiles.load(Files.writeString(directory.resolve("llada.json"), LLADA));

        Trace trace = loaded.first();
        SequenceHistory history = SequenceHistory.of(trace);

        assertEquals(DiffusionHistoryReader.FORMAT, loaded.format());
        assertEquals(1 + 5 + 2 + 5, trace.nodeCount(), "root, positions, 2 prompt tokens, 5 decided");
        assertEquals(5, history.positions());
        assertEquals(5, history.steps());
        assertArrayEquals(new int[] {0, 1, 1, 1, 2}, history.decidedPerStep());
        assertArrayEquals(new int[] {0, 0, 0, 1, 0}, history.remasksPerStep());
        assertEquals(5, history.tokensDecided());
        assertEquals(1, history.remasks());
        assertEquals(0, history.positionsRemaskedMoreThanOnce());
        assertEquals(List.of(CellState.PROMPT, CellState.KEPT, CellState.REMASKED, CellState.DECIDED, CellState.PROMPT),
                Arrays.stream(new int[] {0, 1, 2, 3, 4}).mapToObj(position -> history.state(3, position)).toList());
        assertEquals(CellState.DECIDED, history.state(4, 1));
        assertEquals("dog", history.token(4, 1));
        assertEquals(0.7, history.confidence(4, 1));
        assertEquals(List.of(new Change(2, "sat", 0.4), new Change(3, null, Double.NaN), new Change(4, "sat", 0.95)),
                history.history(2));
        assertEquals(Map.of(0, 2, 3, 1, 4, 2), history.finallyDecidedPerStep());
        CellState[] column = new CellState[5];
        double[] confidences = new double[5];
        history.column(2, column, confidences);
        assertArrayEquals(new CellState[] {CellState.MASKED, CellState.MASKED, CellState.DECIDED, CellState.REMASKED,
            CellState.DECIDED}, column, "position 2, swept at once");
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, 0.4, Double.NaN, 0.95}, confidences);
        assertEquals(0, history.undecided());
        assertEquals(List.of(0, 4, 4, 3, 0), Arrays.stream(new int[] {0, 1, 2, 3, 4}).map(history::finalStep).boxed()
                .toList());
    }

    /** The same decoding as JSON Lines, one step a line, the mask found among the known ones. */
    @Test
    void readsTheSameDecodingFromJsonLines() throws IOException {
        String lines = """
                {"step": 0, "tokens": ["The", "<|mdm_mask|>", "<|mdm_mask|>", "<|mdm_mask|>", "."]}
                {"step": 1, "tokens": ["The", "cat", "<|mdm_mask|>", "<|mdm_mask|>", "."], "confidences": [null, 0.9, null, null, null]}
                {"step": 2, "tokens": ["The", "cat", "sat", "<|mdm_mask|>", "."]}
                {"step": 3, "tokens": ["The", "cat", "<|mdm_mask|>", "down", "."]}
                {"step": 4, "tokens": ["The", "dog", "sat", "down", "."]}
                """;

        SequenceHistory history = SequenceHistory.of(TraceFiles.load(Files.writeString(directory.resolve("dream.jsonl"),
                lines)).first());

        assertArrayEquals(new int[] {0, 1, 1, 1, 2}, history.decidedPerStep());
        assertEquals(1, history.remasks());
        assertEquals(0.9, history.confidence(1, 1));
        assertTrue(Double.isNaN(history.confidence(4, 1)), "no confidence given at step 4");
    }

    /**
     * Token ids with a Hugging Face style vocabulary beside the history, LLaDA's mask id 126336:
     * the same decoding of "The cat sat" as token strings.
     */
    @Test
    void readsTokenIdsThroughAVocabularyFile() throws IOException {
        Files.writeString(directory.resolve("vocab.json"),
                "{\"The\": 0, \"cat\": 1, \"sat\": 2, \"dog\": 3, \"<|mdm_mask|>\": 126336}");
        Path history = Files.writeString(directory.resolve("ids.jsonl"), """
                {"step": 0, "tokens": [0, 126336, 126336], "mask": 126336, "vocab": "vocab.json"}
                {"step": 1, "tokens": [0, 1, 126336]}
                {"step": 2, "tokens": [0, 3, 2]}
                """);

        SequenceHistory read = SequenceHistory.of(TraceFiles.load(history).first());

        assertEquals("The", read.token(0, 0));
        assertEquals("cat", read.token(1, 1));
        assertEquals("dog", read.token(2, 1));
        assertEquals("sat", read.token(2, 2));
        assertArrayEquals(new int[] {0, 1, 2}, read.decidedPerStep(), "cat, then dog replacing it and sat");
    }

    @Test
    void anIdMissingFromTheVocabularyIsNamed() throws IOException {
        Files.writeString(directory.resolve("vocab.json"), "[\"The\", \"cat\", \"[MASK]\"]");
        Path history = Files.writeString(directory.resolve("ids.json"),
                "{\"mask\": 2, \"vocab\": \"vocab.json\", \"steps\": [[0, 2], [0, 7]]}");

        TraceFormatException failure = assertThrows(TraceFormatException.class, () -> TraceFiles.load(history));

        assertTrue(failure.getMessage().contains("step 1, position 1: token id 7 is not in the vocabulary"),
                failure.getMessage());
    }

    @Test
    void aStepOfAnotherLengthIsNamedWithItsLine() throws IOException {
        Path file = Files.writeString(directory.resolve("bad.jsonl"), """
                {"step": 0, "tokens": ["[MASK]", "[MASK]"]}
                {"step": 1, "tokens": ["a", "[MASK]", "b"]}
                """);

        TraceFormatException failure = assertThrows(TraceFormatException.class, () -> TraceFiles.load(file));

        assertTrue(failure.getMessage().startsWith(file + ":2:1: step 1 holds 3 tokens, expected 2 as step 0 does"),
                failure.getMessage());
    }

    /** A sampler that crashed mid-line: the 2 whole steps load, and a warning says where it stops. */
    @Test
    void aHistoryCutOffMidStepLoadsItsWholeStepsWithAWarning() throws IOException {
        Path lines = Files.writeString(directory.resolve("cut.jsonl"), "{\"step\": 0, \"tokens\": [\"[MASK]\", "
                + "\"[MASK]\"]}\n{\"step\": 1, \"tokens\": [\"a\", \"[MASK]\"]}\n{\"step\": 2, \"tokens\": [\"a\", \"b");
        Path document = Files.writeString(directory.resolve("cut.json"),
                "{\"mask\": \"[MASK]\", \"steps\": [[\"[MASK]\", \"[MASK]\"],\n[\"a\", \"[MASK]\"],\n[\"a\", \"b");

        for (Path cut : List.of(lines, document)) {
            LoadedTraces loaded = TraceFiles.load(cut);

            assertEquals(2, SequenceHistory.of(loaded.first()).steps(), cut.toString());
            assertEquals(List.of(cut + ":3:1: warning: the file is cut off (a sampler still at work, or a crash); "
                    + "loaded the 2 whole steps before the cut, without what came after them"), loaded.warnings());
        }
    }

    /**
     * Ids straight from a tensor of shape (1, length) per step, as {@code x.tolist()} writes them,
     * in a JSON list of records, LLaDA's mask id 126336 found without being named.
     */
    @Test
    void readsABatchOfOneSequencePerStepWithLladasMaskId() throws IOException {
        Path file = Files.writeString(directory.resolve("tensor.json"), """
                [{"step": 0, "tokens": [[220, 126336, 126336]]},
                 {"step": 1, "tokens": [[220, 126336, 42]]},
                 {"step": 2, "tokens": [[220, 7, 42]]}]
                """);

        SequenceHistory read = SequenceHistory.of(TraceFiles.load(file).first());

        assertEquals(3, read.positions());
        assertArrayEquals(new int[] {0, 1, 1}, read.decidedPerStep());
        assertEquals("42", read.token(1, 2));
        assertEquals(null, read.token(1, 1), "126336 is the mask");
    }

    @Test
    void aBatchOfSeveralSequencesIsRefusedSayingSo() throws IOException {
        Path file = Files.writeString(directory.resolve("batch.json"),
                "{\"mask\": \"[MASK]\", \"steps\": [[[\"[MASK]\"], [\"[MASK]\"]]]}");

        TraceFormatException failure = assertThrows(TraceFormatException.class, () -> TraceFiles.load(file));

        assertTrue(failure.getMessage().startsWith(file + ":1:"), failure.getMessage());
        assertTrue(failure.getMessage().contains("expected one sequence per step, found a batch of several"),
                failure.getMessage());
    }

    @Test
    void aFileCutOffBeforeItsFirstWholeStepSaysSo() throws IOException {
        Path file = Files.writeString(directory.resolve("cut.json"), "{\"mask\": \"[MASK]\", \"steps\": [[\"[MA");

        TraceFormatException failure = assertThrows(TraceFormatException.class, () -> TraceFiles.load(file));

        assertEquals(file + ":1:1: the file is cut off before its first whole step (a sampler still at work, or a "
                + "crash)", failure.getMessage());
    }

    /** An empty sequence is no decoding: the error names the step and line, not an internal failure. */
    @Test
    void aStepWithoutTokensIsNamedWithItsLine() throws IOException {
        Path file = Files.writeString(directory.resolve("empty.jsonl"), "{\"step\": 0, \"tokens\": []}\n");

        TraceFormatException failure = assertThrows(TraceFormatException.class, () -> TraceFiles.load(file));

        assertTrue(failure.getMessage().startsWith(file + ":1:1: step 0 holds no tokens"), failure.getMessage());
    }

    /** Null for the mask or the confidences means none given, as Python's None writes it. */
    @Test
    void nullMaskAndConfidencesAreNoneGiven() throws IOException {
        Path file = Files.writeString(directory.resolve("nulls.jsonl"), """
                {"step": 0, "mask": null, "confidences": null, "tokens": ["[MASK]", "[MASK]"]}
                {"step": 1, "tokens": ["a", "[MASK]"], "confidences": null}
                """);

        SequenceHistory read = SequenceHistory.of(TraceFiles.load(file).first());

        assertEquals(2, read.steps());
        assertArrayEquals(new int[] {0, 1}, read.decidedPerStep(), "[MASK] found as the mask");
        assertTrue(Double.isNaN(read.confidence(1, 0)));
    }

    /** Code models write braces: a "}" token before "step" in the first record still reads as a history. */
    @Test
    void aListOfRecordsWhoseTokensHoldBracesIsRecognised() throws IOException {
        Path file = Files.writeString(directory.resolve("code.json"), """
                [{"tokens": ["}", "[MASK]"], "step": 0},
                 {"tokens": ["}", "{"], "step": 1}]
                """);

        LoadedTraces loaded = TraceFiles.load(file);

        assertEquals(DiffusionHistoryReader.FORMAT, loaded.format());
        assertEquals("{", SequenceHistory.of(loaded.first()).token(1, 1));
    }

    /** A header line first, naming the mask token and the vocabulary file by other common keys. */
    @Test
    void readsJsonLinesThatOpenWithAHeader() throws IOException {
        Files.writeString(directory.resolve("vocab.json"), "[\"The\", \"cat\", \"<|mask|>\"]");
        Path file = Files.writeString(directory.resolve("header.jsonl"), """
                {"model": "Dream-v0-Instruct-7B", "mask_token": 2, "vocab_file": "vocab.json"}
                {"step": 0, "tokens": [0, 2]}
                {"step": 1, "tokens": [0, 1]}
                """);

        LoadedTraces loaded = TraceFiles.load(file);

        assertEquals(DiffusionHistoryReader.FORMAT, loaded.format());
        assertEquals("cat", SequenceHistory.of(loaded.first()).token(1, 1));
        assertArrayEquals(new int[] {0, 1}, SequenceHistory.of(loaded.first()).decidedPerStep());
        assertEquals("Dream-v0-Instruct-7B", loaded.first().info().attributes().get("model"), "the run's own fields");
    }

    @Test
    void aTokenOrPositionNodeStandsForItsPosition() throws IOException {
        Trace trace = TraceFiles.load(Files.writeString(directory.resolve("llada.json"), LLADA)).first();
        SequenceHistory history = SequenceHistory.of(trace);

        assertEquals(-1, history.positionOf(0), "the sequence's root");
        assertEquals(2, history.positionOf(trace.findNode("p2")));
        assertEquals(2, history.positionOf(trace.findNode("p2@4")), "sat, decided again at step 4");
        assertEquals(0, history.positionOf(trace.findNode("p0@0")), "The, given in the prompt");
    }

    /** A replay that has played step 2 whole stops before step 3's first event, "sat" taken back. */
    @Test
    void aStepIsPlayedWholeJustBeforeTheNextStepsFirstEvent() throws IOException {
        Trace trace = TraceFiles.load(Files.writeString(directory.resolve("llada.json"), LLADA)).first();

        int afterStep2 = SequenceHistory.positionAfter(trace, 2);

        assertEquals(2, SequenceHistory.stepAt(trace, afterStep2));
        assertEquals(3, (int) trace.timeline().time(afterStep2), "the next event is step 3's");
        assertEquals(trace.timeline().size(), SequenceHistory.positionAfter(trace, 4), "the last step ends the replay");
    }
}
