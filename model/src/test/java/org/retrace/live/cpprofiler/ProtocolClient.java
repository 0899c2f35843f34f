package org.retrace.live.cpprofiler;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A solver's side of CP-Profiler's protocol version 3, written from the wire format in
 * shared/formats/cp-profiler-protocol.md (not from the receiver): each frame is a little-endian
 * size and a body whose integers are big-endian; fields are VERSION, LABEL, NOGOOD, INFO in the
 * reference connector's order.
 */
public final class ProtocolClient {
    public static final int SOLVED = 0;
    public static final int FAILED = 1;
    public static final int BRANCH = 2;
    public static final int SKIPPED = 3;

    private final OutputStream out;

    public ProtocolClient(OutputStream out) {
        this.out = out;
    }

    public void start(String name, boolean restarts) throws IOException {
        Body body = new Body().u8(2).u8(3).i32(3);
        body.u8(2).text("{\"has_restarts\": " + restarts + "\n,\"name\": \"" + name + "\"\n}");
        frame(body.bytes());
    }

    public void node(int nid, int rid, int tid, int parentNid, int parentRid, int parentTid, int alt, int kids,
            int status, String label, String nogood, String info) throws IOException {
        Body body = new Body().u8(0).i32(nid).i32(rid).i32(tid).i32(parentNid).i32(parentRid).i32(parentTid)
                .i32(alt).i32(kids).u8(status);
        if (label != null) {
            body.u8(0).text(label);
        }
        if (nogood != null) {
            body.u8(1).text(nogood);
        }
        if (info != null) {
            body.u8(2).text(info);
        }
        frame(body.bytes());
    }

    /** A node of a plain search: restart 0, thread 0, parent in the same restart and thread. */
    public void node(int nid, int parentNid, int alt, int kids, int status, String label) throws IOException {
        node(nid, 0, 0, parentNid, parentNid < 0 ? -1 : 0, parentNid < 0 ? -1 : 0, alt, kids, status, label, null,
                null);
    }

    public void restart(int id) throws IOException {
        frame(new Body().u8(3).u8(2).text("{\"restart_id\": " + id + "\n}").bytes());
    }

    public void done() throws IOException {
        frame(new byte[] {1});
    }

    public void frame(byte[] body) throws IOException {
        int size = body.length;
        out.write(new byte[] {(byte) size, (byte) (size >>> 8), (byte) (size >>> 16), (byte) (size >>> 24)});
        out.write(body);
    }

    /** A body under construction, big-endian. */
    public static final class Body {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        public Body u8(int value) {
            bytes.write(value);
            return this;
        }

        public Body i32(int value) {
            bytes.write(value >>> 24);
            bytes.write(value >>> 16);
            bytes.write(value >>> 8);
            bytes.write(value);
            return this;
        }

        public Body text(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            i32(utf8.length);
            bytes.writeBytes(utf8);
            return this;
        }

        public byte[] bytes() {
            return bytes.toByteArray();
        }
    }
}
