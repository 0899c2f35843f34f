package org.retrace.similar;

import java.util.Arrays;
import org.retrace.model.Trace;

/**
 * A small drawing of one subtree's shape: its leaves side by side one unit apart, each parent
 * centred over its first and last child, a row per level. For showing what a group of similar
 * subtrees looks like, not for reading labels: no node is given room for text.
 */
public final class ShapeSketch {
    private final int[] nodes;
    private final int[] parents;
    private final double[] x;
    private final int[] level;
    private final double width;
    private final int levels;

    private ShapeSketch(int[] nodes, int[] parents, double[] x, int[] level) {
        this.nodes = nodes;
        this.parents = parents;
        this.x = x;
        this.level = level;
        width = Arrays.stream(x).max().orElse(0);
        levels = Arrays.stream(level).max().orElse(0);
    }

    /** Sketches the subtree under {@code root}; costs O(its nodes). */
    public static ShapeSketch of(Trace trace, int root) {
        int size = 0;
        int[] order = new int[16];
        int[] parentAt = new int[16];
        // Pending nodes, each with its parent's position in the order.
        int[] stack = new int[32];
        int top = 0;
        stack[top++] = root;
        stack[top++] = -1;
        while (top > 0) {
            int parent = stack[--top];
            int node = stack[--top];
            if (size == order.length) {
                order = Arrays.copyOf(order, size * 2);
                parentAt = Arrays.copyOf(parentAt, size * 2);
            }
            parentAt[size] = parent;
            order[size] = node;
            int[] children = trace.children(node);
            if (top + 2 * children.length > stack.length) {
                stack = Arrays.copyOf(stack, Math.max(stack.length * 2, top + 2 * children.length));
            }
            for (int k = children.length - 1; k >= 0; k--) {
                stack[top++] = children[k];
                stack[top++] = size;
            }
            size++;
        }
        int[] nodes = Arrays.copyOf(order, size);
        int[] parents = Arrays.copyOf(parentAt, size);
        double[] x = new double[size];
        int[] level = new int[size];
        int[] firstChild = new int[size];
        int[] lastChild = new int[size];
        Arrays.fill(firstChild, -1);
        for (int k = 1; k < size; k++) {
            level[k] = level[parents[k]] + 1;
            if (firstChild[parents[k]] < 0) {
                firstChild[parents[k]] = k;
            }
            lastChild[parents[k]] = k;
        }
        // Depth-first order puts every leaf after the leaves to its left, and children after their parent.
        double nextLeaf = 0;
        for (int k = 0; k < size; k++) {
            if (firstChild[k] < 0) {
                x[k] = nextLeaf++;
            }
        }
        for (int k = size - 1; k >= 0; k--) {
            if (firstChild[k] >= 0) {
                x[k] = (x[firstChild[k]] + x[lastChild[k]]) / 2;
            }
        }
        return new ShapeSketch(nodes, parents, x, level);
    }

    /** The nodes sketched, in depth-first order; the root first. */
    public int size() {
        return nodes.length;
    }

    /** The trace's index of the {@code k}-th node. */
    public int node(int k) {
        return nodes[k];
    }

    /** The position in this sketch of the {@code k}-th node's parent, or -1 for the root. */
    public int parent(int k) {
        return parents[k];
    }

    /** Where the {@code k}-th node is across, in leaf widths from the leftmost leaf. */
    public double x(int k) {
        return x[k];
    }

    /** The {@code k}-th node's level below the root. */
    public int level(int k) {
        return level[k];
    }

    /** The distance between the leftmost and rightmost leaves, in leaf widths. */
    public double width() {
        return width;
    }

    /** The levels below the root. */
    public int levels() {
        return levels;
    }
}
