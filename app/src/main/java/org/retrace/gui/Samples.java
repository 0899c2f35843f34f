package org.retrace.gui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The traces bundled in the jar, which the window opens when no file is given. */
public final class Samples {
    /** What a sample's temporary folder's name starts with. */
    private static final String EXTRACTED = "retrace-sample";
    /** File names under {@code samples/}, the first being the one the window opens by default. */
    public static final List<String> NAMES = List.of("countdown-reasoning.jsonl", "mcts-game24.jsonl",
            "branch-and-bound-knapsack.jsonl", "videolucy-memory-rounds.jsonl", "chain-of-thought-24.md",
            "chains-of-thought.jsonl", "diffusion-decoding.json");

    private Samples() {
    }

    /** Whether {@code file} is a bundled sample's temporary copy, which is deleted on exit. */
    static boolean isExtracted(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder != null && folder.getFileName().toString().startsWith(EXTRACTED)
                && folder.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());
    }

    /**
     * Copies a bundled sample to a temporary file, since the readers work on files (they re-read a
     * log's last line to tell a cut-off write from a malformed one).
     */
    public static Path extract(String name) throws IOException {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no bundled sample '" + name + "'; the samples are " + NAMES);
        }
        Path directory = Files.createTempDirectory(EXTRACTED);
        Path copy = directory.resolve(name);
        try (InputStream in = Samples.class.getResourceAsStream("/org/retrace/samples/" + name)) {
            if (in == null) {
                throw new IOException("the sample '" + name + "' is missing from this build");
            }
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        // Files registered later are deleted first, so the folder is registered before its file.
        directory.toFile().deleteOnExit();
        copy.toFile().deleteOnExit();
        return copy;
    }
}
