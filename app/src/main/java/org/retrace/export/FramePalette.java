package org.retrace.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.paint.Color;
import org.retrace.model.NodeStatus;
import org.retrace.render.Theme;

/**
 * One 256-colour palette for every frame of an animation: the theme's own colours exactly (the
 * background, edges, labels, each status plain and greyed as abandoned, steps of the value scale),
 * a grey ramp for anti-aliased text and a colour cube for the rest. A frame is mapped through a
 * table of 32,768 entries (5 bits a channel), O(1) a pixel, instead of the JDK encoder building a
 * palette for each frame, which took most of an animation's time.
 */
public final class FramePalette {
    private static final int GREYS = 16;
    private static final int CUBE_LEVELS = 5;
    private static final int VALUE_SAMPLES = 16;

    private final IndexColorModel model;
    private final byte[] lookup = new byte[1 << 15];

    private FramePalette(List<Integer> exact) {
        List<Integer> colours = new ArrayList<>(exact);
        for (int grey = 0; grey < GREYS; grey++) {
            int level = grey * 255 / (GREYS - 1);
            colours.add(level << 16 | level << 8 | level);
        }
        for (int r = 0; r < CUBE_LEVELS; r++) {
            for (int g = 0; g < CUBE_LEVELS; g++) {
                for (int b = 0; b < CUBE_LEVELS; b++) {
                    colours.add(level(r) << 16 | level(g) << 8 | level(b));
                }
            }
        }
        if (colours.size() > 256) {
            throw new IllegalStateException("a GIF palette holds 256 colours, this one " + colours.size());
        }
        // A GIF colour table has a power of two entries; the spare ones stay black and unused.
        byte[] reds = new byte[256];
        byte[] greens = new byte[256];
        byte[] blues = new byte[256];
        for (int i = 0; i < colours.size(); i++) {
            reds[i] = (byte) (colours.get(i) >> 16);
            greens[i] = (byte) (colours.get(i) >> 8);
            blues[i] = (byte) (int) colours.get(i);
        }
        model = new IndexColorModel(8, 256, reds, greens, blues);
        for (int key = 0; key < lookup.length; key++) {
            lookup[key] = (byte) nearest(colours, (key >> 10 & 31) << 3 | 4, (key >> 5 & 31) << 3 | 4, (key & 31) << 3 | 4);
        }
        // The theme's colours map to themselves, whatever else shares their 5-bit cell.
        for (int i = 0; i < exact.size(); i++) {
            lookup[key(exact.get(i))] = (byte) i;
        }
    }

    /** The 256 colours, as the GIF's global colour table lists them. */
    IndexColorModel model() {
        return model;
    }

    /** The palette of frames drawn in {@code theme}. */
    public static FramePalette of(Theme theme) {
        Set<Integer> exact = new LinkedHashSet<>();
        for (Color colour : List.of(theme.background, theme.edge, theme.edgeOnPath, theme.silhouette, theme.label,
                theme.cursor, theme.selection, theme.searchMatch, theme.abandoned, theme.branchEvent,
                theme.backtrackEvent, theme.solutionEvent, theme.failureEvent, Color.WHITE, Color.BLACK)) {
            exact.add(rgb(colour));
        }
        for (NodeStatus status : NodeStatus.values()) {
            exact.add(rgb(theme.status(status)));
            exact.add(rgb(theme.status(status).interpolate(theme.abandoned, 0.6)));
        }
        for (int step = 0; step < VALUE_SAMPLES; step++) {
            exact.add(rgb(theme.valueColor(step / (VALUE_SAMPLES - 1.0))));
        }
        return new FramePalette(new ArrayList<>(exact));
    }

    /**
     * {@code frame} (TYPE_INT_RGB) in the palette's colours, written into {@code indexed} when it
     * is a matching image from an earlier call, else into a new one; costs O(pixels).
     */
    public BufferedImage index(BufferedImage frame, BufferedImage indexed) {
        if (frame.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("frames are TYPE_INT_RGB images, found type " + frame.getType());
        }
        BufferedImage target = indexed != null && indexed.getWidth() == frame.getWidth()
                && indexed.getHeight() == frame.getHeight() ? indexed
                : new BufferedImage(frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_BYTE_INDEXED, model);
        int[] pixels = ((DataBufferInt) frame.getRaster().getDataBuffer()).getData();
        byte[] out = ((DataBufferByte) target.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            out[i] = lookup[key(pixels[i])];
        }
        return target;
    }

    private static int key(int rgb) {
        return (rgb >> 9 & 0x7C00) | (rgb >> 6 & 0x3E0) | (rgb >> 3 & 0x1F);
    }

    private static int level(int step) {
        return step * 255 / (CUBE_LEVELS - 1);
    }

    private static int rgb(Color colour) {
        return (int) Math.round(colour.getRed() * 255) << 16 | (int) Math.round(colour.getGreen() * 255) << 8
                | (int) Math.round(colour.getBlue() * 255);
    }

    private static int nearest(List<Integer> colours, int r, int g, int b) {
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < colours.size(); i++) {
            int colour = colours.get(i);
            int dr = (colour >> 16 & 255) - r;
            int dg = (colour >> 8 & 255) - g;
            int db = (colour & 255) - b;
            int distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }
}
