package org.retrace.live.cpprofiler;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads CP-Profiler's frames from a stream: a 4-byte size, little-endian as the reference
 * connector writes it (its prose docs say big-endian; the code is what solvers run), then a body
 * whose integers are big-endian. A frame over the size limit, an unknown message type or a body
 * that ends early is a {@link ProtocolException} naming the byte offset; the frame's size is
 * known, so the next frame can still be read.
 */
final class FrameReader {
    /** The largest body accepted: a node with a long info text, far below what a flood would send. */
    static final int MAX_BODY = 16 << 20;
    private static final int FIELD_LABEL = 0;
    private static final int FIELD_NOGOOD = 1;
    private static final int FIELD_INFO = 2;
    private static final int FIELD_VERSION = 3;

    private final InputStream in;
    private final byte[] sizeBytes = new byte[4];
    private byte[] body = new byte[256];
    private long offset;

    FrameReader(InputStream in) {
        this.in = in;
    }

    /** Bytes read so far. */
    long offset() {
        return offset;
    }

    /**
     * The next message, or null when the stream ends cleanly between frames.
     *
     * @throws ProtocolException for a frame that is too large (the stream cannot go on) or whose
     *         body is malformed (the stream can go on with the next frame)
     * @throws EOFException when the stream ends inside a frame
     */
    Message next() throws IOException {
        long frameStart = offset;
        int first = in.read();
        if (first < 0) {
            return null;
        }
        sizeBytes[0] = (byte) first;
        readFully(sizeBytes, 1, 3, frameStart);
        int size = (sizeBytes[0] & 0xFF) | (sizeBytes[1] & 0xFF) << 8 | (sizeBytes[2] & 0xFF) << 16
                | (sizeBytes[3] & 0xFF) << 24;
        offset += 4;
        if (size < 1 || size > MAX_BODY) {
            throw new ProtocolException(frameStart, "a frame of " + Integer.toUnsignedString(size)
                    + " bytes; frames are 1 to " + MAX_BODY + " bytes (is its size big-endian? the protocol's is "
                    + "little-endian)", false);
        }
        readBody(size, frameStart);
        offset += size;
        return parse(ByteBuffer.wrap(body, 0, size), frameStart);
    }

    /**
     * Reads a body of {@code size} bytes, growing the buffer as the bytes arrive, not as the size
     * claims: four bytes that announce 16 MB must not make Retrace allocate 16 MB.
     */
    private void readBody(int size, long frameStart) throws IOException {
        int done = 0;
        while (done < size) {
            if (done == body.length) {
                body = Arrays.copyOf(body, (int) Math.min(size, body.length * 2L));
            }
            int chunk = Math.min(size, body.length) - done;
            readFully(body, done, chunk, frameStart);
            done += chunk;
        }
    }

    private void readFully(byte[] target, int from, int length, long frameStart) throws IOException {
        int done = 0;
        while (done < length) {
            int read = in.read(target, from + done, length - done);
            if (read < 0) {
                throw new EOFException("the connection ended inside the frame that starts at byte " + frameStart
                        + " (" + (offset + from + done - frameStart) + " bytes of it arrived)");
            }
            done += read;
        }
    }

    private static Message parse(ByteBuffer body, long frameStart) throws ProtocolException {
        try {
            int code = body.get() & 0xFF;
            if (code >= Message.Type.values().length) {
                throw new ProtocolException(frameStart, "unknown message type " + code
                        + " (0 node, 1 done, 2 start, 3 restart); the frame is skipped", true);
            }
            Message.Type type = Message.Type.values()[code];
            int nid = 0;
            int rid = 0;
            int tid = 0;
            int parentNid = 0;
            int parentRid = 0;
            int parentTid = 0;
            int alt = 0;
            int kids = 0;
            Message.Status status = null;
            if (type == Message.Type.NODE) {
                nid = body.getInt();
                rid = body.getInt();
                tid = body.getInt();
                parentNid = body.getInt();
                parentRid = body.getInt();
                parentTid = body.getInt();
                alt = body.getInt();
                kids = body.getInt();
                int statusCode = body.get() & 0xFF;
                if (statusCode >= Message.Status.values().length) {
                    throw new ProtocolException(frameStart, "node " + nid + " has status " + statusCode
                            + " (0 solved, 1 failed, 2 branch, 3 skipped); the node is skipped", true);
                }
                status = Message.Status.values()[statusCode];
            }
            String label = null;
            String nogood = null;
            String info = null;
            int version = -1;
            String warning = null;
            while (body.hasRemaining() && warning == null) {
                int field = body.get() & 0xFF;
                switch (field) {
                    case FIELD_LABEL -> label = string(body, frameStart);
                    case FIELD_NOGOOD -> nogood = string(body, frameStart);
                    case FIELD_INFO -> info = string(body, frameStart);
                    case FIELD_VERSION -> version = body.getInt();
                    default -> warning = "unknown field " + field + " in the frame at byte " + frameStart
                            + "; the rest of that message is ignored, as its length cannot be known";
                }
            }
            return new Message(type, nid, rid, tid, parentNid, parentRid, parentTid, alt, kids, status, label, nogood,
                    info, version, warning);
        } catch (BufferUnderflowException shortBody) {
            throw new ProtocolException(frameStart, "the message ends before its fields do; the frame is skipped",
                    true);
        }
    }

    private static String string(ByteBuffer body, long frameStart) throws ProtocolException {
        int length = body.getInt();
        if (length < 0 || length > body.remaining()) {
            throw new ProtocolException(frameStart, "a text of " + length + " bytes where " + body.remaining()
                    + " remain; the frame is skipped", true);
        }
        String text = new String(body.array(), body.arrayOffset() + body.position(), length, StandardCharsets.UTF_8);
        body.position(body.position() + length);
        return text;
    }
}
