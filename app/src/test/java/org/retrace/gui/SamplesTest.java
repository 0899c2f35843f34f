package org.retrace.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFiles;

class SamplesTest {
    @Test
    void everyListedSampleIsBundledAndLoads() throws IOException {
        for (String name : Samples.NAMES) {
            LoadedTraces loaded = TraceFiles.load(Samples.extract(name));
            assertEquals(List.of(), loaded.warnings(), name);
        }
    }

    @Test
    void listsEverySampleOfTheRepository() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
            assertEquals(files.map(file -> file.getFileName().toString()).sorted().toList(),
                    Samples.NAMES.stream().sorted().toList());
        }
    }

    @Test
    void refusesANameThatIsNotASample() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Samples.extract("../pom.xml"));
        assertEquals("no bundled sample '../pom.xml'; the samples are " + Samples.NAMES, error.getMessage());
    }
}
