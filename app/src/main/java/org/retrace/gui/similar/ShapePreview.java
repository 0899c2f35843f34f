package org.retrace.gui.similar;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.retrace.model.Trace;
import org.retrace.render.Theme;
import org.retrace.similar.ShapeSketch;

/**
 * One occurrence of a shape drawn to fit the view, its nodes in their outcomes' colours; redrawn
 * when shown or resized.
 */
final class ShapePreview extends Region {
    private static final double MARGIN = 24;
    private static final double LARGEST_RADIUS = 9;
    private final Canvas canvas = new Canvas();
    private final Theme theme;
    private Trace trace;
    private ShapeSketch sketch;

    ShapePreview(Theme theme) {
        this.theme = theme;
        setId("similar-shape");
        getChildren().add(canvas);
        setMinSize(120, 80);
    }

    /** Draws {@code shape}, a subtree of {@code shapeTrace}; null clears the view. */
    void show(Trace shapeTrace, ShapeSketch shape) {
        trace = shapeTrace;
        sketch = shape;
        draw();
    }

    private void draw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(theme.background);
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (sketch == null) {
            return;
        }
        double across = Math.max(1, sketch.width());
        double down = Math.max(1, sketch.levels());
        double unitX = Math.min((canvas.getWidth() - 2 * MARGIN) / across, 10 * LARGEST_RADIUS);
        double unitY = Math.min((canvas.getHeight() - 2 * MARGIN) / down, 9 * LARGEST_RADIUS);
        double radius = Math.max(1.5, Math.min(LARGEST_RADIUS, Math.min(unitX, unitY) * 0.3));
        double left = (canvas.getWidth() - sketch.width() * unitX) / 2;
        gc.setStroke(theme.edge);
        gc.setLineWidth(1);
        for (int k = 1; k < sketch.size(); k++) {
            int parent = sketch.parent(k);
            gc.strokeLine(left + sketch.x(parent) * unitX, MARGIN + sketch.level(parent) * unitY,
                    left + sketch.x(k) * unitX, MARGIN + sketch.level(k) * unitY);
        }
        for (int k = 0; k < sketch.size(); k++) {
            double x = left + sketch.x(k) * unitX - radius;
            double y = MARGIN + sketch.level(k) * unitY - radius;
            gc.setFill(theme.status(trace.status(sketch.node(k))));
            gc.fillOval(x, y, 2 * radius, 2 * radius);
            gc.strokeOval(x, y, 2 * radius, 2 * radius);
        }
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
    }
}
