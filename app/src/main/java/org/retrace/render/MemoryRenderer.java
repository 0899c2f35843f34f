package org.retrace.render;

import java.util.Arrays;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.retrace.memory.MemoryHierarchy;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceState;

/**
 * Draws a hierarchical video memory as a time-aligned icicle: x is video time, each level a row,
 * each caption a rectangle over its clip, labelled as far as it fits, with a time ruler on top.
 * It shows a replay position as the tree does: clips appear as they are produced, the cursor's clip
 * and its ancestors are outlined, clips the agent left are greyed, and the clip an answer cites (a
 * solution) gets a thick green frame. Each row's clips are kept sorted
 * by start, so a frame finds the visible ones by binary search. The window's Memory tab and
 * {@code retrace bench render} both draw through this class.
 */
public final class MemoryRenderer {
    /** Height of the time ruler, of a level's row, and the gap between rows, in pixels. */
    public static final double RULER = 26;
    /** The shortest a level's row is drawn: a label and two lines of caption. */
    public static final double ROW = 54;
    /** The tallest a level's row is drawn when the levels share a tall pane. */
    private static final double MAX_ROW = 260;
    private static final double CAPTION_LINE = 16;
    public static final double ROW_GAP = 4;
    /** Room for one ruler label. */
    private static final double TICK_PIXELS = 90;
    private static final double CHARACTER_WIDTH = 6.4;
    private static final double MIN_CLIP_PIXELS = 6;

    private final Theme theme;
    private final CanvasSurface canvasSurface = new CanvasSurface();
    private final Font font = Font.font("DejaVu Sans", 11);
    private final Color[] clipFill;
    private final Color[] abandonedClipFill;
    private final Color bandFill;
    private final Color captionFill;
    private Trace trace;
    private int[][] rows = new int[0][];
    private double[] solutionMarks = new double[16];
    private int solutionMarkCount;
    /** The height of a level's row in the last frame drawn; clicks are read against it. */
    private double rowHeight = ROW;

    /** Mixes every colour a frame needs here, so drawing allocates none. */
    public MemoryRenderer(Theme theme) {
        this.theme = theme;
        NodeStatus[] statuses = NodeStatus.values();
        clipFill = new Color[statuses.length];
        abandonedClipFill = new Color[statuses.length];
        for (NodeStatus status : statuses) {
            Color base = theme.status(status);
            clipFill[status.ordinal()] = base.interpolate(theme.background, 0.45);
            abandonedClipFill[status.ordinal()] = status == NodeStatus.SOLUTION ? clipFill[status.ordinal()]
                    : base.interpolate(theme.abandoned, 0.7).interpolate(theme.background, 0.45);
        }
        bandFill = theme.silhouette.interpolate(theme.background, 0.5);
        captionFill = theme.label.deriveColor(0, 1, 1, 0.75);
    }

    /** True for a trace whose nodes carry time spans: a memory this renderer can draw. */
    public static boolean canShow(Trace trace) {
        return trace.nodeCount() > 0 && !Double.isNaN(trace.spanEnd(0));
    }

    /** Sorts {@code shown}'s clips by level and start, once per trace; O(n log n). */
    public void index(Trace shown) {
        trace = shown;
        int depths = shown.maxDepth() + 1;
        int[] counts = new int[depths];
        for (int node = 0; node < shown.nodeCount(); node++) {
            counts[shown.depth(node)]++;
        }
        rows = new int[depths][];
        for (int depth = 0; depth < depths; depth++) {
            rows[depth] = new int[counts[depth]];
        }
        int[] fill = new int[depths];
        for (int node = 0; node < shown.nodeCount(); node++) {
            rows[shown.depth(node)][fill[shown.depth(node)]++] = node;
        }
        for (int depth = 0; depth < depths; depth++) {
            rows[depth] = Arrays.stream(rows[depth]).boxed()
                    .sorted((a, b) -> Double.compare(shown.spanStart(a), shown.spanStart(b)))
                    .mapToInt(Integer::intValue).toArray();
        }
    }

    /** The whole video's length in seconds. */
    public double duration() {
        return trace == null ? 1 : duration(trace);
    }

    /** {@code memory}'s video length in seconds, at least one. */
    public static double duration(Trace memory) {
        return Math.max(1, memory.spanEnd(0));
    }

    /** Draws one frame of the scene's memory through {@code axis} onto a width x height area. */
    public void draw(GraphicsContext gc, TreeScene scene, TimeAxis axis, double width, double height) {
        draw(canvasSurface.target(gc), scene, axis, width, height);
    }

    /** Draws one frame on any surface, e.g. an SVG document. */
    public void draw(Surface gc, TreeScene scene, TimeAxis axis, double width, double height) {
        gc.setFill(theme.background);
        gc.fillRect(0, 0, width, height);
        drawRuler(gc, axis, width);
        TraceState state = scene.state();
        gc.setFont(font);
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        double lastSecond = axis.second(width);
        // The levels share the pane's height, so that a tall pane shows more of each caption.
        rowHeight = rows.length == 0 ? ROW
                : Math.max(ROW, Math.min(MAX_ROW, (height - RULER - ROW_GAP) / rows.length - ROW_GAP));
        for (int depth = 0; depth < rows.length; depth++) {
            double top = rowTop(depth);
            if (top > height) {
                break;
            }
            drawRow(gc, scene, axis, state, rows[depth], top, width, lastSecond);
        }
    }

    /**
     * One level's clips. Clips narrower than {@value #MIN_CLIP_PIXELS} pixels are merged into bands,
     * and the next clip looked at is found by binary search past the current pixel, so a row of
     * 36,000 one-second clips on one screen costs a few thousand steps, not 36,000 rectangles.
     */
    private void drawRow(Surface gc, TreeScene scene, TimeAxis axis, TraceState state, int[] row, double top,
            double width, double lastSecond) {
        double bandStart = Double.NaN;
        double bandEnd = Double.NaN;
        solutionMarkCount = 0;
        int k = firstEndingAfter(row, axis.firstSecond());
        while (k < row.length) {
            int node = row[k];
            double start = trace.spanStart(node);
            if (start > lastSecond) {
                break;
            }
            double left = axis.x(start);
            double right = axis.x(trace.spanEnd(node));
            if (right - left >= MIN_CLIP_PIXELS) {
                fillBand(gc, bandStart, bandEnd, top);
                bandStart = Double.NaN;
                if (state.exists(node)) {
                    drawClip(gc, scene, axis, node, state, top, width);
                }
                k++;
                continue;
            }
            if (state.exists(node)) {
                if (Double.isNaN(bandStart) || left > bandEnd + 1) {
                    fillBand(gc, bandStart, bandEnd, top);
                    bandStart = left;
                }
                bandEnd = Math.max(right, left + 1);
            }
            int next = Math.max(k + 1, firstEndingAfter(row, axis.second(Math.floor(right) + 1)));
            collectSolutionMarks(state, row, k, next, left);
            k = next;
        }
        fillBand(gc, bandStart, bandEnd, top);
        markNarrowCursorClip(gc, scene, axis, row, top);
        gc.setFill(theme.solutionEvent);
        for (int mark = 0; mark < solutionMarkCount; mark++) {
            gc.fillRect(solutionMarks[mark] - 1.5, top - 2, 4, rowHeight + 4);
        }
    }

    /**
     * The replay cursor's clip at this row's level, or its ancestor there, stays findable when it
     * is too narrow to draw: an orange bar over the band. Costs O(depth).
     */
    private void markNarrowCursorClip(Surface gc, TreeScene scene, TimeAxis axis, int[] row, double top) {
        if (row.length == 0 || scene.cursor() < 0) {
            return;
        }
        int level = trace.depth(row[0]);
        int node = scene.cursor();
        while (node >= 0 && trace.depth(node) > level) {
            node = trace.parent(node);
        }
        if (node < 0 || trace.depth(node) != level) {
            return;
        }
        double left = axis.x(trace.spanStart(node));
        if (axis.x(trace.spanEnd(node)) - left < MIN_CLIP_PIXELS) {
            gc.setFill(theme.cursor);
            gc.fillRect(left - 1.5, top - 4, 4, rowHeight + 8);
        }
    }

    /**
     * Remembers the pixel of any cited clip among those merged into one pixel, so an answer's
     * clip stays visible however far the view is zoomed out; drawn after the bands and the cursor's mark,
     * which shows above and below it when both fall on one clip.
     */
    private void collectSolutionMarks(TraceState state, int[] row, int from, int to, double x) {
        for (int k = from; k < to; k++) {
            int node = row[k];
            if (state.exists(node) && state.status(node) == NodeStatus.SOLUTION) {
                if (solutionMarkCount == solutionMarks.length) {
                    solutionMarks = Arrays.copyOf(solutionMarks, solutionMarkCount * 2);
                }
                solutionMarks[solutionMarkCount++] = x;
                return;
            }
        }
    }

    private void fillBand(Surface gc, double start, double end, double top) {
        if (!Double.isNaN(start)) {
            gc.setFill(bandFill);
            gc.fillRect(start, top, end - start, rowHeight);
        }
    }

    private void drawClip(Surface gc, TreeScene scene, TimeAxis axis, int node, TraceState state, double top,
            double width) {
        double left = axis.x(trace.spanStart(node));
        double right = axis.x(trace.spanEnd(node));
        double clippedLeft = Math.max(left, -2);
        double clippedRight = Math.min(right, width + 2);
        int status = state.status(node).ordinal();
        gc.setFill(scene.isAbandoned(node) ? abandonedClipFill[status] : clipFill[status]);
        gc.fillRect(clippedLeft, top, Math.max(1, clippedRight - clippedLeft - 1), rowHeight);
        gc.setStroke(theme.edge);
        gc.strokeRect(clippedLeft + 0.5, top + 0.5, Math.max(1, clippedRight - clippedLeft - 2), rowHeight - 1);
        if (state.status(node) == NodeStatus.SOLUTION) {
            gc.setStroke(theme.solutionEvent);
            gc.setLineWidth(4);
            gc.strokeRect(clippedLeft + 2, top + 2, Math.max(1, clippedRight - clippedLeft - 5), rowHeight - 4);
            gc.setLineWidth(1);
        }
        boolean onPath = scene.onCursorPath(node);
        boolean selected = scene.selected() == node;
        if (onPath || selected) {
            gc.setStroke(selected ? theme.selection : theme.cursor);
            gc.setLineWidth(onPath && node == scene.cursor() ? 3 : 2);
            gc.strokeRect(clippedLeft + 1, top + 1, Math.max(1, clippedRight - clippedLeft - 3), rowHeight - 2);
            gc.setLineWidth(1);
        }
        double room = clippedRight - clippedLeft - 6;
        if (room > 3 * CHARACTER_WIDTH) {
            gc.setFill(theme.label);
            gc.fillText(fit(trace.label(node), room), clippedLeft + 3, top + 3);
            String caption = trace.text(node).replace('\n', ' ').strip();
            if (!caption.isEmpty()) {
                gc.setFill(captionFill);
                int fits = Math.max(1, (int) (room / CHARACTER_WIDTH));
                int lines = Math.max(2, (int) ((rowHeight - 22) / CAPTION_LINE));
                String rest = caption;
                for (int line = 0; line < lines && !rest.isEmpty(); line++) {
                    double y = top + 19 + line * CAPTION_LINE;
                    if (rest.length() <= fits || line == lines - 1) {
                        gc.fillText(fit(rest, room), clippedLeft + 3, y);
                        break;
                    }
                    // Broken at a space, so that no word is cut in two unless it is longer than a line.
                    int space = rest.lastIndexOf(' ', fits);
                    int split = space > 0 ? space : fits;
                    gc.fillText(rest.substring(0, split).strip(), clippedLeft + 3, y);
                    rest = rest.substring(split).strip();
                }
            }
        }
    }

    private void drawRuler(Surface gc, TimeAxis axis, double width) {
        gc.setFill(theme.edge);
        gc.fillRect(0, RULER - 1, width, 1);
        double step = niceStep(axis.secondsPerPixel() * TICK_PIXELS);
        double first = Math.ceil(axis.firstSecond() / step) * step;
        if (!Double.isFinite(first) || !Double.isFinite(step) || first + step == first) {
            return;
        }
        gc.setFont(font);
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.CENTER);
        // At most one tick per TICK_PIXELS of width, whatever the span: a clip that ends at 1e26 s
        // must not make the ruler count its seconds.
        int ticks = (int) (width / TICK_PIXELS) + 2;
        for (int tick = 0; tick < ticks; tick++) {
            double second = first + tick * step;
            double x = axis.x(second);
            if (!(x < width)) {
                break;
            }
            gc.fillRect(x, RULER - 6, 1, 5);
            gc.setFill(theme.label);
            String clock = MemoryHierarchy.clock(second);
            // Centred on its tick, but never past either edge of the view.
            double half = clock.length() * CHARACTER_WIDTH / 2 + 2;
            gc.fillText(clock, Math.max(half, Math.min(width - half, x)), 4);
            gc.setFill(theme.edge);
        }
    }

    /**
     * A tick spacing of 1, 2, 5, 10, 15, 30 seconds, minutes or hours near {@code seconds}, and past
     * ten hours a power of ten times 1, 2 or 5.
     */
    private static double niceStep(double seconds) {
        double[] steps = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 18000, 36000};
        for (double step : steps) {
            if (step >= seconds) {
                return step;
            }
        }
        double power = Math.pow(10, Math.floor(Math.log10(seconds)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * power >= seconds) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static String fit(String text, double room) {
        int fits = (int) (room / CHARACTER_WIDTH);
        return text.length() <= fits ? text : text.substring(0, Math.max(1, fits - 1)) + "\u2026";
    }

    /** The first clip of a row, sorted by start, that ends after {@code second}; rows do not overlap. */
    private int firstEndingAfter(int[] row, double second) {
        int low = 0;
        int high = row.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (trace.spanEnd(row[mid]) < second) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Where the row of {@code depth} starts, as the last frame drew it. */
    public double rowTop(int depth) {
        return RULER + ROW_GAP + depth * (rowHeight + ROW_GAP);
    }

    /** The clip of {@code scene} under (x, y) in the last frame drawn, or -1; costs O(log n). */
    public int clipAt(TreeScene scene, TimeAxis axis, double x, double y) {
        if (trace == null || y < RULER + ROW_GAP) {
            return -1;
        }
        int depth = (int) ((y - RULER - ROW_GAP) / (rowHeight + ROW_GAP));
        if (depth >= rows.length) {
            return -1;
        }
        double second = axis.second(x);
        int[] row = rows[depth];
        int k = firstEndingAfter(row, second);
        if (k < row.length && trace.spanStart(row[k]) <= second && scene.state().exists(row[k])) {
            return row[k];
        }
        return -1;
    }
}
