package org.retrace.similar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jgrapht.GraphMapping;
import org.jgrapht.alg.isomorphism.AHURootedTreeIsomorphismInspector;
import org.retrace.model.Trace;
import org.retrace.model.TreeGraph;

/**
 * CP-Profiler's similar-subtree analysis: the shapes that occur more than once in a search tree,
 * largest share of the tree first. Two subtrees are alike when one can be turned into the other by
 * reordering children (rooted-tree isomorphism) and, when asked, every node keeps its label.
 *
 * <p>Every subtree of two or more nodes gets a cheap signature first: a hash of its size, height,
 * child count and its children's signatures taken as a multiset. Subtrees with the same signature
 * are candidates, and each candidate is confirmed against its group's first member: by JGraphT's
 * {@link AHURootedTreeIsomorphismInspector} on {@link TreeGraph#subtree(int)} views for shapes, or
 * by a walk that pairs children by signature and compares labels. A confirmed match maps every node
 * of one subtree to its like in the other, and all those pairs are remembered, so a subtree lying
 * inside a confirmed match is known to be alike without another check. Larger shapes go first, so
 * nested repeats cost one check each rather than one per copy: the analysis stays near linear.
 * Stars and chains are told apart by size and height alone and skip the check.
 *
 * <p>Costs O(n log n) time for the signatures and O(n) ints of memory, plus the checks.
 */
public final class SimilarSubtrees {
    /** What two subtrees must share to count as alike. */
    public enum Likeness {
        SHAPE,
        SHAPE_AND_LABELS
    }

    private final Trace trace;
    private final List<SubtreeGroup> groups;
    private final int checks;

    private SimilarSubtrees(Trace trace, List<SubtreeGroup> groups, int checks) {
        this.trace = trace;
        this.groups = groups;
        this.checks = checks;
    }

    /** Finds the groups of alike subtrees of two or more nodes in {@code trace}'s whole tree. */
    public static SimilarSubtrees of(Trace trace, Likeness likeness) {
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(likeness, "likeness");
        return new Analysis(trace, likeness == Likeness.SHAPE_AND_LABELS).run();
    }

    /** The groups, the most nodes held together first (then the larger shape first). */
    public List<SubtreeGroup> groups() {
        return groups;
    }

    /**
     * The groups without those that only ever occur right under an occurrence of one other group:
     * their repeats are explained by the larger shape's. Costs O(groups' members).
     */
    public List<SubtreeGroup> outermost() {
        int[] groupOf = new int[trace.nodeCount()];
        Arrays.fill(groupOf, -1);
        for (int g = 0; g < groups.size(); g++) {
            for (int k = 0; k < groups.get(g).count(); k++) {
                groupOf[groups.get(g).root(k)] = g;
            }
        }
        List<SubtreeGroup> outermost = new ArrayList<>();
        for (SubtreeGroup group : groups) {
            if (!insideOneGroup(group, groupOf)) {
                outermost.add(group);
            }
        }
        return List.copyOf(outermost);
    }

    private boolean insideOneGroup(SubtreeGroup group, int[] groupOf) {
        int first = trace.parent(group.root(0));
        if (first < 0 || groupOf[first] < 0) {
            return false;
        }
        for (int k = 1; k < group.count(); k++) {
            int parent = trace.parent(group.root(k));
            if (parent < 0 || groupOf[parent] != groupOf[first]) {
                return false;
            }
        }
        return true;
    }

    /** The nodes of all of {@code group}'s occurrences; costs O(their nodes). */
    public BitSet nodesOf(SubtreeGroup group) {
        BitSet nodes = new BitSet(trace.nodeCount());
        for (int k = 0; k < group.count(); k++) {
            addSubtree(group.root(k), nodes);
        }
        return nodes;
    }

    /** The nodes of the subtree under {@code root}, itself included; costs O(its nodes). */
    public BitSet nodesUnder(int root) {
        BitSet nodes = new BitSet(trace.nodeCount());
        addSubtree(root, nodes);
        return nodes;
    }

    private void addSubtree(int root, BitSet nodes) {
        nodes.set(root);
        int node = trace.firstChild(root);
        // Walks down first children, then on to the next sibling of the nearest ancestor that has one.
        while (node >= 0) {
            nodes.set(node);
            if (trace.firstChild(node) >= 0) {
                node = trace.firstChild(node);
                continue;
            }
            while (node != root && trace.nextSibling(node) < 0) {
                node = trace.parent(node);
            }
            node = node == root ? -1 : trace.nextSibling(node);
        }
    }

    /** How many candidate pairs needed a full check: the rest were settled by an earlier match. */
    public int checks() {
        return checks;
    }

    /** One run of the analysis, with its working arrays. */
    private static final class Analysis {
        private static final long SIZE_SALT = 0x9E3779B97F4A7C15L;
        private static final long HEIGHT_SALT = 0xC2B2AE3D27D4EB4FL;
        private static final long CHILDREN_SALT = 0x165667B19E3779F9L;

        private final Trace trace;
        private final boolean labels;
        private final int[] size;
        private final int[] height;
        private final long[] signature;
        private final int[] alike;
        private final TreeGraph graph;
        private int checks;

        Analysis(Trace trace, boolean labels) {
            this.trace = trace;
            this.labels = labels;
            int n = trace.nodeCount();
            size = new int[n];
            height = new int[n];
            signature = new long[n];
            alike = new int[n];
            graph = trace.graph();
        }

        SimilarSubtrees run() {
            sign();
            List<int[]> candidates = candidates();
            for (int node = 0; node < alike.length; node++) {
                alike[node] = node;
            }
            List<SubtreeGroup> groups = new ArrayList<>();
            for (int[] bucket : candidates) {
                confirm(bucket, groups);
            }
            groups.sort(Comparator.comparingLong(SubtreeGroup::weight).reversed()
                    .thenComparing(Comparator.comparingInt(SubtreeGroup::size).reversed())
                    .thenComparingInt(group -> group.root(0)));
            return new SimilarSubtrees(trace, List.copyOf(groups), checks);
        }

        /** Signatures bottom-up: a child is always created after its parent, so higher indexes come first. */
        private void sign() {
            long[] childSum = new long[size.length];
            for (int node = size.length - 1; node >= 0; node--) {
                size[node]++;
                long own = size[node] * SIZE_SALT + height[node] * HEIGHT_SALT + trace.childCount(node) * CHILDREN_SALT;
                if (labels) {
                    own += mix(Objects.hashCode(trace.label(node)));
                }
                signature[node] = mix(childSum[node] + own);
                int parent = trace.parent(node);
                if (parent >= 0) {
                    size[parent] += size[node];
                    height[parent] = Math.max(height[parent], height[node] + 1);
                    childSum[parent] += mix(signature[node]);
                }
            }
        }

        /**
         * The subtrees of two or more nodes that share a signature with another, as buckets, the
         * largest subtrees first. Sorting packs a signature's high bits with the node index into one
         * long, so a million candidates sort as primitives; buckets then split on the whole signature.
         */
        private List<int[]> candidates() {
            int indexBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, size.length));
            long indexMask = (1L << indexBits) - 1;
            long[] packed = new long[size.length];
            int count = 0;
            for (int node = 0; node < size.length; node++) {
                if (size[node] >= 2) {
                    packed[count++] = (signature[node] & ~indexMask) | node;
                }
            }
            Arrays.sort(packed, 0, count);
            List<int[]> buckets = new ArrayList<>();
            for (int start = 0, end; start < count; start = end) {
                end = start + 1;
                while (end < count && (packed[end] & ~indexMask) == (packed[start] & ~indexMask)) {
                    end++;
                }
                if (end - start >= 2) {
                    splitOnWholeSignature(packed, start, end, indexMask, buckets);
                }
            }
            buckets.sort(Comparator.comparingInt((int[] bucket) -> size[bucket[0]]).reversed());
            return buckets;
        }

        private void splitOnWholeSignature(long[] packed, int start, int end, long indexMask, List<int[]> buckets) {
            int[] nodes = new int[end - start];
            for (int i = start; i < end; i++) {
                nodes[i - start] = (int) (packed[i] & indexMask);
            }
            boolean[] taken = new boolean[nodes.length];
            for (int i = 0; i < nodes.length; i++) {
                if (taken[i]) {
                    continue;
                }
                int[] bucket = new int[nodes.length - i];
                int members = 0;
                for (int j = i; j < nodes.length; j++) {
                    if (!taken[j] && signature[nodes[j]] == signature[nodes[i]]) {
                        taken[j] = true;
                        bucket[members++] = nodes[j];
                    }
                }
                if (members >= 2) {
                    buckets.add(Arrays.copyOf(bucket, members));
                }
            }
        }

        /** Splits one bucket into groups of subtrees confirmed alike, each checked against its first member. */
        private void confirm(int[] bucket, List<SubtreeGroup> groups) {
            List<int[]> classes = new ArrayList<>();
            List<Integer> classSizes = new ArrayList<>();
            for (int member : bucket) {
                int joined = -1;
                for (int c = 0; c < classes.size() && joined < 0; c++) {
                    if (root(classes.get(c)[0]) == root(member)) {
                        joined = c;
                    }
                }
                for (int c = 0; c < classes.size() && joined < 0; c++) {
                    if (alike(classes.get(c)[0], member)) {
                        joined = c;
                    }
                }
                if (joined < 0) {
                    classes.add(new int[] {member, 0});
                    classSizes.add(0);
                    joined = classes.size() - 1;
                }
                int[] members = classes.get(joined);
                int used = classSizes.get(joined);
                if (used == members.length) {
                    members = Arrays.copyOf(members, members.length * 2);
                    classes.set(joined, members);
                }
                members[used] = member;
                classSizes.set(joined, used + 1);
            }
            for (int c = 0; c < classes.size(); c++) {
                if (classSizes.get(c) >= 2) {
                    int first = classes.get(c)[0];
                    groups.add(new SubtreeGroup(size[first], height[first], Arrays.copyOf(classes.get(c), classSizes.get(c))));
                }
            }
        }

        /** Whether two candidates are alike, remembering every pair of alike nodes a match shows. */
        private boolean alike(int first, int other) {
            if (size[first] != size[other] || height[first] != height[other]) {
                return false;
            }
            if (!labels && (height[first] <= 1 || height[first] == size[first] - 1)) {
                unite(first, other);
                return true;
            }
            checks++;
            return labels ? sameLabelledShape(first, other) : sameShape(first, other);
        }

        private boolean sameShape(int first, int other) {
            TreeGraph one = graph.subtree(first);
            TreeGraph two = graph.subtree(other);
            GraphMapping<Integer, Integer> mapping =
                    new AHURootedTreeIsomorphismInspector<>(one, first, two, other).getMapping();
            if (mapping == null) {
                return false;
            }
            for (int node : one.vertexSet()) {
                unite(node, mapping.getVertexCorrespondence(node, true));
            }
            return true;
        }

        /**
         * Walks both subtrees together, pairing each node's children in signature order (children
         * with equal signatures are interchangeable), and requires equal labels and child counts at
         * every pair. Pairs are kept until the walk succeeds, so a failed walk remembers nothing.
         */
        private boolean sameLabelledShape(int first, int other) {
            int[] pairs = new int[2 * size[first]];
            int pending = 0;
            int done = 0;
            pairs[pending++] = first;
            pairs[pending++] = other;
            while (done < pending) {
                int a = pairs[done++];
                int b = pairs[done++];
                if (!Objects.equals(trace.label(a), trace.label(b)) || trace.childCount(a) != trace.childCount(b)) {
                    return false;
                }
                int[] childrenOfA = bySignature(trace.children(a));
                int[] childrenOfB = bySignature(trace.children(b));
                for (int k = 0; k < childrenOfA.length; k++) {
                    if (signature[childrenOfA[k]] != signature[childrenOfB[k]] || pending + 2 > pairs.length) {
                        return false;
                    }
                    pairs[pending++] = childrenOfA[k];
                    pairs[pending++] = childrenOfB[k];
                }
            }
            for (int k = 0; k < pending; k += 2) {
                unite(pairs[k], pairs[k + 1]);
            }
            return true;
        }

        private int[] bySignature(int[] children) {
            return Arrays.stream(children).boxed().sorted(Comparator.comparingLong(child -> signature[child]))
                    .mapToInt(Integer::intValue).toArray();
        }

        /**
         * Union-find over node indexes, by hand: JGraphT's {@code UnionFind} keeps a map of boxed
         * elements, about 100 bytes a node where this keeps one int.
         */
        private int root(int node) {
            while (alike[node] != node) {
                alike[node] = alike[alike[node]];
                node = alike[node];
            }
            return node;
        }

        private void unite(int a, int b) {
            int rootA = root(a);
            int rootB = root(b);
            if (rootA != rootB) {
                alike[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
            }
        }
    }

    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
