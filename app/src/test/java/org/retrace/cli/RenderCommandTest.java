package org.retrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.retrace.format.TraceFiles;
import org.retrace.layout.TreeLayout;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.render.Theme;
import org.retrace.render.ShownTrace;
import org.retrace.render.ViewStyle;
import org.retrace.render.Viewport;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class RenderCommandTest {
    private static final Path KNAPSACK = Path.of("../samples/branch-and-bound-knapsack.jsonl");
    private static final Path MEMORY = Path.of("../samples/videolucy-memory-rounds.jsonl");

    @TempDir
    Path directory;

    @Test
    void drawsTheWholeTreeWithASolutionNodeInTheSolutionColourAtTwiceTheScale() throws IOException {
        Path png = directory.resolve("knapsack.png");
        CommandRun run = CommandRun.of("render", KNAPSACK.toString(), "-o", png.toString(), "--width", "800",
                "--height", "500", "--scale", "2", "--no-legend");
        assertEquals(0, run.exitCode(), run.err());

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1600, image.getWidth());
        assertEquals(1000, image.getHeight());
        Trace trace = TraceFiles.load(KNAPSACK).first();
        int solution = trace.findNode("12");
        assertEquals(NodeStatus.SOLUTION, trace.stateAt(trace.timeline().size()).status(solution));
        ShownTrace shown = ShownTrace.at(trace, trace.timeline().size(), ViewStyle.standard());
        TreeLayout layout = shown.layout();
        Viewport viewport = new Viewport();
        shown.fit(viewport, 800, 500);
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
    void writesAnSvgWhoseNodesAndLabelsMatchThePngDrawnBySameRenderer() throws Exception {
        Path svg = directory.resolve("knapsack.svg");
        Path png = directory.resolve("knapsack.png");
        for (Path output : List.of(svg, png)) {
            CommandRun run = CommandRun.of("render", KNAPSACK.toString(), "-o", output.toString(), "--width", "900",
                    "--height", "380");
            assertEquals(0, run.exitCode(), run.err());
        }

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", document.getDocumentElement().getTagName());
        List<String> texts = new ArrayList<>();
        NodeList textElements = document.getElementsByTagName("text");
        for (int i = 0; i < textElements.getLength(); i++) {
            texts.add(textElements.item(i).getTextContent());
        }
        assertTrue(texts.containsAll(List.of("root", "x2 = 1", "x2 = 0", "x3 = 0")), texts.toString());

        BufferedImage image = ImageIO.read(png.toFile());
        NodeList circles = document.getElementsByTagName("circle");
        int filledNodes = 0;
        for (int i = 0; i < circles.getLength(); i++) {
            Element circle = (Element) circles.item(i);
            String fill = fillOf(document, circle);
            if (fill.startsWith("#") && Double.parseDouble(circle.getAttribute("r")) >= 5) {
                int x = (int) Math.round(Double.parseDouble(circle.getAttribute("cx")));
                int y = (int) Math.round(Double.parseDouble(circle.getAttribute("cy")));
                assertSameColour(Color.web(fill), image.getRGB(x, y));
                filledNodes++;
            }
        }
        assertEquals(39 + 8, filledNodes, "the sample's 39 nodes and the legend's 7 statuses and cursor");
    }

    /** Node counts read from each sample's node lines. */
    @ParameterizedTest
    @CsvSource({"branch-and-bound-knapsack.jsonl, 39", "countdown-reasoning.jsonl, 26", "mcts-game24.jsonl, 31"})
    void leavesTheLegendOutWhenAskedAndKeepsToTheByteBudget(String sample, int nodes) throws Exception {
        Path svg = directory.resolve("bare.svg");
        // Badges add a line of metrics per node; the budget is the tree and its labels'.
        CommandRun run = CommandRun.of("render", "../samples/" + sample, "-o", svg.toString(), "--no-legend",
                "--no-badges");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.size(svg) <= 150L * nodes, "at most 150 bytes for each of the " + nodes
                + " nodes, found " + Files.size(svg));

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals(nodes, document.getElementsByTagName("circle").getLength() - ringsAroundTheCursor(document));
        assertFalse(document.getDocumentElement().getTextContent().contains("cursor"));
    }

    /**
     * The knapsack's failed subtrees, found by hand in the sample: under "x2 = 0" (node 2) 8 nodes,
     * all pruned or failed, and under node 20 another 4.
     */
    @Test
    void collapsesTheFailedSubtreesIntoTrianglesMarkedWithWhatTheyHide() throws Exception {
        Path svg = directory.resolve("collapsed.svg");
        CommandRun run = CommandRun.of("render", KNAPSACK.toString(), "-o", svg.toString(), "--no-legend",
                "--collapse-failed");
        assertEquals(0, run.exitCode(), run.err());

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals(39 - 8 - 4, document.getElementsByTagName("circle").getLength()
                - ringsAroundTheCursor(document));
        assertEquals(2, document.getElementsByTagName("polygon").getLength());
        List<String> texts = new ArrayList<>();
        NodeList elements = document.getElementsByTagName("text");
        for (int i = 0; i < elements.getLength(); i++) {
            texts.add(elements.item(i).getTextContent());
        }
        assertTrue(texts.contains("8 \u27171") && texts.contains("4 \u27171"), texts.toString());
        for (int i = 0; i < document.getElementsByTagName("polygon").getLength(); i++) {
            for (String point : ((Element) document.getElementsByTagName("polygon").item(i)).getAttribute("points")
                    .split(" ")) {
                double x = Double.parseDouble(point.split(",")[0]);
                assertTrue(x >= 0 && x <= 1600, "a triangle corner at x=" + x + " lies outside the figure");
            }
        }
    }

    @Test
    void showsTheValueScaleInTheLegendWhenColouringByValue() throws Exception {
        Path svg = directory.resolve("values.svg");
        CommandRun run = CommandRun.of("render", "../samples/mcts-game24.jsonl", "-o", svg.toString(),
                "--colour-by-value", "--edge-width-by-visits");
        assertEquals(0, run.exitCode(), run.err());

        String text = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile())
                .getDocumentElement().getTextContent();
        assertTrue(text.contains("value: low") && text.contains("high"), text);
    }

    /** An element's fill, from the CSS class the SVG gives it. */
    private static String fillOf(Document document, Element element) {
        String css = document.getElementsByTagName("style").item(0).getTextContent();
        Matcher rule = Pattern.compile("\\." + element.getAttribute("class") + "\\{[^}]*?fill:([^;}]+)").matcher(css);
        assertTrue(rule.find(), "no fill for class " + element.getAttribute("class") + " in " + css);
        return rule.group(1);
    }

    /** The cursor's ring is a circle too, an outline with no fill. */
    private static int ringsAroundTheCursor(Document document) {
        NodeList circles = document.getElementsByTagName("circle");
        int rings = 0;
        for (int i = 0; i < circles.getLength(); i++) {
            if (fillOf(document, (Element) circles.item(i)).equals("none")) {
                rings++;
            }
        }
        return rings;
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
