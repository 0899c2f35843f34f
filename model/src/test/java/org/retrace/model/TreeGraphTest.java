package org.retrace.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jgrapht.GraphTests;
import org.jgrapht.alg.lca.NaiveLCAFinder;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsUndirectedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.junit.jupiter.api.Test;
import org.retrace.generate.SyntheticSearch;

class TreeGraphTest {
    private final Trace trace = SyntheticSearch.generate(300, 11);
    private final TreeGraph graph = trace.graph();

    @Test
    void isAConnectedTreeToJGraphT() {
        assertEquals(300, graph.vertexSet().size());
        assertEquals(299, graph.edgeSet().size());
        assertTrue(GraphTests.isConnected(graph));
        assertTrue(GraphTests.isTree(new AsUndirectedGraph<>(graph)));
    }

    @Test
    void visitsNodesBreadthFirstInChildOrder() {
        List<Integer> order = new ArrayList<>();
        new BreadthFirstIterator<>(graph, 0).forEachRemaining(order::add);
        List<Integer> expected = new ArrayList<>(List.of(0));
        for (int i = 0; i < expected.size(); i++) {
            for (int child : trace.children(expected.get(i))) {
                expected.add(child);
            }
        }
        assertEquals(expected, order);
    }

    @Test
    void agreesWithJGraphTOnLowestCommonAncestorsAndPaths() {
        NaiveLCAFinder<Integer, Integer> lca = new NaiveLCAFinder<>(graph);
        BFSShortestPath<Integer, Integer> paths = new BFSShortestPath<>(graph);
        for (int a = 0; a < trace.nodeCount(); a += 7) {
            for (int b = 1; b < trace.nodeCount(); b += 13) {
                assertEquals(lca.getLCA(a, b), trace.lowestCommonAncestor(a, b), "LCA of " + a + " and " + b);
            }
            List<Integer> path = paths.getPath(0, a).getVertexList();
            assertEquals(path, Arrays.stream(trace.pathFromRoot(a)).boxed().toList());
        }
    }

    @Test
    void walksBetweenTwoNodesAsJGraphTFindsTheUndirectedShortestPath() {
        BFSShortestPath<Integer, Integer> paths = new BFSShortestPath<>(new AsUndirectedGraph<>(graph));
        for (int a = 0; a < trace.nodeCount(); a += 11) {
            for (int b = 3; b < trace.nodeCount(); b += 17) {
                List<Integer> expected = paths.getPath(a, b).getVertexList();
                assertEquals(expected, Arrays.stream(trace.pathBetween(a, b)).boxed().toList(), a + " to " + b);
            }
        }
    }

    @Test
    void namesEachEdgeByItsChild() {
        int child = trace.firstChild(0);
        assertEquals(Integer.valueOf(0), graph.getEdgeSource(child));
        assertEquals(Integer.valueOf(child), graph.getEdgeTarget(child));
        assertEquals(Set.of(), graph.incomingEdgesOf(0));
        assertEquals(trace.childCount(0), graph.outDegreeOf(0));
        assertEquals(Integer.valueOf(child), graph.getEdge(0, child));
    }

    @Test
    void refusesChanges() {
        UnsupportedOperationException error = assertThrows(UnsupportedOperationException.class,
                () -> graph.addVertex(1000));
        assertEquals("a trace's tree graph is read-only", error.getMessage());
    }

    @Test
    void aSubtreesGraphHoldsItsNodesAndNoEdgeIntoItsRoot() {
        int root = trace.firstChild(0);
        TreeGraph subtree = graph.subtree(root);
        List<Integer> visited = new ArrayList<>();
        new BreadthFirstIterator<>(subtree, root).forEachRemaining(visited::add);

        assertEquals(visited.size(), subtree.vertexCount());
        assertEquals(visited.size(), subtree.vertexSet().size());
        assertEquals(visited.size() - 1, subtree.edgeSet().size());
        assertEquals(Set.copyOf(visited), Set.copyOf(new ArrayList<>(subtree.vertexSet())));
        assertEquals(0, subtree.inDegreeOf(root));
        assertEquals(false, subtree.containsVertex(0));
        assertEquals(false, subtree.containsEdge(root));
        assertTrue(GraphTests.isTree(new AsUndirectedGraph<>(subtree)));
        assertThrows(IllegalArgumentException.class, () -> subtree.subtree(0));
    }
}
