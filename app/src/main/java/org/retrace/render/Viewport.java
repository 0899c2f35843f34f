package org.retrace.render;

/**
 * How the layout's coordinates (x in sibling gaps, y in depths) map to pixels: separate scales for
 * the two axes, since a wide tree is thousands of gaps across but only tens of levels deep.
 */
public final class Viewport {
    /** The tallest a fitted level is drawn, in pixels; past it, zooming in grows nodes and text too. */
    public static final double MAX_LEVEL_HEIGHT = 160;
    /** The tallest a level may be drawn when zoomed in. */
    static final double MAX_ZOOMED_LEVEL_HEIGHT = 400;
    /** The shortest a level may be drawn. */
    static final double MIN_LEVEL_HEIGHT = 3;
    /** The room a fitted tree leaves on its left, right and top. */
    static final double MARGIN = 24;
    /** Room under the deepest level for its labels (two lines) and the legend the window lays over the lower edge. */
    static final double BOTTOM_MARGIN = 72;

    private double scaleX = 40;
    private double levelHeight = 60;
    private double originX;
    private double originY = -MARGIN;

    /** Pixels per unit of x. */
    public double scaleX() {
        return scaleX;
    }

    /** Pixels between two depths. */
    public double levelHeight() {
        return levelHeight;
    }

    public double screenX(double x) {
        return x * scaleX - originX;
    }

    public double screenY(int depth) {
        return depth * levelHeight - originY;
    }

    public double worldX(double screenX) {
        return (screenX + originX) / scaleX;
    }

    /** The depth whose row is nearest to {@code screenY} (may be outside the tree). */
    public int depthAt(double screenY) {
        return (int) Math.round((screenY + originY) / levelHeight);
    }

    /** Fits the extent [left, right] x [0, depths - 1] into a width x height area. */
    public void fit(double left, double right, int depths, double width, double height) {
        fit(left, right, depths, width, height, BOTTOM_MARGIN);
    }

    /**
     * Fits the extent [left, right] x [0, depths - 1] into a width x height area, leaving
     * {@code roomBelow} pixels under the deepest level (at least the usual {@value #BOTTOM_MARGIN}).
     */
    public void fit(double left, double right, int depths, double width, double height, double roomBelow) {
        // Half a sibling gap beside the outermost nodes, so that their labels fit as well.
        double span = Math.max(right - left, 0) + 1;
        scaleX = Math.max((width - 2 * MARGIN) / span, 1e-6);
        levelHeight = clampLevel((height - MARGIN - Math.max(BOTTOM_MARGIN, roomBelow)) / Math.max(depths - 1, 1));
        // The middle of the tree in the middle of the view, so that a lone path is not pushed to the edge.
        originX = (left + right) / 2 * scaleX - width / 2;
        originY = -MARGIN;
    }

    /** Zooms by {@code factor} keeping the point under (screenX, screenY) in place. */
    public void zoom(double factor, double screenX, double screenY) {
        double worldX = worldX(screenX);
        double worldY = (screenY + originY) / levelHeight;
        scaleX *= factor;
        levelHeight = Math.max(MIN_LEVEL_HEIGHT, Math.min(MAX_ZOOMED_LEVEL_HEIGHT, levelHeight * factor));
        originX = worldX * scaleX - screenX;
        originY = worldY * levelHeight - screenY;
    }

    public void pan(double dx, double dy) {
        originX -= dx;
        originY -= dy;
    }

    /** Moves the view so that the layout point (x, depth) is at the centre of a width x height area. */
    public void centreOn(double x, int depth, double width, double height) {
        originX = x * scaleX - width / 2;
        originY = depth * levelHeight - height / 2;
    }

    /** Copies another viewport's mapping. */
    public void copyFrom(Viewport other) {
        scaleX = other.scaleX;
        levelHeight = other.levelHeight;
        originX = other.originX;
        originY = other.originY;
    }

    private static double clampLevel(double height) {
        return Math.max(MIN_LEVEL_HEIGHT, Math.min(MAX_LEVEL_HEIGHT, height));
    }
}
