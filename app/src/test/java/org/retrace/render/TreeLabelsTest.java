package org.retrace.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.retrace.export.Figure;
import org.retrace.layout.TidyTreeLayout;
import org.retrace.layout.TreeLayout;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** How node labels are drawn, read from the SVG the same renderer writes. */
@ExtendWith(ApplicationExtension.class)
class TreeLabelsTest {
    private static final String LONG = "think[The Lroveb Fashion Long Curly Wig seems to be natural-looking]";

    @Start
    void start(Stage stage) {
        stage.show();
    }

    /** A root with a long question, and three children: a short label, a long one, and a long one that will be selected. */
    private static TreeScene scene() {
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("labels"));
        int root = builder.addNode("r", -1, "state", NodeStatus.EXPANDED, "the question: make 24 from 4 9 10 13", null, 0);
        builder.addNode("a", root, "action", NodeStatus.OPEN, "click[Buy Now]", null, 1);
        builder.addNode("b", root, "action", NodeStatus.OPEN, LONG, null, 2);
        builder.addNode("c", root, "action", NodeStatus.OPEN, "second " + LONG, null, 3);
        Trace trace = builder.build();
        TreeLayout layout = new TreeLayout();
        new TidyTreeLayout().layout(trace, trace.nodeCount(), new BitSet(), layout);
        TreeScene scene = new TreeScene(trace, layout);
        scene.showPosition(trace.timeline().size());
        return scene;
    }

    private static String svg(TreeScene scene) {
        Viewport viewport = new Viewport();
        TreeLayout layout = scene.layout();
        // About 120 px between siblings and 160 px between levels: two lines of 17 characters.
        viewport.fit(layout.minX(), layout.maxX(), layout.depthCount(), 400, 500);
        return Figure.treeSvg(scene, viewport, 400, 500, Theme.standard(), false);
    }

    @Test
    void showsALabelWholeWhereItFitsAndWrapsALongOneOntoTwoLines() {
        String drawn = svg(scene());

        assertTrue(drawn.contains(">click[Buy Now]</text>"), drawn);
        assertTrue(drawn.contains(">the question: make 24 from 4 9 10 13</text>"),
                "a node alone on its level has the room of 40 characters: " + drawn);
        assertTrue(drawn.contains(">think[The Lroveb</text>"), "the first line ends at a space: " + drawn);
        assertTrue(drawn.contains(">Fashion Long Cur\u2026</text>"), "the second line is cut: " + drawn);
    }

    @Test
    void showsTheSelectedNodesWholeLabelOnUpToThreeLines() {
        TreeScene scene = scene();
        scene.select(scene.trace().findNode("b"));

        String drawn = svg(scene);

        assertTrue(drawn.contains(">think[The Lroveb Fashion Long Curly Wig</text>"), drawn);
        assertTrue(drawn.contains(">seems to be natural-looking]</text>"), drawn);
        assertFalse(drawn.contains(">think[The Lroveb</text>"), "the selected label is not also drawn cut: " + drawn);
    }

    /** Zooming once only stretched the tree sideways; closer in, labels now grow with the levels. */
    @Test
    void growsTheTextWhenZoomedInPastAFittedTreesSpacing() {
        TreeScene scene = scene();
        Viewport viewport = new Viewport();
        TreeLayout layout = scene.layout();
        viewport.fit(layout.minX(), layout.maxX(), layout.depthCount(), 400, 500);
        String fitted = Figure.treeSvg(scene, viewport, 400, 500, Theme.standard(), false);
        viewport.zoom(2, 200, 100);

        String zoomed = Figure.treeSvg(scene, viewport, 400, 500, Theme.standard(), false);

        assertFalse(fitted.contains("font-size:"), "a fitted tree's labels are the document's 11 px: " + fitted);
        assertTrue(zoomed.contains("font-size:22px"), "twice the spacing, twice the text: " + zoomed);
    }

    @Test
    void showsKeyMetricsInABadgeUnderTheLabelUnlessTurnedOff() {
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("mcts"));
        int root = builder.addNode("r", -1, "state", NodeStatus.EXPANDED, "24 from 1 5 5 5", null, 0);
        builder.setInitialMetric(root, "visits", 14);
        builder.setInitialMetric(root, "value", 0.5041);
        builder.addNode("a", root, "thought", NodeStatus.OPEN, "5*5=25", null, 1);
        Trace trace = builder.build();
        ShownTrace shown = ShownTrace.at(trace, trace.timeline().size(), ViewStyle.standard());
        Viewport viewport = new Viewport();
        viewport.fit(shown.layout().minX(), shown.layout().maxX(), shown.layout().depthCount(), 400, 500);

        String drawn = Figure.treeSvg(shown.scene(), viewport, 400, 500, Theme.standard(), false);
        shown.scene().setBadges(false);
        String plain = Figure.treeSvg(shown.scene(), viewport, 400, 500, Theme.standard(), false);

        assertTrue(drawn.contains(">visits 14  value 0.504</text>"), drawn);
        assertFalse(plain.contains(">visits 14"), plain);
    }

    /** A root, six branches, and ten leaves under each, labelled with 20 characters: 60 leaves across. */
    private static ShownTrace sixtyLeavesAcross() {
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("wide"));
        int root = builder.addNode("r", -1, "state", NodeStatus.EXPANDED, "start", null, 0);
        int time = 1;
        for (int branch = 0; branch < 6; branch++) {
            int parent = builder.addNode("b" + branch, root, "state", NodeStatus.EXPANDED, "branch " + branch, null,
                    time++);
            for (int leaf = 0; leaf < 10; leaf++) {
                builder.addNode("l" + branch + leaf, parent, "state", NodeStatus.OPEN,
                        leafLabel(branch * 10 + leaf, leaf), null, time++);
            }
        }
        Trace trace = builder.build();
        return ShownTrace.at(trace, trace.timeline().size(), ViewStyle.standard());
    }

    private static String leafLabel(int number, int tried) {
        return String.format("leaf %02d: try x = %d.5", number, tried);
    }

    /** The tree view's size in the window at 1600x1000 and at 1280x720. */
    @ParameterizedTest
    @CsvSource({"1100, 740", "880, 460"})
    void readsEveryWholeTwentyCharacterLabelOfSixtyPackedLeavesDownward(int width, int height) {
        ShownTrace shown = sixtyLeavesAcross();
        Viewport viewport = new Viewport();
        shown.fit(viewport, width, height);

        String drawn = Figure.treeSvg(shown.scene(), viewport, width, height, Theme.standard(), true);

        assertEquals(20, leafLabel(59, 9).length());
        for (int leaf = 0; leaf < 60; leaf++) {
            assertTrue(drawn.contains(">" + leafLabel(leaf, leaf % 10) + "</text>"), "leaf " + leaf + ": " + drawn);
        }
        assertEquals(60, drawn.split("rotate\\(90\\)", -1).length - 1, "the 60 leaves read downward, nothing else");
        assertTrue(drawn.contains(">branch 0</text>"), "a branch has room for its label across: " + drawn);
    }

    @Test
    void endsADownwardLabelAboveTheFirstDeeperNodeInItsColumn() {
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("column"));
        int root = builder.addNode("r", -1, "state", NodeStatus.EXPANDED, "root", null, 0);
        String longLabel = "a leaf whose label runs far longer than one level";
        builder.addNode("a", root, "state", NodeStatus.FAILED, longLabel, null, 1);
        int wide = builder.addNode("b", root, "state", NodeStatus.EXPANDED, "b", null, 2);
        for (int child = 0; child < 12; child++) {
            builder.addNode("b" + child, wide, "state", NodeStatus.OPEN, "b" + child, null, 3 + child);
        }
        Trace trace = builder.build();
        ShownTrace shown = ShownTrace.at(trace, trace.timeline().size(), ViewStyle.standard());
        Viewport viewport = new Viewport();
        shown.fit(viewport, 400, 500);
        assertTrue(shown.layout().x(trace.findNode("b0")) <= shown.layout().x(trace.findNode("a")),
                "b's children spread under a, which has none of its own");

        String drawn = Figure.treeSvg(shown.scene(), viewport, 400, 500, Theme.standard(), false);

        Matcher cut = Pattern.compile("rotate\\(90\\)\" class=\"\\w+\">(a leaf[^<]*)</text>").matcher(drawn);
        assertTrue(cut.find(), drawn);
        assertTrue(cut.group(1).endsWith("\u2026"), "cut: " + cut.group(1));
        assertTrue(cut.group(1).length() * 6.4 < viewport.screenY(2) - viewport.screenY(1),
                "ends above the next level: " + cut.group(1));
    }

    /** A Countdown step: the root's numbers, and two operations as both labels and actions. */
    private static ShownTrace countdown(boolean actionsOnEdges) {
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("countdown"));
        int root = builder.addNode("r", -1, "state", NodeStatus.EXPANDED, "24:[8, 2, 3]", null, 0);
        int times = builder.addNode("a", root, "thought", NodeStatus.OPEN, "8*3=24", null, 1);
        builder.setAttribute(times, Trace.ACTION, "8*3=24");
        int minus = builder.addNode("b", root, "thought", NodeStatus.FAILED, "8-2=6", null, 2);
        builder.setAttribute(minus, Trace.ACTION, "8-2=6");
        Trace trace = builder.build();
        return ShownTrace.at(trace, trace.timeline().size(),
                new ViewStyle(false, false, false, true, actionsOnEdges, new BitSet()));
    }

    @Test
    void writesEachActionOnTheEdgeToItsNodeInsteadOfUnderItWhenAskedTo() {
        for (boolean onEdges : new boolean[] {false, true}) {
            ShownTrace shown = countdown(onEdges);
            Viewport viewport = new Viewport();
            shown.fit(viewport, 400, 500);

            String drawn = Figure.treeSvg(shown.scene(), viewport, 400, 500, Theme.standard(), false);

            double childTop = viewport.screenY(1) - 9;
            double textY = textTopOf(drawn, "8*3=24");
            assertEquals(1, drawn.split(">8\\*3=24</text>", -1).length - 1, drawn);
            assertEquals(1, drawn.split(">8-2=6</text>", -1).length - 1, drawn);
            if (onEdges) {
                assertTrue(textY > viewport.screenY(0) + 40 && textY < childTop, "on the edge, above the child: " + textY);
            } else {
                assertTrue(textY > childTop, "under the node: " + textY);
            }
            assertTrue(drawn.contains(">24:[8, 2, 3]</text>"), "the root has no action and keeps its label: " + drawn);
        }
    }

    /** The y of the first SVG text element holding exactly {@code text}. */
    private static double textTopOf(String svg, String text) {
        int end = svg.indexOf(">" + text + "</text>");
        int start = svg.lastIndexOf("<text", end);
        String element = svg.substring(start, end);
        Matcher y = Pattern.compile(" y=\"([-\\d.]+)\"").matcher(element);
        assertTrue(y.find(), element);
        return Double.parseDouble(y.group(1));
    }
}
