package org.retrace.layout;

import org.retrace.model.Trace;

/**
 * A trace's nodes in depth-first order, children in creation order, with each node's place in
 * that order and its subtree's size: a subtree fills the places from its root's on, which is what
 * the pixel tree and the icicle draw.
 */
final class DepthFirstOrder {
    private final int[] order;
    private final int[] place;
    private final int[] size;

    /** Orders {@code trace}'s whole tree; costs O(n). */
    DepthFirstOrder(Trace trace) {
        int n = trace.nodeCount();
        order = new int[n];
        place = new int[n];
        size = new int[n];
        if (n == 0) {
            return;
        }
        int[] stack = new int[n];
        int top = 0;
        stack[top++] = 0;
        int next = 0;
        while (top > 0) {
            int node = stack[--top];
            place[node] = next;
            order[next++] = node;
            // Children go on the stack last first, so that the first child comes out first.
            int children = 0;
            for (int child = trace.firstChild(node); child >= 0; child = trace.nextSibling(child)) {
                stack[top + children++] = child;
            }
            for (int low = top, high = top + children - 1; low < high; low++, high--) {
                int swap = stack[low];
                stack[low] = stack[high];
                stack[high] = swap;
            }
            top += children;
        }
        // A child is always created after its parent, so higher indexes are done first.
        for (int node = n - 1; node >= 0; node--) {
            size[node]++;
            if (node > 0) {
                size[trace.parent(node)] += size[node];
            }
        }
    }

    int nodes() {
        return order.length;
    }

    /** The node at the {@code k}-th place. */
    int node(int k) {
        return order[k];
    }

    /** Where {@code node} comes in the order. */
    int place(int node) {
        return place[node];
    }

    /** The nodes of {@code node}'s subtree, itself included. */
    int size(int node) {
        return size[node];
    }
}
