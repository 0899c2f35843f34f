package org.retrace.model;

/** Walks over parent and depth arrays, shared by the trace and its builder. */
final class TreePaths {
    private TreePaths() {
    }

    /** The deepest common ancestor of {@code a} and {@code b}; costs O(depth). */
    static int lowestCommonAncestor(int[] parent, int[] depth, int a, int b) {
        int x = a;
        int y = b;
        while (depth[x] > depth[y]) {
            x = parent[x];
        }
        while (depth[y] > depth[x]) {
            y = parent[y];
        }
        while (x != y) {
            x = parent[x];
            y = parent[y];
        }
        return x;
    }
}
