package org.retrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnimateCommandTest {
    private static final Path COUNTDOWN = Path.of("../samples/countdown-reasoning.jsonl");

    @TempDir
    Path directory;

    @Test
    void writesOneFrameForTheStartAndThreePerEventCrossedWithTheRequestedDelay() throws IOException {
        Path gif = directory.resolve("countdown.gif");
        CommandRun run = CommandRun.of("animate", COUNTDOWN.toString(), "-o", gif.toString(), "--from", "10",
                "--to", "20", "--frames-per-event", "3", "--fps", "20", "--width", "320", "--height", "200");
        assertEquals(0, run.exitCode(), run.err());

        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(1 + 10 * 3, reader.getNumImages(true));
            assertEquals(320, reader.getWidth(0));
            assertEquals(200, reader.getHeight(0));
            assertEquals("5", graphicControl(reader, 0).getAttribute("delayTime"));
            assertEquals("5", graphicControl(reader, 30).getAttribute("delayTime"));
            IIOMetadataNode loop = (IIOMetadataNode) metadata(reader, 0).getElementsByTagName("ApplicationExtension")
                    .item(0);
            assertEquals("NETSCAPE", loop.getAttribute("applicationID"));
            reader.dispose();
        }
    }

    @Test
    void refusesARangeBeyondTheTimelineAndWritesNothing() {
        Path gif = directory.resolve("never.gif");
        CommandRun run = CommandRun.of("animate", COUNTDOWN.toString(), "-o", gif.toString(), "--to", "101");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("--from and --to must satisfy 0 <= from <= to <= 100"), run.err());
        assertFalse(Files.exists(gif));
    }

    private static IIOMetadataNode graphicControl(ImageReader reader, int frame) throws IOException {
        return (IIOMetadataNode) metadata(reader, frame).getElementsByTagName("GraphicControlExtension").item(0);
    }

    private static IIOMetadataNode metadata(ImageReader reader, int frame) throws IOException {
        return (IIOMetadataNode) reader.getImageMetadata(frame).getAsTree("javax_imageio_gif_image_1.0");
    }
}
