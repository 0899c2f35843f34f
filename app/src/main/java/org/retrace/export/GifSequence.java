package org.retrace.export;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF written frame by frame as the frames are drawn, so memory stays that of one
 * frame however long the animation. Uses the JDK's GIF encoder, which picks each frame's palette.
 */
public final class GifSequence implements Closeable {
    private static final String GIF_METADATA = "javax_imageio_gif_image_1.0";

    private final ImageWriter writer;
    private final ImageOutputStream stream;
    private final int delayCentiseconds;
    private final boolean loop;
    private int frames;

    /** Starts a GIF on {@code out} showing each frame {@code delayCentiseconds} (at least 2, as browsers require). */
    public GifSequence(OutputStream out, int delayCentiseconds, boolean loop) throws IOException {
        if (delayCentiseconds < 2) {
            throw new IllegalArgumentException("a GIF frame lasts at least 2 centiseconds, found " + delayCentiseconds);
        }
        this.delayCentiseconds = delayCentiseconds;
        this.loop = loop;
        writer = ImageIO.getImageWritersByFormatName("gif").next();
        stream = ImageIO.createImageOutputStream(out);
        writer.setOutput(stream);
        writer.prepareWriteSequence(null);
    }

    /** Appends one frame; costs O(pixels). */
    public void add(BufferedImage frame) throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), null);
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(GIF_METADATA);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        control.setAttribute("transparentColorIndex", "0");
        if (frames == 0 && loop) {
            IIOMetadataNode application = new IIOMetadataNode("ApplicationExtension");
            application.setAttribute("applicationID", "NETSCAPE");
            application.setAttribute("authenticationCode", "2.0");
            // Sub-block 1 with a repeat count of 0: loop for ever.
            application.setUserObject(new byte[] {1, 0, 0});
            child(root, "ApplicationExtensions").appendChild(application);
        }
        metadata.setFromTree(GIF_METADATA, root);
        writer.writeToSequence(new IIOImage(frame, null, metadata), null);
        frames++;
    }

    public int frames() {
        return frames;
    }

    /** Ends the GIF; the stream it was given stays open. */
    @Override
    public void close() throws IOException {
        try {
            writer.endWriteSequence();
            stream.flush();
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        IIOMetadataNode created = new IIOMetadataNode(name);
        parent.appendChild(created);
        return created;
    }
}
