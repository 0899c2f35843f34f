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
        Path[] files = files();
        return files.length == 0 ? List.of() : List.of(reader(files));
    }

    /** A chain-of-thought reader with the bundled cues and the user's, for a file opened as reasoning. */
    public CotTraceReader reasoningReader() throws IOException {
        return reader(files());
    }

    private Path[] files() throws IOException {
        if (!Files.isDirectory(directory)) {
            return new Path[0];
        }
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(file -> file.getFileName().toString().endsWith(".json")).sorted()
                    .toArray(Path[]::new);
        }
    }

    private static CotTraceReader reader(Path[] files) throws IOException {
        try {
            return new CotTraceReader(null, files.length == 0 ? CueLexicon.standard() : CueLexicon.standardWith(files));
        } catch (IllegalArgumentException notCues) {
            throw new IOException(notCues.getMessage(), notCues);
        }
    }
}
