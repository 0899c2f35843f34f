package org.retrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.TraceFiles;
import org.retrace.layout.TidyTreeLayout;
import org.retrace.layout.TreeLayout;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.render.Theme;
import org.retrace.render.Viewport;

class RenderCommandTest {
    private static final Path KNAPSACK = Path.of("../samples/branch-and-bound-knapsack.jsonl");
    private static final Path MEMORY = Path.of("../samples/videolucy-memory-rounds.jsonl");

    @TempDir
    Path directory;

    @Test
    void drawsTheWholeTreeWithASolutionNodeInTheSolutionColourAtTwiceTheScale() throws IOException {
        Path png = directory.resolve("knapsack.png");
        CommandRun run = CommandRun.of("render", KNAPSACK.toString(), "-o", png.toString(), "--width", "800",
                "--height", "500", "--scale", "2");
        assertEquals(0, run.exitCode(), run.err());

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1600, image.getWidth());
        assertEquals(1000, image.getHeight());
        Trace trace = TraceFiles.load(KNAPSACK).first();
        int solution = trace.findNode("12");
        assertEquals(NodeStatus.SOLUTION, trace.stateAt(trace.timeline().size()).status(solution));
        TreeLayout layout = new TreeLayout();
        new TidyTreeLayout().layout(trace, trace.nodeCount(), new BitSet(), layout);
        Viewport viewport = new Viewport();
        viewport.fit(layout.minX(), layout.maxX(), layout.depthCount(), 800, 500);
        int x = (int) Math.round(2 * viewport.screenX(layout.x(solution)));
        int y = (int) Math.round(2 * viewport.screenY(trace.depth(solution)));
        assertSameColour(Theme.standard().status(NodeStatus.SOLUTION), image.getRGB(x, y));
    }

    @Test
    void drawsAMemoryInTheMemoryViewByDefault() throws IOException {
        Path png = directory.resolve("memory.png");
        CommandRun run = CommandRun.of("render", MEMORY.toString(), "-o", png.toString(), "--width", "1200",
                "--height", "300", "--at", "0");
        assertEquals(0, run.exitCode(), run.err());

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(300, image.getHeight());
        assertSameColour(Theme.standard().background, image.getRGB(600, 150));
    }

    @Test
    void refusesAnEventOutsideTheTimelineAndWritesNothing() {
        Path png = directory.resolve("never.png");
        CommandRun run = CommandRun.of("render", KNAPSACK.toString(), "-o", png.toString(), "--at", "100000");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("--at must be between 0 and "), run.err());
        assertFalse(Files.exists(png));
    }

    @Test
    void refusesTheMemoryViewForATraceWithoutTimeSpans() {
        CommandRun run = CommandRun.of("render", KNAPSACK.toString(), "-o", directory.resolve("x.png").toString(),
                "--view", "memory");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("has no time spans, so it has no memory view"), run.err());
    }

    private static void assertSameColour(Color expected, int argb) {
        Color actual = Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
        double distance = Math.abs(expected.getRed() - actual.getRed())
                + Math.abs(expected.getGreen() - actual.getGreen()) + Math.abs(expected.getBlue() - actual.getBlue());
        assertTrue(distance < 0.03, "expected " + expected + " but found " + actual);
    }
}
