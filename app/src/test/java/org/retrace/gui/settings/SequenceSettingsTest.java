package org.retrace.gui.settings;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SequenceSettingsTest {
    @TempDir
    Path settings;

    @Test
    void theGridStartsWithStepsAsRowsAndFitted() {
        SequenceSettings sequence = new SequenceSettings(settings);

        assertFalse(sequence.positionsAsRows());
        assertFalse(sequence.readableCells());
    }

    @Test
    void theChoicesCarryOverToTheNextSession() throws IOException {
        new SequenceSettings(settings).save(true, true);

        SequenceSettings reopened = new SequenceSettings(settings);

        assertTrue(reopened.positionsAsRows());
        assertTrue(reopened.readableCells());
    }

    @Test
    void anUnreadableFileGivesTheDefaults() throws IOException {
        Files.writeString(settings.resolve("sequence.json"), "{broken");

        SequenceSettings read = new SequenceSettings(settings);

        assertFalse(read.positionsAsRows());
        assertFalse(read.readableCells());
    }
}
