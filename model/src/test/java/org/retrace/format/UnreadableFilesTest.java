package org.retrace.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are no trace at all get one clear line, never a stack trace. */
class UnreadableFilesTest {
    @TempDir
    Path directory;

    @Test
    void anEmptyFileIsNotAFormat() throws Exception {
        Path empty = Files.writeString(directory.resolve("empty.vbc"), "");

        TraceFormatException error = assertThrows(TraceFormatException.class, () -> TraceFiles.load(empty));

        assertEquals(1, error.line());
        assertTrue(error.reason().startsWith("not a format Retrace reads"), error.reason());
    }

    @Test
    void aFileNoReaderTakesIsToldWhatWasTriedAndHowFarWasLooked() throws Exception {
        Path notes = Files.writeString(directory.resolve("notes.txt"), "shopping list\n".repeat(1000));

        TraceFormatException error = assertThrows(TraceFormatException.class, () -> TraceFiles.load(notes));

        assertEquals("not a format Retrace reads: its first 14,000 bytes matched none of the formats Retrace reads "
                + "(Retrace JSON and JSON Lines, a CSV tree with id,parent columns, VBC, BAK, Stream of Search, Tree of "
                + "Thoughts, LATS, llm-reasoners, WebOperator, VideoLucy, GraphML, DOT, diffusion decoding histories, chains of thought); the file "
                + "starts with \"shopping list\"", error.reason());
    }

    /** A writer's marks past the first 4 KiB are found by a second, bounded look. */
    @Test
    void findsAFormatWhoseMarksComeAfterTheFirstKilobytes() throws Exception {
        Path log = Files.writeString(directory.resolve("run.log"), "2024-03-21 20:13:37,532 - INFO - This is a test "
                + "log entry.\n".repeat(100) + "2024-03-21 20:13:38,000 - INFO - Iteration 1...\n"
                + "2024-03-21 20:13:38,100 - INFO - NEW NODE: Node(depth=1, value=0.50, visits=0, action=search[x], "
                + "observation=ok)\n");

        assertEquals("lats", TraceFiles.load(log).format());
    }

    @Test
    void aBinaryFileIsNotAFormat() throws Exception {
        Path binary = Files.write(directory.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});

        TraceFormatException error = assertThrows(TraceFormatException.class, () -> TraceFiles.load(binary));

        assertTrue(error.reason().startsWith("not a format Retrace reads"), error.reason());
    }

    @Test
    void aMixedFileFailsAtTheFirstLineOfTheOtherFormat() throws Exception {
        Path mixed = Files.writeString(directory.resolve("mixed.bak"),
                "0.0 branched 1 0 M 1 1 1\n0.1 candidate 2 1 L\n{\"ev\":\"node\",\"id\":\"x\"}\n");

        TraceFormatException error = assertThrows(TraceFormatException.class, () -> TraceFiles.load(mixed));

        assertEquals(mixed + ":3:1: expected '<seconds> <event> ...', found '{\"ev\":\"node\",\"id\":\"x\"}'",
                error.getMessage());
    }

    @Test
    void aMissingFileIsSaidToBeMissing() {
        Path missing = directory.resolve("gone.jsonl");

        NoSuchFileException error = assertThrows(NoSuchFileException.class, () -> TraceFiles.load(missing));

        assertEquals(missing + ": no such file", LoadFailures.describe(missing, error));
    }
}
