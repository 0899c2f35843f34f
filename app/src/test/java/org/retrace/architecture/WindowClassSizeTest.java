package org.retrace.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The window's classes stay small enough for a newcomer to find a thing by its class's name: the
 * main window was once 952 lines that built menus, loaded files, ran live views, adapted exports
 * and switched presentation mode. About 300 lines a class, read as at most 330.
 */
class WindowClassSizeTest {
    private static final int MOST_LINES = 330;
    private static final Path WINDOW_SOURCES = Path.of("src/main/java/org/retrace/gui");

    @Test
    void noWindowClassIsLongerThanAboutThreeHundredLines() throws IOException {
        assertTrue(Files.isDirectory(WINDOW_SOURCES), "the window's sources are at " + WINDOW_SOURCES.toAbsolutePath());
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(WINDOW_SOURCES)) {
            for (Path file : files.filter(each -> each.toString().endsWith(".java")).toList()) {
                long lines = Files.readAllLines(file).size();
                if (lines > MOST_LINES) {
                    tooLong.add(file + ": " + lines + " lines");
                }
            }
        }
        assertEquals(List.of(), tooLong, "classes over " + MOST_LINES + " lines");
    }
}
