package org.retrace.export;

import java.util.Objects;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import org.retrace.decoding.SequenceHistory;
import org.retrace.layout.TreeLayout;
import org.retrace.model.Trace;
import org.retrace.render.AnnotationMarks;
import org.retrace.render.CanvasSurface;
import org.retrace.render.LegendRenderer;
import org.retrace.render.MemoryRenderer;
import org.retrace.render.SequenceRenderer;
import org.retrace.render.ShownTrace;
import org.retrace.render.Theme;
import org.retrace.render.TimeAxis;
import org.retrace.render.TreeRenderer;
import org.retrace.render.TreeScene;
import org.retrace.render.ViewStyle;
import org.retrace.render.Viewport;

/**
 * A trace drawn into an image as the window shows it, fitted to the figure: the window's own
 * renderers on an offscreen canvas, so a figure and the screen cannot drift apart. Runs on the
 * JavaFX thread; costs one layout (O(n)) and one frame.
 */
public final class Figure {
    /** The largest side, in pixels, a figure may have once scaled. */
    public static final int MAX_SIDE = 16384;

    /**
     * Which of the window's views the figure shows: the Sequence view with a row per step, or
     * transposed, with a row per position.
     */
    public enum View {
        TREE, MEMORY, SEQUENCE, SEQUENCE_TRANSPOSED;

        /** Whether this is the Sequence view, either way round. */
        public boolean isSequence() {
            return this == SEQUENCE || this == SEQUENCE_TRANSPOSED;
        }
    }

    /**
     * What to draw: the view, its size in screen pixels, the pixel scale (2 doubles every side),
     * the replay position (events played), the selected node, or -1 for none, and how the tree is
     * dressed (legend, colours, collapsed subtrees), as the window's tree view is, with the
     * bookmarks and labels {@code marks} draws (none unless asked).
     */
    public record Request(View view, int width, int height, double scale, int position, int selected,
            ViewStyle style, AnnotationMarks marks) {
        /** A request without annotations. */
        public Request(View view, int width, int height, double scale, int position, int selected, ViewStyle style) {
            this(view, width, height, scale, position, selected, style, AnnotationMarks.NONE);
        }

        public Request {
            Objects.requireNonNull(style, "a figure needs a style, found null");
            Objects.requireNonNull(marks, "a figure needs marks, AnnotationMarks.NONE for none, found null");
            if (width < 1 || height < 1) {
                throw new IllegalArgumentException("a figure needs a positive width and height, found " + width
                        + "x" + height);
            }
            if (!(scale >= 1 && scale <= 4)) {
                throw new IllegalArgumentException("the scale must be between 1 and 4, found " + scale);
            }
            if (Math.ceil(width * scale) > MAX_SIDE || Math.ceil(height * scale) > MAX_SIDE) {
                throw new IllegalArgumentException("a figure may be at most " + MAX_SIDE + " pixels a side, found "
                        + Math.round(width * scale) + "x" + Math.round(height * scale));
            }
        }

        /** The width of the drawn picture in pixels: the screen width scaled, rounded up as its canvas is. */
        public int pixelWidth() {
            return (int) Math.ceil(width * scale);
        }

        /** The height of the drawn picture in pixels, as {@link #pixelWidth()}. */
        public int pixelHeight() {
            return (int) Math.ceil(height * scale);
        }
    }

    private Figure() {
    }

    /** Draws {@code trace} as {@code request} asks; fails early on a position or node the trace lacks. */
    public static WritableImage draw(Trace trace, Request request, Theme theme) {
        if (request.view().isSequence()) {
            checkPosition(trace, request.position());
            return sequence(sequenceOf(trace, theme, request.view()), trace, request.position(), request.width(), request.height(),
                    request.scale());
        }
        Scene prepared = prepare(trace, request, theme);
        if (prepared.memory() == null) {
            return tree(prepared.scene(), prepared.viewport(), request.width(), request.height(), request.scale(),
                    theme, request.style().legend());
        }
        return memory(prepared.memory(), prepared.scene(), prepared.axis(), request.width(), request.height(),
                request.scale());
    }

    /**
     * The same picture as {@link #draw} as an SVG document, by the same renderers: shapes stay
     * shapes and labels stay text. The scale does not apply, as a vector picture has none.
     */
    public static String svg(Trace trace, Request request, Theme theme) {
        if (request.view().isSequence()) {
            checkPosition(trace, request.position());
            SvgSurface surface = new SvgSurface(request.width(), request.height());
            sequenceOf(trace, theme, request.view()).drawVector(surface, request.width(), request.height(),
                    SequenceHistory.stepAt(trace, request.position()));
            return surface.document();
        }
        Scene prepared = prepare(trace, request, theme);
        if (prepared.memory() == null) {
            return treeSvg(prepared.scene(), prepared.viewport(), request.width(), request.height(), theme,
                    request.style().legend());
        }
        return memorySvg(prepared.memory(), prepared.scene(), prepared.axis(), request.width(), request.height());
    }

    /** The picture {@link #tree} draws, as an SVG document; costs one frame. */
    public static String treeSvg(TreeScene scene, Viewport viewport, double width, double height, Theme theme,
            boolean legend) {
        SvgSurface surface = new SvgSurface(width, height);
        new TreeRenderer(theme).draw(surface, scene, viewport, width, height);
        if (legend) {
            new LegendRenderer(theme).draw(surface, width, height, scene.colourByValue());
        }
        return surface.document();
    }

    /** The picture {@link #memory} draws, as an SVG document; costs one frame. */
    public static String memorySvg(MemoryRenderer renderer, TreeScene scene, TimeAxis axis, double width,
            double height) {
        SvgSurface surface = new SvgSurface(width, height);
        renderer.draw(surface, scene, axis, width, height);
        return surface.document();
    }

    /** A scene laid out and fitted to the request: a viewport for the tree, or an axis and renderer for a memory. */
    private record Scene(TreeScene scene, Viewport viewport, TimeAxis axis, MemoryRenderer memory) {
    }

    private static Scene prepare(Trace trace, Request request, Theme theme) {
        int events = trace.timeline().size();
        if (request.position() < 0 || request.position() > events) {
            throw new IllegalArgumentException("the position must be between 0 and " + events
                    + " (the trace's events), found " + request.position());
        }
        if (request.selected() >= trace.nodeCount()) {
            throw new IllegalArgumentException("node " + request.selected() + " is not in a trace of "
                    + trace.nodeCount() + " nodes");
        }
        if (request.view() == View.MEMORY && !MemoryRenderer.canShow(trace)) {
            throw new IllegalArgumentException("'" + trace.info().name()
                    + "' has no time spans, so it has no memory view; use the tree view");
        }
        ShownTrace shown = ShownTrace.at(trace, request.position(), request.style());
        TreeScene scene = shown.scene();
        scene.setMarks(request.marks());
        TreeLayout layout = shown.layout();
        if (request.selected() >= 0) {
            scene.select(request.selected());
        }
        if (request.view() == View.TREE) {
            Viewport viewport = new Viewport();
            // The tree is fitted above the legend, so that no node hides behind it.
            double legend = request.style().legend()
                    ? new LegendRenderer(theme).height(request.width(), request.style().colourByValue()) : 0;
            shown.fit(viewport, request.width(), Math.max(1, request.height() - legend));
            return new Scene(scene, viewport, null, null);
        }
        TimeAxis axis = new TimeAxis();
        axis.fit(MemoryRenderer.duration(trace), request.width());
        MemoryRenderer renderer = new MemoryRenderer(theme);
        renderer.index(trace);
        return new Scene(scene, null, axis, renderer);
    }

    /**
     * The tree of {@code scene} seen through {@code viewport} on a width x height screen, drawn
     * afresh at {@code scale} (so a 2x figure is sharp, not an enlarged bitmap); costs one frame.
     */
    public static WritableImage tree(TreeScene scene, Viewport viewport, double width, double height, double scale,
            Theme theme, boolean legend) {
        Canvas canvas = scaledCanvas(width, height, scale);
        new TreeRenderer(theme).draw(canvas.getGraphicsContext2D(), scene, viewport, width, height);
        if (legend) {
            new LegendRenderer(theme).draw(new CanvasSurface().target(canvas.getGraphicsContext2D()), width, height,
                    scene.colourByValue());
        }
        return canvas.snapshot(null, null);
    }

    /**
     * The memory of {@code scene} seen through {@code axis}, as {@link #tree} does for the tree,
     * by a renderer already indexed for the scene's trace; costs one frame.
     */
    public static WritableImage memory(MemoryRenderer renderer, TreeScene scene, TimeAxis axis, double width,
            double height, double scale) {
        Canvas canvas = scaledCanvas(width, height, scale);
        renderer.draw(canvas.getGraphicsContext2D(), scene, axis, width, height);
        return canvas.snapshot(null, null);
    }

    /**
     * A renderer ready to draw {@code trace}'s Sequence view, transposed when {@code view} is;
     * fails on a trace that is no diffusion decoding.
     */
    public static SequenceRenderer sequenceOf(Trace trace, Theme theme, View view) {
        if (!SequenceHistory.canShow(trace)) {
            throw new IllegalArgumentException("'" + trace.info().name() + "' is not a diffusion decoding, so it has no "
                    + "sequence view; use the tree view");
        }
        SequenceRenderer renderer = new SequenceRenderer(theme);
        // Turned first, so that the grid's image is made once, the right way round.
        renderer.setTransposed(view == View.SEQUENCE_TRANSPOSED);
        renderer.show(SequenceHistory.of(trace));
        return renderer;
    }

    private static void checkPosition(Trace trace, int position) {
        if (position < 0 || position > trace.timeline().size()) {
            throw new IllegalArgumentException("the position must be between 0 and " + trace.timeline().size()
                    + " (the trace's events), found " + position);
        }
    }

    /** The Sequence view of {@code trace} at replay {@code position}, as the window draws it; costs one frame. */
    public static WritableImage sequence(SequenceRenderer renderer, Trace trace, int position, double width,
            double height, double scale) {
        Canvas canvas = scaledCanvas(width, height, scale);
        renderer.draw(canvas.getGraphicsContext2D(), width, height, SequenceHistory.stepAt(trace, position), -1);
        return canvas.snapshot(null, null);
    }

    private static Canvas scaledCanvas(double width, double height, double scale) {
        Canvas canvas = new Canvas(Math.ceil(width * scale), Math.ceil(height * scale));
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.scale(scale, scale);
        return canvas;
    }
}
