package org.retrace.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.retrace.decoding.SequenceHistory;
import org.retrace.layout.Icicle;
import org.retrace.layout.OverviewPicture;
import org.retrace.layout.PixelTree;
import org.retrace.layout.TreeLayout;
import org.retrace.model.Trace;
import org.retrace.model.TraceState;

/**
 * Times full frames of the tree, drawn by the window's {@link TreeRenderer} onto a canvas and
 * rasterised (a snapshot forces the drawing commands to be carried out), at three zoom levels:
 * the whole tree, a mid zoom just above the level-of-detail threshold where the most single nodes
 * are on screen, and a close zoom with labels; for a video memory, also three zooms of the memory view.
 */
public final class FrameBenchmark {
    /** Pixels per sibling gap at the mid zoom: the densest view still drawn node by node. */
    static final double MID_SCALE = TreeRenderer.DETAIL_SCALE * 2;
    /** Pixels per sibling gap at the close zoom, where labels show. */
    static final double CLOSE_SCALE = 80;

    /** The median and largest frame time at one zoom. */
    public record Result(String zoom, double medianMillis, double maxMillis, int frames) {
    }

    private FrameBenchmark() {
    }

    /** Draws {@code frames} measured frames per zoom after {@code warmup}; runs JavaFX headless. */
    public static List<Result> run(Trace trace, int width, int height, int warmup, int frames) throws Exception {
        return HeadlessFx.call(() -> measure(trace, width, height, warmup, frames));
    }

    private static List<Result> measure(Trace trace, int width, int height, int warmup, int frames) {
        // Laid out whole, shown half way: the frames draw the largest tree at a busy position.
        ShownTrace shown = ShownTrace.at(trace, trace.timeline().size(), ViewStyle.standard());
        TreeScene scene = shown.scene();
        TreeLayout layout = shown.layout();
        shown.showPositionWithinLayout(trace.timeline().size() / 2);
        Canvas canvas = new Canvas(width, height);
        WritableImage frame = new WritableImage(width, height);
        TreeRenderer renderer = new TreeRenderer(Theme.standard());
        List<Result> results = new ArrayList<>();
        for (String zoom : List.of("whole", "mid", "close")) {
            Viewport viewport = viewportFor(zoom, layout, trace, width, height);
            double[] times = new double[frames];
            for (int i = -warmup; i < frames; i++) {
                long start = System.nanoTime();
                renderer.draw(canvas.getGraphicsContext2D(), scene, viewport, width, height);
                canvas.snapshot(null, frame);
                if (i >= 0) {
                    times[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            Arrays.sort(times);
            results.add(new Result(zoom, times[frames / 2], times[frames - 1], frames));
        }
        if (MemoryRenderer.canShow(trace)) {
            results.addAll(measureMemory(scene, canvas, frame, width, height, warmup, frames));
        }
        return results;
    }

    /**
     * Frames of the memory view: the whole video, a mid zoom (ten minutes across) and a close zoom
     * (one minute across), each panned a little every frame as a person scrubbing would.
     */
    private static List<Result> measureMemory(TreeScene scene, Canvas canvas, WritableImage frame, int width,
            int height, int warmup, int frames) {
        MemoryRenderer renderer = new MemoryRenderer(Theme.standard());
        renderer.index(scene.trace());
        List<Result> results = new ArrayList<>();
        for (String zoom : List.of("memory-whole", "memory-mid", "memory-close")) {
            TimeAxis axis = new TimeAxis();
            axis.fit(renderer.duration(), width);
            double across = switch (zoom) {
                case "memory-mid" -> 600;
                case "memory-close" -> 60;
                default -> renderer.duration();
            };
            axis.zoom(renderer.duration() / across, width / 2.0);
            double[] times = new double[frames];
            for (int i = -warmup; i < frames; i++) {
                axis.pan(i % 2 == 0 ? 7 : -5);
                long start = System.nanoTime();
                renderer.draw(canvas.getGraphicsContext2D(), scene, axis, width, height);
                canvas.snapshot(null, frame);
                if (i >= 0) {
                    times[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            Arrays.sort(times);
            results.add(new Result(zoom, times[frames / 2], times[frames - 1], frames));
        }
        return results;
    }

    /**
     * Frames of the overviews, pixel tree and icicle, each at a replay position a step on from the
     * last, as a playing replay redraws them; runs JavaFX headless.
     */
    public static List<Result> runOverviews(Trace trace, int width, int height, int warmup, int frames)
            throws Exception {
        return HeadlessFx.call(() -> {
            Canvas canvas = new Canvas(width, height);
            WritableImage frame = new WritableImage(width, height);
            List<Result> results = new ArrayList<>();
            for (OverviewPicture picture : List.of(new PixelTree(trace), new Icicle(trace))) {
                OverviewRenderer renderer = new OverviewRenderer(Theme.standard());
                double mostRow = picture instanceof PixelTree ? OverviewRenderer.PIXEL_TREE_ROW : Double.POSITIVE_INFINITY;
                double[] times = new double[frames];
                for (int i = -warmup; i < frames; i++) {
                    TraceState state = trace.stateAt(Math.min(trace.timeline().size(), trace.timeline().size() / 2 + i));
                    long start = System.nanoTime();
                    renderer.draw(canvas.getGraphicsContext2D(), picture, state, width, height, mostRow);
                    canvas.snapshot(null, frame);
                    if (i >= 0) {
                        times[i] = (System.nanoTime() - start) / 1e6;
                    }
                }
                Arrays.sort(times);
                results.add(new Result(picture instanceof PixelTree ? "pixel-tree" : "icicle", times[frames / 2],
                        times[frames - 1], frames));
            }
            if (SequenceHistory.canShow(trace)) {
                SequenceHistory history = SequenceHistory.of(trace);
                results.add(sequenceFrames(history, "sequence", false, false, canvas, frame, warmup, frames));
                results.add(sequenceFrames(history, "sequence-transposed", true, false, canvas, frame, warmup, frames));
                results.add(sequenceFrames(history, "sequence-readable", false, true, canvas, frame, warmup, frames));
            }
            return results;
        });
    }

    /**
     * Frames of a diffusion decoding's Sequence view, a step further each frame, as the replay draws
     * it: fitted, transposed, or with readable cells scrolled to follow the step.
     */
    private static Result sequenceFrames(SequenceHistory history, String name, boolean transposed, boolean readable,
            Canvas canvas, WritableImage frame, int warmup, int frames) {
        SequenceRenderer renderer = new SequenceRenderer(Theme.standard());
        renderer.show(history);
        renderer.setTransposed(transposed);
        renderer.setReadable(readable);
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        double[] scroll = {0, 0};
        double[] times = new double[frames];
        for (int i = -warmup; i < frames; i++) {
            long start = System.nanoTime();
            int step = history.steps() / 2 + i;
            scroll = renderer.grid(width, height).scrollToShow(Math.min(step, history.steps() - 1), scroll[0], scroll[1]);
            renderer.setScroll(scroll[0], scroll[1]);
            renderer.draw(canvas.getGraphicsContext2D(), width, height, step, 7);
            canvas.snapshot(null, frame);
            if (i >= 0) {
                times[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(times);
        return new Result(name, times[frames / 2], times[frames - 1], frames);
    }

    private static Viewport viewportFor(String zoom, TreeLayout layout, Trace trace, int width, int height) {
        Viewport viewport = new Viewport();
        viewport.fit(layout.minX(), layout.maxX(), layout.depthCount(), width, height);
        if (zoom.equals("whole")) {
            return viewport;
        }
        int widest = 0;
        for (int depth = 1; depth < layout.depthCount(); depth++) {
            if (layout.levelSize(depth) > layout.levelSize(widest)) {
                widest = depth;
            }
        }
        int middle = layout.levelNode(widest, layout.levelSize(widest) / 2);
        double scale = zoom.equals("mid") ? MID_SCALE : CLOSE_SCALE;
        viewport.zoom(scale / viewport.scaleX(), width / 2.0, height / 2.0);
        viewport.centreOn(layout.x(middle), trace.depth(middle), width, height);
        return viewport;
    }
}
