package org.retrace.render;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.retrace.layout.OverviewPicture;
import org.retrace.layout.PixelTree;
import org.retrace.model.NodeStatus;
import org.retrace.model.TraceState;

/**
 * Draws an overview picture (a pixel tree or an icicle) into a rectangle: its cells become one
 * pixel each in an image scaled to the width, rows at most a given height, solutions green and
 * failures red. The image and its pixel buffer are kept while the grid's size stays, so a replay
 * step allocates nothing but the cells.
 */
public final class OverviewRenderer {
    /** The pixel tree's tallest row: thin, so that a shallow tree does not turn into a few tall bands. */
    public static final double PIXEL_TREE_ROW = 12;
    /** Rows at least this tall are parted by a line of background. */
    private static final double ROW_PARTED = 4;
    private final int[] colours = new int[4];
    private final Color background;
    private WritableImage image;
    private int[] pixels;

    public OverviewRenderer(Theme theme) {
        background = theme.background;
        colours[PixelTree.EMPTY] = argb(theme.background);
        colours[PixelTree.NODE] = argb(theme.silhouette);
        colours[PixelTree.FAILED] = argb(theme.status(NodeStatus.FAILED));
        colours[PixelTree.SOLUTION] = argb(theme.status(NodeStatus.SOLUTION));
    }

    private static int argb(Color colour) {
        return 0xff000000 | (int) Math.round(colour.getRed() * 255) << 16 | (int) Math.round(colour.getGreen() * 255) << 8
                | (int) Math.round(colour.getBlue() * 255);
    }

    /**
     * Draws {@code picture} at {@code state} into {@code width} x {@code height} pixels, rows at
     * most {@code mostRow} tall; costs what the picture's cells cost, plus O(width × depths).
     */
    public void draw(GraphicsContext gc, OverviewPicture picture, TraceState state, double width, double height,
            double mostRow) {
        int columns = columns(picture, width);
        int depths = Math.max(1, picture.depths());
        byte[] cells = picture.cells(state, columns);
        if (image == null || image.getWidth() != columns || image.getHeight() != depths) {
            image = new WritableImage(columns, depths);
            pixels = new int[columns * depths];
        }
        for (int cell = 0; cell < pixels.length; cell++) {
            pixels[cell] = colours[cells[cell]];
        }
        image.getPixelWriter().setPixels(0, 0, columns, depths, PixelFormat.getIntArgbInstance(), pixels, 0, columns);
        gc.setFill(background);
        gc.fillRect(0, 0, width, height);
        gc.setImageSmoothing(false);
        double row = rowHeight(picture, height, mostRow);
        gc.drawImage(image, 0, 0, width, depths * row);
        if (row >= ROW_PARTED) {
            for (int depth = 1; depth < depths; depth++) {
                gc.fillRect(0, depth * row - 1, width, 1);
            }
        }
    }

    /** A column of pixels per node, or per few nodes when there are more nodes than pixels across. */
    public static int columns(OverviewPicture picture, double width) {
        return picture.columnsFor((int) width);
    }

    /** How tall a depth's row is drawn in {@code height}: all rows fit, none taller than {@code mostRow}. */
    public static double rowHeight(OverviewPicture picture, double height, double mostRow) {
        return Math.min(mostRow, height / Math.max(1, picture.depths()));
    }

    /** The node drawn at ({@code x}, {@code y}), or -1. */
    public static int nodeAt(OverviewPicture picture, TraceState state, double width, double height, double mostRow,
            double x, double y) {
        int depth = (int) (y / rowHeight(picture, height, mostRow));
        int columns = columns(picture, width);
        int column = (int) Math.max(0, Math.min(columns - 1, x * columns / width));
        return depth < picture.depths() ? picture.nodeAt(state, columns, column, depth) : -1;
    }
}
