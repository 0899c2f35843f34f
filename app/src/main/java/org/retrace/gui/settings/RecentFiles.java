package org.retrace.gui.settings;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.retrace.io.SettingsFolder;
import java.util.ArrayList;
import java.util.List;
import org.retrace.io.AtomicFiles;

/**
 * The files opened last, newest first, kept in {@code recent-files.json} in the settings folder
 * and written atomically, so that a crash never loses the list. A list that cannot be read is
 * treated as empty rather than stopping the window.
 */
public final class RecentFiles {
    private static final int LIMIT = 10;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path store;
    private final List<Path> files = new ArrayList<>();

    public RecentFiles(Path settingsDirectory) {
        this.store = settingsDirectory.resolve("recent-files.json");
        if (Files.isRegularFile(store)) {
            try {
                for (String path : MAPPER.readValue(store.toFile(), new TypeReference<List<String>>() { })) {
                    files.add(Path.of(path));
                }
            } catch (IOException unreadable) {
                files.clear();
            }
        }
    }

    /** The settings folder the list lives in. */
    public Path settingsDirectory() {
        return store.getParent();
    }

    /** The settings folder: $RETRACE_CONFIG, else $XDG_CONFIG_HOME/retrace, else ~/.config/retrace. */
    public static Path defaultDirectory() {
        return SettingsFolder.standard();
    }

    /** The files, newest first. */
    public List<Path> list() {
        return List.copyOf(files);
    }

    /** Puts {@code file} first and saves the list. */
    public void add(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        while (files.size() > LIMIT) {
            files.remove(files.size() - 1);
        }
        List<String> paths = files.stream().map(Path::toString).toList();
        AtomicFiles.write(store, out -> MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, paths));
    }
}
