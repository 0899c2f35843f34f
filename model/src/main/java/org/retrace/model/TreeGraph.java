package org.retrace.model;

import java.util.AbstractSet;
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
 * outgoing edges O(children). Mutators throw {@link UnsupportedOperationException}.
 */
public final class TreeGraph extends AbstractGraph<Integer, Integer> {
    private static final GraphType TYPE = new DefaultGraphType.Builder()
            .directed().allowMultipleEdges(false).allowSelfLoops(false).weighted(false).modifiable(false).build();

    private final Trace trace;

    TreeGraph(Trace trace) {
        this.trace = trace;
    }

    @Override
    public Set<Integer> getAllEdges(Integer source, Integer target) {
        Integer edge = getEdge(source, target);
        return edge == null ? Set.of() : Set.of(edge);
    }

    @Override
    public Integer getEdge(Integer source, Integer target) {
        if (containsVertex(source) && containsVertex(target) && target != 0 && trace.parent(target) == source) {
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
        return edge != null && edge > 0 && edge < trace.nodeCount();
    }

    @Override
    public boolean containsVertex(Integer vertex) {
        return vertex != null && vertex >= 0 && vertex < trace.nodeCount();
    }

    @Override
    public Set<Integer> edgeSet() {
        return new IndexRange(1, trace.nodeCount());
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
        return vertex == 0 ? 0 : 1;
    }

    @Override
    public Set<Integer> incomingEdgesOf(Integer vertex) {
        assertVertexExist(vertex);
        return vertex == 0 ? Set.of() : Set.of(vertex);
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
        return new IndexRange(0, trace.nodeCount());
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
            throw new IllegalArgumentException("no such edge: " + edge + " (edges are node indexes 1.."
                    + (trace.nodeCount() - 1) + ")");
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
