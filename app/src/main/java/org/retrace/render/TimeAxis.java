package org.retrace.render;

/** How video time maps to pixels in the memory view: a first visible second and seconds per pixel. */
public final class TimeAxis {
    /** Pixels kept free at each side. */
    static final double GAP = 4;

    private double firstSecond;
    private double secondsPerPixel = 1;

    /** Fits {@code duration} seconds into {@code width} pixels. */
    public void fit(double duration, double width) {
        firstSecond = 0;
        secondsPerPixel = Math.max(duration, 1e-3) / Math.max(1, width - 2 * GAP);
    }

    /** True when the axis shows exactly {@code duration} seconds in {@code width} pixels from the start. */
    public boolean isFitted(double duration, double width) {
        return firstSecond == 0 && Math.abs(secondsPerPixel * (width - 2 * GAP) - duration) < 1e-6;
    }

    /** Zooms by {@code factor} (more than 1 zooms in) keeping the second under {@code x} in place. */
    public void zoom(double factor, double x) {
        double second = second(x);
        secondsPerPixel = Math.max(0.01, secondsPerPixel / factor);
        firstSecond = second - (x - GAP) * secondsPerPixel;
    }

    public void pan(double dx) {
        firstSecond -= dx * secondsPerPixel;
    }

    public double x(double second) {
        return GAP + (second - firstSecond) / secondsPerPixel;
    }

    public double second(double x) {
        return firstSecond + (x - GAP) * secondsPerPixel;
    }

    public double firstSecond() {
        return firstSecond;
    }

    public double secondsPerPixel() {
        return secondsPerPixel;
    }
}
