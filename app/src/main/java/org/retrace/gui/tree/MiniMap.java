package org.retrace.gui.tree;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import org.retrace.layout.TreeLayout;
import org.retrace.render.Theme;
import org.retrace.render.TreeRenderer;
import org.retrace.render.Viewport;

/**
 * The whole tree in miniature with the main view's rectangle on it; press or drag to move the
 * main view there. Drawn by the same renderer, at a scale where it draws silhouettes.
 */
public final class MiniMap extends Canvas {
    private static final double WIDTH = 220;
    private static final double HEIGHT = 120;

    private final TreeCanvasView main;
    private final Viewport overview = new Viewport();
    private final TreeRenderer renderer = new TreeRenderer(Theme.standard());
    private final Theme theme = Theme.standard();

    public MiniMap(TreeCanvasView main) {
        super(WIDTH, HEIGHT);
        this.main = main;
        setId("minimap");
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveMainView);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveMainView);
    }

    /** Draws the tree and the main view's rectangle; call after the main view drew. */
    public void draw() {
        if (main.scene() == null) {
            return;
        }
        TreeLayout layout = main.scene().layout();
        overview.fit(layout.minX(), layout.maxX(), Math.max(layout.depthCount(), 1), WIDTH, HEIGHT);
        GraphicsContext gc = getGraphicsContext2D();
        renderer.drawOverview(gc, main.scene(), overview, WIDTH, HEIGHT);
        Viewport view = main.viewport();
        double left = overview.screenX(view.worldX(0));
        double right = overview.screenX(view.worldX(main.getWidth()));
        double top = depthToOverview(view, 0);
        double bottom = depthToOverview(view, main.getHeight());
        gc.setStroke(theme.selection);
        gc.setLineWidth(1.5);
        gc.strokeRect(Math.max(0, left), Math.max(0, top), Math.min(WIDTH, right) - Math.max(0, left),
                Math.min(HEIGHT, bottom) - Math.max(0, top));
        gc.setStroke(theme.edge);
        gc.setLineWidth(1);
        gc.strokeRect(0.5, 0.5, WIDTH - 1, HEIGHT - 1);
    }

    /** The overview's y of the main view's screen y, through the fractional depth it shows there. */
    private double depthToOverview(Viewport view, double screenY) {
        double depth = (screenY - view.screenY(0)) / view.levelHeight();
        return overview.screenY(0) + depth * overview.levelHeight();
    }

    private void moveMainView(MouseEvent event) {
        if (main.scene() == null) {
            return;
        }
        double x = overview.worldX(event.getX());
        double depth = (event.getY() - overview.screenY(0)) / overview.levelHeight();
        main.centreOnPoint(x, depth);
        event.consume();
    }
}
