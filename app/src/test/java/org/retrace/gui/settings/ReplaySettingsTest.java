package org.retrace.gui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplaySettingsTest {
    @TempDir
    Path settings;

    @Test
    void newFilesStartAtTheDefaultUntilTheUserKeepsTheirSpeed() {
        ReplaySettings replay = new ReplaySettings(settings, 12);

        assertFalse(replay.keepsSpeed());
        assertEquals(12, replay.firstSpeed());
        assertEquals(12, replay.startSpeed(3000));
    }

    @Test
    void aKeptSpeedCarriesOverToNewFilesAndTheNextSession() throws IOException {
        new ReplaySettings(settings, 12).save(true, 48);

        ReplaySettings reopened = new ReplaySettings(settings, 12);

        assertTrue(reopened.keepsSpeed());
        assertEquals(48, reopened.firstSpeed());
        assertEquals(300, reopened.startSpeed(300), "the speed replayed at last, not the one saved");
        reopened.save(false, 300);
        assertEquals(12, new ReplaySettings(settings, 12).firstSpeed());
    }

    @Test
    void anUnreadableOrMeaninglessFileGivesTheDefault() throws IOException {
        Files.writeString(settings.resolve("replay.json"), "{broken");
        assertEquals(12, new ReplaySettings(settings, 12).firstSpeed());

        Files.writeString(settings.resolve("replay.json"), "{\"keepSpeed\": true, \"speed\": -5}");
        assertFalse(new ReplaySettings(settings, 12).keepsSpeed());
        assertEquals(12, new ReplaySettings(settings, 12).firstSpeed());
    }

    @Test
    void refusesADefaultThatIsNoSpeed() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ReplaySettings(settings, 0));
        assertTrue(refused.getMessage().contains("found 0.0"), refused.getMessage());
    }
}
