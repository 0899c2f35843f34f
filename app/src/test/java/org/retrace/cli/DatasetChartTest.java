package org.retrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.fixtures.Fixtures;

class DatasetChartTest {
    @TempDir
    Path directory;

    private static String sos() {
        return Fixtures.fixture("llm/sos-dataset-train-20.json").toString();
    }

    @Test
    void drawsAHistogramOfAColumnAsAPictureAtTheScaleAsked() throws IOException {
        Path png = directory.resolve("histogram.png");

        CommandRun run = CommandRun.of("render", "--view", "dataset", "--chart", "backtracks", sos(), "-o",
                png.toString(), "--width", "600", "--height", "400", "--scale", "2");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("wrote " + png + ": a 1200x800 PNG chart of backtracks over 20 traces"),
                run.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(800, image.getHeight());
    }

    /** search_type is the SoS set's field with a few values: bfs_1 to bfs_5 and dfs. */
    @Test
    void drawsAScatterAsSvgColouredByTheFieldThatSplitsTheRows() throws IOException {
        Path svg = directory.resolve("scatter.svg");

        CommandRun run = CommandRun.of("render", "--view", "dataset", "--chart", "textLength,backtracks", sos(), "-o",
                svg.toString());

        assertEquals(0, run.exitCode(), run.err());
        String document = Files.readString(svg);
        assertTrue(document.contains(">backtracks against textLength, by search_type: 20 traces</text>"), document);
        assertTrue(document.contains(">search_type: dfs</text>"), document);
    }

    @Test
    void saysWhichColumnsTheDatasetHasWhenAskedForAnotherOrForNone() {
        CommandRun unknown = CommandRun.of("render", "--view", "dataset", "--chart", "speed", sos(), "-o",
                directory.resolve("x.png").toString());
        CommandRun none = CommandRun.of("render", "--view", "dataset", sos(), "-o", directory.resolve("y.png").toString());

        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("--chart: no column 'speed'; the dataset has [trace, source, format, nodes"),
                unknown.err());
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("--view dataset needs --chart COLUMN"), none.err());
    }
}
