package org.retrace.export;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
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
 * frame however long the animation. Frames are put into one {@link FramePalette} and written by
 * the JDK's GIF encoder, which then only compresses them.
 */
public final class GifSequence implements Closeable {
    private static final String GIF_METADATA = "javax_imageio_gif_image_1.0";
    private static final String GIF_STREAM_METADATA = "javax_imageio_gif_stream_1.0";

    private final ImageWriter writer;
    private final ImageOutputStream stream;
    private final int delayCentiseconds;
    private final boolean loop;
    private final FramePalette palette;
    private BufferedImage indexed;
    private int frames;

    /**
     * Starts a GIF on {@code out} showing each frame {@code delayCentiseconds} (at least 2, as
     * browsers require), its colours taken from {@code palette}.
     */
    public GifSequence(OutputStream out, int delayCentiseconds, boolean loop, FramePalette palette) throws IOException {
        if (delayCentiseconds < 2) {
            throw new IllegalArgumentException("a GIF frame lasts at least 2 centiseconds, found " + delayCentiseconds);
        }
        this.delayCentiseconds = delayCentiseconds;
        this.loop = loop;
        this.palette = palette;
        writer = ImageIO.getImageWritersByFormatName("gif").next();
        stream = ImageIO.createImageOutputStream(out);
        writer.setOutput(stream);
        writer.prepareWriteSequence(globalColourTable(palette));
    }

    /** Appends one frame, a TYPE_INT_RGB image; costs O(pixels). */
    public void add(BufferedImage frame) throws IOException {
        indexed = palette.index(frame, indexed);
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(indexed),
                null);
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(GIF_METADATA);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        control.setAttribute("transparentColorIndex", "0");
        // Every frame uses the global table, so none carries a table of its own.
        IIOMetadataNode local = child(root, "LocalColorTable");
        root.removeChild(local);
        if (frames == 0 && loop) {
            IIOMetadataNode application = new IIOMetadataNode("ApplicationExtension");
            application.setAttribute("applicationID", "NETSCAPE");
            application.setAttribute("authenticationCode", "2.0");
            // Sub-block 1 with a repeat count of 0: loop for ever.
            application.setUserObject(new byte[] {1, 0, 0});
            child(root, "ApplicationExtensions").appendChild(application);
        }
        metadata.setFromTree(GIF_METADATA, root);
        writer.writeToSequence(new IIOImage(indexed, null, metadata), null);
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

    /** Stream metadata whose global colour table is {@code palette}, which all frames share. */
    private IIOMetadata globalColourTable(FramePalette palette) throws IOException {
        IIOMetadata metadata = writer.getDefaultStreamMetadata(null);
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(GIF_STREAM_METADATA);
        IIOMetadataNode table = child(root, "GlobalColorTable");
        while (table.getLength() > 0) {
            table.removeChild(table.getFirstChild());
        }
        IndexColorModel colours = palette.model();
        table.setAttribute("sizeOfGlobalColorTable", Integer.toString(colours.getMapSize()));
        table.setAttribute("backgroundColorIndex", "0");
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < colours.getMapSize(); i++) {
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString(colours.getRed(i)));
            entry.setAttribute("green", Integer.toString(colours.getGreen(i)));
            entry.setAttribute("blue", Integer.toString(colours.getBlue(i)));
            table.appendChild(entry);
        }
        metadata.setFromTree(GIF_STREAM_METADATA, root);
        return metadata;
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
