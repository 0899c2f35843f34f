package org.retrace.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Objects;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import org.retrace.decoding.SequenceHistory;
import org.retrace.layout.TreeLayout;
import org.retrace.model.EventType;
import org.retrace.model.Trace;
import org.retrace.render.AnnotationMarks;
import org.retrace.render.HeadlessFx;
import org.retrace.render.LegendRenderer;
import org.retrace.render.MemoryRenderer;
import org.retrace.render.PathPoint;
import org.retrace.render.SequenceRenderer;
import org.retrace.render.ShownTrace;
import org.retrace.render.Theme;
import org.retrace.render.TimeAxis;
import org.retrace.render.TreeScene;
import org.retrace.render.ViewStyle;
import org.retrace.render.Viewport;

/**
 * A stretch of the replay drawn frame by frame, as the window plays it: the tree grows, a
 * backtrack's marker travels up the abandoned branch and a solution flashes when there are
 * several frames per event. The camera is fitted once to the tree at the last event, so the
 * picture does not jump as the tree grows. Each frame is handed on as soon as it is drawn.
 */
public final class ReplayAnimation {
    /**
     * What to animate: the view, the frame size, the events from and to, frames per event (1 to
     * 30), and how the tree is dressed (legend, colours, collapsed subtrees), with the bookmarks and
     * labels {@code marks} draws (none unless asked).
     */
    public record Request(Figure.View view, int width, int height, int from, int to, int framesPerEvent,
            ViewStyle style, AnnotationMarks marks) {
        /** A request without annotations. */
        public Request(Figure.View view, int width, int height, int from, int to, int framesPerEvent, ViewStyle style) {
            this(view, width, height, from, to, framesPerEvent, style, AnnotationMarks.NONE);
        }

        public Request {
            Objects.requireNonNull(style, "an animation needs a style, found null");
            Objects.requireNonNull(marks, "an animation needs marks, AnnotationMarks.NONE for none, found null");
            if (width < 1 || height < 1 || width > Figure.MAX_SIDE || height > Figure.MAX_SIDE) {
                throw new IllegalArgumentException("frames must be 1 to " + Figure.MAX_SIDE + " pixels a side, found "
                        + width + "x" + height);
            }
            if (from < 0 || to < from) {
                throw new IllegalArgumentException("the range must run forward from event 0 or later, found " + from
                        + " to " + to);
            }
            if (framesPerEvent < 1 || framesPerEvent > 30) {
                throw new IllegalArgumentException("frames per event must be 1 to 30, found " + framesPerEvent);
            }
        }

        /** One frame for the start, then {@code framesPerEvent} for each event crossed. */
        public int frameCount() {
            return 1 + (to - from) * framesPerEvent;
        }
    }

    /** Where the frames go, in order. */
    @FunctionalInterface
    public interface FrameSink {
        void accept(BufferedImage frame) throws IOException;
    }

    private final Trace trace;
    private final Request request;
    private final Theme theme;
    private final ShownTrace shown;
    /** The Sequence view's renderer, for a diffusion decoding drawn as one; else null. */
    private final SequenceRenderer sequenceRenderer;
    private final TreeLayout layout;
    private final TreeScene scene;
    private final double[] marker = new double[2];
    private final Viewport viewport = new Viewport();
    private final TimeAxis axis = new TimeAxis();
    private final MemoryRenderer memoryRenderer;
    private final BufferedImage frame;

    private ReplayAnimation(Trace trace, Request request, Theme theme) {
        int events = trace.timeline().size();
        if (request.to() > events) {
            throw new IllegalArgumentException("the range must end at event " + events + " or before, found "
                    + request.to());
        }
        if (request.view() == Figure.View.MEMORY && !MemoryRenderer.canShow(trace)) {
            throw new IllegalArgumentException("'" + trace.info().name()
                    + "' has no time spans, so it has no memory view; use the tree view");
        }
        this.trace = trace;
        this.request = request;
        this.theme = theme;
        shown = ShownTrace.at(trace, request.to(), request.style());
        scene = shown.scene();
        scene.setMarks(request.marks());
        layout = shown.layout();
        double legend = request.style().legend()
                ? new LegendRenderer(theme).height(request.width(), request.style().colourByValue()) : 0;
        shown.fit(viewport, request.width(), Math.max(1, request.height() - legend));
        sequenceRenderer = request.view().isSequence() ? Figure.sequenceOf(trace, theme, request.view()) : null;
        memoryRenderer = request.view() == Figure.View.MEMORY ? new MemoryRenderer(theme) : null;
        if (memoryRenderer != null) {
            memoryRenderer.index(trace);
            axis.fit(MemoryRenderer.duration(trace), request.width());
        }
        frame = new BufferedImage(request.width(), request.height(), BufferedImage.TYPE_INT_RGB);
    }

    /**
     * Draws {@code request}'s frames of {@code trace} and hands each to {@code sink} before drawing
     * the next, so memory holds one frame. Drawing runs on the JavaFX thread, the sink on the
     * caller's. Returns the number of frames; costs one incremental relayout and one frame each.
     */
    public static int render(Trace trace, Request request, Theme theme, FrameSink sink) throws Exception {
        return new ReplayAnimation(trace, request, theme).run(sink);
    }

    private int run(FrameSink sink) throws Exception {
        if (sequenceRenderer != null) {
            return runSteps(sink);
        }
        int frames = 0;
        showPosition(request.from());
        sink.accept(draw());
        frames++;
        int steps = request.framesPerEvent();
        for (int position = request.from() + 1; position <= request.to(); position++) {
            showPosition(position);
            int event = position - 1;
            for (int step = 1; step <= steps; step++) {
                animate(event, step < steps ? (double) step / steps : Double.NaN);
                sink.accept(draw());
                frames++;
            }
        }
        return frames;
    }

    /**
     * A diffusion decoding's Sequence view changes a step at a time, not an event at a time: a frame
     * (or {@code framesPerEvent}) per step crossed.
     */
    private int runSteps(FrameSink sink) throws Exception {
        int frames = 0;
        int lastStep = -1;
        for (int position = request.from(); position <= request.to(); position++) {
            int step = SequenceHistory.stepAt(trace, position);
            if (step != lastStep) {
                lastStep = step;
                int at = position;
                WritableImage image = HeadlessFx.call(() -> Figure.sequence(sequenceRenderer, trace, at, request.width(),
                        request.height(), 1));
                BufferedImage drawn = SwingFXUtils.fromFXImage(image, frame);
                for (int copy = 0; copy < (frames == 0 ? 1 : request.framesPerEvent()); copy++) {
                    sink.accept(drawn);
                    frames++;
                }
            }
        }
        return frames;
    }

    private void showPosition(int position) {
        shown.showPosition(position);
    }

    /** Sets the passing effects of {@code event} at {@code progress} (0 to 1), or clears them for NaN. */
    private void animate(int event, double progress) {
        scene.setMarker(Double.NaN, Double.NaN);
        scene.setFlash(-1, 0);
        if (Double.isNaN(progress)) {
            return;
        }
        EventType type = trace.timeline().type(event);
        if (type == EventType.BACKTRACK) {
            int[] path = trace.pathBetween(trace.timeline().backtrackOrigin(event), trace.timeline().node(event));
            if (PathPoint.at(trace, layout, path, progress, marker)) {
                scene.setMarker(marker[0], marker[1]);
            }
        } else if (type == EventType.SOLUTION) {
            scene.setFlash(trace.timeline().node(event), progress);
        }
    }

    private BufferedImage draw() throws Exception {
        WritableImage image = HeadlessFx.call(() -> memoryRenderer == null
                ? Figure.tree(scene, viewport, request.width(), request.height(), 1, theme, request.style().legend())
                : Figure.memory(memoryRenderer, scene, axis, request.width(), request.height(), 1));
        return SwingFXUtils.fromFXImage(image, frame);
    }
}
