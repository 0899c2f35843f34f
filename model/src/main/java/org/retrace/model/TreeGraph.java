package org.retrace.model;

import java.util.AbstractSet;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * A trace's tree as a read-only, directed JGraphT graph. Vertices are node indexes; the edge into a
 * node has the node's own index as its id, since every node but the root has exactly one parent.
 * The view stores nothing of its own: JGraphT's default graphs cost about 430 bytes a node, this
 * one none, which is why it is written by hand rather than taken from jgrapht-opt (whose sparse
 * graphs need the edge list boxed as pairs to be built).
 *
 * <p>Costs: vertex and edge membership, source, target, in-degree O(1); out-degree and the
 * outgoing edges O(children). A {@linkplain #subtree(int) subtree's} graph costs O(depth) for
 * membership and O(size) once for its size. Mutators throw {@link UnsupportedOperationException}.
 */
public final class TreeGraph extends AbstractGraph<Integer, Integer> {
    private static final GraphType TYPE = new DefaultGraphType.Builder()
            .directed().allowMultipleEdges(false).allowSelfLoops(false).weighted(false).modifiable(false).build();

    private final Trace trace;
    private final int root;
    private int size = -1;

    TreeGraph(Trace trace) {
        this(trace, 0);
    }

    private TreeGraph(Trace trace, int root) {
        this.trace = trace;
        this.root = root;
    }

    /**
     * The subtree below {@code node} (and {@code node} itself) as a graph of its own: the same
     * vertex and edge ids, without the edge into {@code node}. Costs O(1); the view copies nothing.
     */
    public TreeGraph subtree(int node) {
        if (!containsVertex(node)) {
            throw new IllegalArgumentException("no node " + node + " in this graph of " + vertexCount() + " nodes");
        }
        return node == root ? this : new TreeGraph(trace, node);
    }

    /** The number of vertices; costs O(size) the first time for a subtree, O(1) after. */
    public int vertexCount() {
        if (size < 0) {
            size = root == 0 ? trace.nodeCount() : countSubtree();
        }
        return size;
    }

    private int countSubtree() {
        int count = 0;
        int[] stack = new int[64];
        int top = 0;
        stack[top++] = root;
        while (top > 0) {
            int node = stack[--top];
            count++;
            for (int child = trace.firstChild(node); child >= 0; child = trace.nextSibling(child)) {
                if (top == stack.length) {
                    stack = Arrays.copyOf(stack, stack.length * 2);
                }
                stack[top++] = child;
            }
        }
        return count;
    }

    @Override
    public Set<Integer> getAllEdges(Integer source, Integer target) {
        Integer edge = getEdge(source, target);
        return edge == null ? Set.of() : Set.of(edge);
    }

    @Override
    public Integer getEdge(Integer source, Integer target) {
        if (containsVertex(source) && containsVertex(target) && target != root && trace.parent(target) == source) {
            return target;
        }
        return null;
    }

    @Override
    public Supplier<Integer> getVertexSupplier() {
        return null;
    }

    @Override
    public Supplier<Integer> getEdgeSupplier() {
        return null;
    }

    @Override
    public Integer addEdge(Integer source, Integer target) {
        throw readOnly();
    }

    @Override
    public boolean addEdge(Integer source, Integer target, Integer edge) {
        throw readOnly();
    }

    @Override
    public Integer addVertex() {
        throw readOnly();
    }

    @Override
    public boolean addVertex(Integer vertex) {
        throw readOnly();
    }

    @Override
    public boolean containsEdge(Integer edge) {
        return edge != null && edge != root && containsVertex(edge);
    }

    @Override
    public boolean containsVertex(Integer vertex) {
        return vertex != null && vertex >= 0 && vertex < trace.nodeCount()
                && (root == 0 || trace.isAncestor(root, vertex));
    }

    @Override
    public Set<Integer> edgeSet() {
        return root == 0 ? new IndexRange(1, trace.nodeCount()) : new SubtreeNodes(false);
    }

    @Override
    public int degreeOf(Integer vertex) {
        return inDegreeOf(vertex) + outDegreeOf(vertex);
    }

    @Override
    public Set<Integer> edgesOf(Integer vertex) {
        Set<Integer> edges = new LinkedHashSet<>(incomingEdgesOf(vertex));
        edges.addAll(outgoingEdgesOf(vertex));
        return edges;
    }

    @Override
    public int inDegreeOf(Integer vertex) {
        assertVertexExist(vertex);
        return vertex == root ? 0 : 1;
    }

    @Override
    public Set<Integer> incomingEdgesOf(Integer vertex) {
        assertVertexExist(vertex);
        return vertex == root ? Set.of() : Set.of(vertex);
    }

    @Override
    public int outDegreeOf(Integer vertex) {
        assertVertexExist(vertex);
        return trace.childCount(vertex);
    }

    @Override
    public Set<Integer> outgoingEdgesOf(Integer vertex) {
        assertVertexExist(vertex);
        return new Children(vertex);
    }

    @Override
    public Integer removeEdge(Integer source, Integer target) {
        throw readOnly();
    }

    @Override
    public boolean removeEdge(Integer edge) {
        throw readOnly();
    }

    @Override
    public boolean removeVertex(Integer vertex) {
        throw readOnly();
    }

    @Override
    public Set<Integer> vertexSet() {
        return root == 0 ? new IndexRange(0, trace.nodeCount()) : new SubtreeNodes(true);
    }

    @Override
    public Integer getEdgeSource(Integer edge) {
        checkEdge(edge);
        return trace.parent(edge);
    }

    @Override
    public Integer getEdgeTarget(Integer edge) {
        checkEdge(edge);
        return edge;
    }

    @Override
    public GraphType getType() {
        return TYPE;
    }

    @Override
    public double getEdgeWeight(Integer edge) {
        return DEFAULT_EDGE_WEIGHT;
    }

    @Override
    public void setEdgeWeight(Integer edge, double weight) {
        throw readOnly();
    }

    private void checkEdge(Integer edge) {
        if (!containsEdge(edge)) {
            throw new IllegalArgumentException("no such edge: " + edge + " (edges are the indexes of the nodes below "
                    + root + ", the graph's root)");
        }
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("a trace's tree graph is read-only");
    }

    /** The integers from..to-1 as a set: O(1) size and membership. */
    private static final class IndexRange extends AbstractSet<Integer> {
        private final int from;
        private final int to;

        IndexRange(int from, int to) {
            this.from = from;
            this.to = Math.max(from, to);
        }

        @Override
        public boolean contains(Object value) {
            return value instanceof Integer i && i >= from && i < to;
        }

        @Override
        public int size() {
            return to - from;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                private int next = from;

                @Override
                public boolean hasNext() {
                    return next < to;
                }

                @Override
                public Integer next() {
                    if (next >= to) {
                        throw new NoSuchElementException();
                    }
                    return next++;
                }
            };
        }
    }

    /** A subtree's nodes, in depth-first order, with or without its root (its vertices or its edges). */
    private final class SubtreeNodes extends AbstractSet<Integer> {
        private final boolean withRoot;

        SubtreeNodes(boolean withRoot) {
            this.withRoot = withRoot;
        }

        @Override
        public boolean contains(Object value) {
            return value instanceof Integer node && (withRoot ? containsVertex(node) : containsEdge(node));
        }

        @Override
        public int size() {
            return vertexCount() - (withRoot ? 0 : 1);
        }

        @Override
        public Iterator<Integer> iterator() {
            ArrayDeque<Integer> pending = new ArrayDeque<>();
            if (withRoot) {
                pending.push(root);
            } else {
                pushChildren(pending, root);
            }
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return !pending.isEmpty();
                }

                @Override
                public Integer next() {
                    if (pending.isEmpty()) {
                        throw new NoSuchElementException();
                    }
                    int node = pending.pop();
                    pushChildren(pending, node);
                    return node;
                }
            };
        }

        private void pushChildren(ArrayDeque<Integer> pending, int node) {
            int[] children = trace.children(node);
            for (int i = children.length - 1; i >= 0; i--) {
                pending.push(children[i]);
            }
        }
    }

    /** The edges out of one vertex, which are its children's indexes. */
    private final class Children extends AbstractSet<Integer> {
        private final int vertex;

        Children(int vertex) {
            this.vertex = vertex;
        }

        @Override
        public boolean contains(Object value) {
            return value instanceof Integer child && containsEdge(child) && trace.parent(child) == vertex;
        }

        @Override
        public int size() {
            return trace.childCount(vertex);
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                private int next = trace.firstChild(vertex);

                @Override
                public boolean hasNext() {
                    return next >= 0;
                }

                @Override
                public Integer next() {
                    if (next < 0) {
                        throw new NoSuchElementException();
                    }
                    int child = next;
                    next = trace.nextSibling(child);
                    return child;
                }
            };
        }
    }
}
