package org.retrace.gui.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.decoding.SequenceHistory;
import org.retrace.format.TraceFiles;

/** "The cat sat": "sat" decided at step 2 with confidence 0.4, taken back at step 3. */
class CellDescriptionTest {
    @TempDir
    Path directory;

    @Test
    void aCellSaysWhatItsPositionHoldsAtItsStep() throws IOException {
        Path file = Files.writeString(directory.resolve("llada.json"), """
                {"mask": "[MASK]", "steps": [
                  ["The", "[MASK]", "[MASK]"],
                  ["The", "cat", "[MASK]"],
                  ["The", "cat", "sat"],
                  ["The", "cat", "[MASK]"]],
                 "confidences": [[null, null, null], [null, 0.9, null], [null, 0.9, 0.4], [null, 0.9, null]]}
                """);
        SequenceHistory history = SequenceHistory.of(TraceFiles.load(file).first());

        assertEquals("Step 0, position 0: \u201cThe\u201d, given in the prompt", CellDescription.of(history, 0, 0));
        assertEquals("Step 1, position 2: masked", CellDescription.of(history, 1, 2));
        assertEquals("Step 2, position 2: \u201csat\u201d (confidence 0.40), decided at this step",
                CellDescription.of(history, 2, 2));
        assertEquals("Step 2, position 1: \u201ccat\u201d (confidence 0.90), kept", CellDescription.of(history, 2, 1));
        assertEquals("Step 3, position 2: \u201csat\u201d taken back at this step", CellDescription.of(history, 3, 2));
        assertEquals("Step 1: 1 token decided, 0 taken back", CellDescription.ofStep(history, 1));
        assertEquals("Position 2:  step 2 \u201csat\u201d (0.40);  step 3 taken back",
                CellDescription.ofPosition(history, 2));
        assertEquals("Position 0:  step 0 \u201cThe\u201d", CellDescription.ofPosition(history, 0));
        assertEquals("Step 3: 0 tokens decided, 1 taken back", CellDescription.ofStep(history, 3));
    }
}
