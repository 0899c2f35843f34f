package org.retrace.gui.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.retrace.format.TraceReader;
import org.retrace.format.cot.CotTraceReader;
import org.retrace.format.cot.CueLexicon;

/**
 * The user's own chain-of-thought cue files, {@code cues/*.json} in the settings folder, in the
 * form of the bundled ones: read at each load, so an edited file counts at the next opening.
 */
public final class CueFiles {
    private final Path directory;

    public CueFiles(Path settingsDirectory) {
        this.directory = settingsDirectory.resolve("cues");
    }

    /**
     * The readers to ask before the standard ones: a chain-of-thought reader with the user's cues
     * when there are any, else none.
     *
     * @throws IOException when a cue file cannot be read or is not a cue file, naming it
     */
    public List<TraceReader> readers() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        Path[] files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".json")).sorted()
                    .toArray(Path[]::new);
        }
        if (files.length == 0) {
            return List.of();
        }
        try {
            return List.of(new CotTraceReader(null, CueLexicon.standardWith(files)));
        } catch (IllegalArgumentException notCues) {
            throw new IOException(notCues.getMessage(), notCues);
        }
    }
}
