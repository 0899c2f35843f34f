package org.retrace.gui.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.retrace.io.AtomicFiles;

/**
 * How the Sequence view shows a decoding, kept between sessions: positions as rows or steps, and
 * readable cells or a fitted grid. Kept in {@code sequence.json} in the settings folder and written
 * atomically; a file that cannot be read gives steps as rows and a fitted grid.
 */
public final class SequenceSettings {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path store;
    private boolean positionsAsRows;
    private boolean readableCells;

    /** The settings kept in {@code settingsDirectory}. */
    public SequenceSettings(Path settingsDirectory) {
        store = settingsDirectory.resolve("sequence.json");
        if (Files.isRegularFile(store)) {
            try {
                JsonNode kept = MAPPER.readTree(store.toFile());
                positionsAsRows = kept.path("positionsAsRows").asBoolean(false);
                readableCells = kept.path("readableCells").asBoolean(false);
            } catch (IOException unreadable) {
                positionsAsRows = false;
                readableCells = false;
            }
        }
    }

    public boolean positionsAsRows() {
        return positionsAsRows;
    }

    public boolean readableCells() {
        return readableCells;
    }

    /** Keeps both choices, and saves them. */
    public void save(boolean positionsAsRows, boolean readableCells) throws IOException {
        this.positionsAsRows = positionsAsRows;
        this.readableCells = readableCells;
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("positionsAsRows", positionsAsRows);
        kept.put("readableCells", readableCells);
        AtomicFiles.write(store, out -> MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, kept));
    }
}
