package org.retrace.gui.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.retrace.io.AtomicFiles;

/**
 * The speed a newly opened file replays at: the default, unless the user chose View > Keep replay
 * speed for new files, when it is the speed they last replayed at, in this session and the next.
 * Kept in {@code replay.json} in the settings folder and written atomically; a file that cannot be
 * read, or holds no usable speed, gives the default.
 */
public final class ReplaySettings {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path store;
    private final double defaultSpeed;
    private boolean keepSpeed;
    private double speed;

    /** The settings kept in {@code settingsDirectory}, with {@code defaultSpeed} events a second when none is kept. */
    public ReplaySettings(Path settingsDirectory, double defaultSpeed) {
        if (!(defaultSpeed > 0) || Double.isInfinite(defaultSpeed)) {
            throw new IllegalArgumentException("the default speed must be a positive number of events a second, found "
                    + defaultSpeed);
        }
        this.store = settingsDirectory.resolve("replay.json");
        this.defaultSpeed = defaultSpeed;
        this.speed = defaultSpeed;
        if (Files.isRegularFile(store)) {
            try {
                JsonNode kept = MAPPER.readTree(store.toFile());
                double keptSpeed = kept.path("speed").asDouble(Double.NaN);
                if (keptSpeed > 0 && !Double.isInfinite(keptSpeed)) {
                    keepSpeed = kept.path("keepSpeed").asBoolean(false);
                    speed = keptSpeed;
                }
            } catch (IOException unreadable) {
                keepSpeed = false;
            }
        }
    }

    /** Whether new files keep the speed the replay had. */
    public boolean keepsSpeed() {
        return keepSpeed;
    }

    /** The speed the window starts with: the kept one, or the default. */
    public double firstSpeed() {
        return keepSpeed ? speed : defaultSpeed;
    }

    /** The speed a file opened now starts at, the replay running at {@code current} before it. */
    public double startSpeed(double current) {
        return keepSpeed ? current : defaultSpeed;
    }

    /** Keeps (or stops keeping) {@code current} as the speed new files start at, and saves that. */
    public void save(boolean keep, double current) throws IOException {
        keepSpeed = keep;
        speed = current > 0 && !Double.isInfinite(current) ? current : defaultSpeed;
        Map<String, Object> kept = Map.of("keepSpeed", keepSpeed, "speed", speed);
        AtomicFiles.write(store, out -> MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, kept));
    }
}
