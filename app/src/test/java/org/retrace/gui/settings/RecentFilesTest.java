package org.retrace.gui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    @TempDir
    Path settings;

    @Test
    void keepsTheTenNewestFilesNewestFirstAcrossRestarts() throws IOException {
        RecentFiles recent = new RecentFiles(settings);
        for (int i = 0; i < 12; i++) {
            recent.add(settings.resolve("trace" + i + ".jsonl"));
        }
        recent.add(settings.resolve("trace5.jsonl"));

        List<Path> reopened = new RecentFiles(settings).list();

        assertEquals(10, reopened.size());
        assertEquals(settings.resolve("trace5.jsonl"), reopened.get(0));
        assertEquals(settings.resolve("trace11.jsonl"), reopened.get(1));
        assertEquals(settings.resolve("trace2.jsonl"), reopened.get(9));
    }

    @Test
    void startsEmptyWhenTheListCannotBeRead() throws IOException {
        Files.writeString(settings.resolve("recent-files.json"), "{broken");

        assertEquals(List.of(), new RecentFiles(settings).list());
    }
}
