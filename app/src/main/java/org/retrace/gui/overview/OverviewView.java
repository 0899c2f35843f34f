package org.retrace.gui.overview;

import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.retrace.layout.OverviewPicture;
import org.retrace.layout.PixelTree;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceState;
import org.retrace.render.Theme;

/**
 * An overview picture of the trace on display (its pixel tree or its icicle) filling the view
 * across: a column of pixels per node or per few nodes, a row per depth, solutions green and
 * failures red, at the replay's position. Drawn only when the position or the size changed; a
 * click selects the node under it.
 */
public final class OverviewView extends Region {
    /** Rows at least this tall are parted by a line of background. */
    private static final double ROW_PARTED = 4;
    private final Canvas canvas = new Canvas();
    private final Function<Trace, OverviewPicture> drawing;
    /** The tallest a depth's row is drawn, in pixels. */
    private final double mostRow;
    private final int[] colours = new int[4];
    private final Color background;
    private OverviewPicture pixels;
    /** The cells as pixels, kept while the columns and depths stay the same: redrawn at every replay step. */
    private WritableImage image;
    private TraceState state;
    private boolean dirty;
    private IntConsumer onSelect = node -> { };

    /**
     * A view drawing what {@code drawing} makes of a trace, with rows at most {@code mostRow}
     * pixels tall (infinity to fill the height).
     */
    public OverviewView(String id, Theme theme, Function<Trace, OverviewPicture> drawing, double mostRow) {
        setId(id);
        this.drawing = drawing;
        this.mostRow = mostRow;
        getChildren().add(canvas);
        background = theme.background;
        colours[PixelTree.EMPTY] = argb(theme.background);
        colours[PixelTree.NODE] = argb(theme.silhouette);
        colours[PixelTree.FAILED] = argb(theme.status(NodeStatus.FAILED));
        colours[PixelTree.SOLUTION] = argb(theme.status(NodeStatus.SOLUTION));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        setMinSize(100, 40);
    }

    private static int argb(Color colour) {
        return 0xff000000 | (int) Math.round(colour.getRed() * 255) << 16 | (int) Math.round(colour.getGreen() * 255) << 8
                | (int) Math.round(colour.getBlue() * 255);
    }

    /** Called with the node a click lands on. */
    public void setOnSelect(IntConsumer onSelect) {
        this.onSelect = onSelect;
    }

    /** Shows {@code trace}; costs O(n) for its depth-first order. */
    public void show(Trace trace) {
        pixels = drawing.apply(trace);
        dirty = true;
    }

    /** Shows the replay's position. */
    public void follow(TraceState now) {
        state = now;
        dirty = true;
    }

    /** Redraws if the position or size changed; costs O(n) then, nothing otherwise. */
    public void drawIfNeeded() {
        if (!dirty || pixels == null || state == null || !isVisible() || canvas.getWidth() < 1) {
            return;
        }
        dirty = false;
        int columns = columns();
        int depths = Math.max(1, pixels.depths());
        byte[] cells = pixels.cells(state, columns);
        if (image == null || image.getWidth() != columns || image.getHeight() != depths) {
            image = new WritableImage(columns, depths);
        }
        PixelWriter writer = image.getPixelWriter();
        for (int depth = 0; depth < depths; depth++) {
            for (int column = 0; column < columns; column++) {
                writer.setArgb(column, depth, colours[cells[depth * columns + column]]);
            }
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(background);
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        gc.setImageSmoothing(false);
        double row = rowHeight(depths);
        gc.drawImage(image, 0, 0, canvas.getWidth(), depths * row);
        if (row >= ROW_PARTED) {
            for (int depth = 1; depth < depths; depth++) {
                gc.fillRect(0, depth * row - 1, canvas.getWidth(), 1);
            }
        }
    }

    /** A column of pixels per node, or per few nodes when there are more nodes than pixels across. */
    private int columns() {
        return pixels.columnsFor((int) canvas.getWidth());
    }

    private double rowHeight(int depths) {
        return Math.min(mostRow, canvas.getHeight() / depths);
    }

    private void onClicked(MouseEvent event) {
        if (pixels == null || state == null) {
            return;
        }
        int depths = Math.max(1, pixels.depths());
        int depth = (int) (event.getY() / rowHeight(depths));
        int columns = columns();
        int column = (int) Math.min(columns - 1, event.getX() * columns / canvas.getWidth());
        int node = depth < depths ? pixels.nodeAt(state, columns, column, depth) : -1;
        if (node >= 0) {
            onSelect.accept(node);
        }
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            dirty = true;
        }
    }
}
