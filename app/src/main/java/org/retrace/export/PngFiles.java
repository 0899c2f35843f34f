package org.retrace.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.retrace.io.AtomicFiles;

/** Writes images as PNG files, whole or not at all. */
public final class PngFiles {
    private PngFiles() {
    }

    /** Writes {@code image} to {@code target} atomically; costs O(pixels). */
    public static void write(Image image, Path target) throws IOException {
        // Straight (not premultiplied) alpha: the PNG encoder would otherwise convert every pixel
        // itself, which doubled the time of a 4096x4096 figure.
        BufferedImage pixels = SwingFXUtils.fromFXImage(image,
                new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB));
        AtomicFiles.write(target, out -> {
            if (!ImageIO.write(pixels, "png", out)) {
                throw new IOException("this Java has no PNG writer");
            }
        });
    }
}
