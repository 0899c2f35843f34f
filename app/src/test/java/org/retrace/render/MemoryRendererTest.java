package org.retrace.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.retrace.export.Figure;
import org.retrace.layout.TidyTreeLayout;
import org.retrace.layout.TreeLayout;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MemoryRendererTest {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 200;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    /** An hour of video cut into 600 six-second clips: 1.65 pixels each when the whole hour is shown. */
    private static Trace hourOfSixSecondClips() {
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("hour"));
        int root = builder.addNode("video", -1, "state", NodeStatus.EXPANDED, "video", "", 0);
        builder.setSpan(root, 0, 3600);
        for (int clip = 0; clip < 600; clip++) {
            int node = builder.addNode("clip " + clip, root, "state", NodeStatus.OPEN, "", "", clip + 1);
            builder.setSpan(node, clip * 6, clip * 6 + 6);
        }
        builder.solution(builder.findNode("clip 100"), 601);
        builder.visit(builder.findNode("clip 400"), 602);
        return builder.build();
    }

    @Test
    void clipsTooNarrowToDrawStillShowTheCitedClipAndTheCursor(FxRobot robot) {
        Trace trace = hourOfSixSecondClips();
        Theme theme = Theme.standard();

        Drawn drawn = draw(robot, trace, theme);

        assertEquals(trace.findNode("clip 400"), drawn.scene().cursor());
        WritableImage frame = drawn.image();
        TimeAxis axis = drawn.axis();
        double secondRowTop = drawn.secondRowTop();
        int aboveBand = (int) secondRowTop - 1;
        assertClose(theme.solutionEvent, pixel(frame, axis.x(600), aboveBand));
        assertClose(theme.cursor, pixel(frame, axis.x(2400), aboveBand));
        assertClose(theme.background, pixel(frame, axis.x(1500), aboveBand));
        Color band = pixel(frame, axis.x(1500), secondRowTop + 10);
        assertTrue(distance(band, theme.background) > 0.05, "the merged clips draw a band, found " + band);
    }

    /** A ruler once counted 36,000-second ticks across 31 years of media and never finished. */
    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void drawsTheRulerOfTheLongestMediaWithAFewTicks(FxRobot robot) {
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("decades"));
        int root = builder.addNode("video", -1, "state", NodeStatus.EXPANDED, "video", "", 0);
        builder.setSpan(root, 0, TraceBuilder.MAX_SPAN_SECONDS);
        int clip = builder.addNode("clip", root, "state", NodeStatus.OPEN, "", "", 1);
        builder.setSpan(clip, 0, 1);
        Trace trace = builder.build();

        Drawn drawn = draw(robot, trace, Theme.standard());

        assertEquals(WIDTH, (int) drawn.image().getWidth());
    }

    @Test
    void wrapsACaptionAtSpacesOverTheRowsShareOfTheHeight() {
        String caption = "The video opens with a man standing outdoors at night in front of a row of parked cars";
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("caption"));
        int root = builder.addNode("video", -1, "state", NodeStatus.EXPANDED, "video", "", 0);
        builder.setSpan(root, 0, 60);
        int clip = builder.addNode("clip", root, "state", NodeStatus.OPEN, "0:00-1:00", caption, 1);
        builder.setSpan(clip, 0, 60);
        Trace trace = builder.build();
        TreeLayout layout = new TreeLayout();
        new TidyTreeLayout().layout(trace, trace.nodeCount(), new BitSet(), layout);
        TreeScene scene = new TreeScene(trace, layout);
        scene.showPosition(trace.timeline().size());
        MemoryRenderer renderer = new MemoryRenderer(Theme.standard());
        renderer.index(trace);
        TimeAxis axis = new TimeAxis();
        axis.fit(renderer.duration(), 160);

        String svg = Figure.memorySvg(renderer, scene, axis, 160, 400);

        List<String> lines = new ArrayList<>();
        Matcher text = Pattern.compile(">([^<]*)</text>").matcher(svg);
        while (text.find()) {
            lines.add(text.group(1));
        }
        int first = lines.indexOf("0:00-1:00") + 1;
        assertEquals(caption, String.join(" ", lines.subList(first, lines.size())),
                "the whole caption, a word never cut, on " + (lines.size() - first) + " lines: " + lines);
        assertTrue(lines.size() - first >= 4, lines.toString());
    }

    /** A frame of the memory view, the axis it was drawn with and the scene at the trace's end. */
    private record Drawn(WritableImage image, TimeAxis axis, TreeScene scene, double secondRowTop) {
    }

    /** Draws {@code trace}'s memory view at its last event, the whole span fitted to {@value #WIDTH} pixels. */
    private static Drawn draw(FxRobot robot, Trace trace, Theme theme) {
        TreeLayout layout = new TreeLayout();
        new TidyTreeLayout().layout(trace, trace.nodeCount(), new BitSet(), layout);
        TreeScene scene = new TreeScene(trace, layout);
        scene.showPosition(trace.timeline().size());
        MemoryRenderer renderer = new MemoryRenderer(theme);
        renderer.index(trace);
        TimeAxis axis = new TimeAxis();
        axis.fit(renderer.duration(), WIDTH);
        AtomicReference<WritableImage> frame = new AtomicReference<>();
        robot.interact(() -> {
            Canvas canvas = new Canvas(WIDTH, HEIGHT);
            renderer.draw(canvas.getGraphicsContext2D(), scene, axis, WIDTH, HEIGHT);
            frame.set(canvas.snapshot(null, null));
        });
        return new Drawn(frame.get(), axis, scene, renderer.rowTop(1));
    }

    private static Color pixel(WritableImage image, double x, double y) {
        return image.getPixelReader().getColor((int) Math.floor(x + 0.5), (int) y);
    }

    private static void assertClose(Color expected, Color actual) {
        assertTrue(distance(expected, actual) < 0.02, "expected " + expected + " but found " + actual);
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }
}
