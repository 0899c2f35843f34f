package org.retrace.bench;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What a solver sends over CP-Profiler's protocol for a depth-first search of a complete binary
 * tree, encoded from the protocol's description before timing starts, so that a benchmark measures
 * the receiver and not the sender: START, then every node (label "x3=0", failures at the leaves but
 * the last, a solution), then DONE.
 */
public final class SolverStream {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ByteBuffer body = ByteBuffer.allocate(64).order(ByteOrder.BIG_ENDIAN);
    private final int depth;
    private int nextId;
    private int leavesLeft;

    private SolverStream(int depth) {
        this.depth = depth;
        this.leavesLeft = 1 << depth;
    }

    /** The bytes of a search with at least {@code nodes} nodes (a complete binary tree rounded up). */
    public static byte[] encode(int nodes) {
        SolverStream stream = new SolverStream(depthFor(nodes));
        stream.start();
        stream.node(-1, -1, 0);
        stream.frame(new byte[] {1});
        return stream.bytes.toByteArray();
    }

    /** The node count a stream of {@code nodes} requested holds. */
    public static int nodeCount(int nodes) {
        return (2 << depthFor(nodes)) - 1;
    }

    private static int depthFor(int nodes) {
        int depth = 0;
        while ((2 << depth) - 1 < nodes) {
            depth++;
        }
        return depth;
    }

    private void start() {
        byte[] info = "{\"has_restarts\": false\n,\"name\": \"bench\"\n}".getBytes(StandardCharsets.UTF_8);
        ByteBuffer start = ByteBuffer.allocate(1 + 5 + 5 + info.length);
        start.put((byte) 2).put((byte) 3).putInt(3).put((byte) 2).putInt(info.length).put(info);
        frame(start.array());
    }

    private void node(int parent, int alt, int level) {
        int id = nextId++;
        boolean leaf = level == depth;
        int status = leaf ? (--leavesLeft == 0 ? 0 : 1) : 2;
        byte[] label = ("x" + level + "=" + Math.max(alt, 0)).getBytes(StandardCharsets.UTF_8);
        body.clear();
        body.put((byte) 0).putInt(id).putInt(0).putInt(0).putInt(parent).putInt(parent < 0 ? -1 : 0)
                .putInt(parent < 0 ? -1 : 0).putInt(alt).putInt(leaf ? 0 : 2).put((byte) status)
                .put((byte) 0).putInt(label.length).put(label);
        frame(Arrays.copyOf(body.array(), body.position()));
        if (!leaf) {
            node(id, 0, level + 1);
            node(id, 1, level + 1);
        }
    }

    private void frame(byte[] frameBody) {
        int size = frameBody.length;
        bytes.write(size);
        bytes.write(size >>> 8);
        bytes.write(size >>> 16);
        bytes.write(size >>> 24);
        bytes.writeBytes(frameBody);
    }
}
