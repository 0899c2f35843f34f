package org.retrace.similar;

import java.util.Arrays;

/**
 * One shape that occurs more than once in a search tree: how big it is and where it occurs.
 *
 * @param size the nodes in each occurrence
 * @param height the levels below each occurrence's root
 * @param roots the occurrences' roots, in creation order
 */
public record SubtreeGroup(int size, int height, int[] roots) {
    public SubtreeGroup {
        if (roots.length < 2) {
            throw new IllegalArgumentException("a group of similar subtrees needs two or more, got " + roots.length);
        }
        roots = roots.clone();
    }

    /** How many times the shape occurs. */
    public int count() {
        return roots.length;
    }

    /** The nodes all occurrences hold together, by which groups are ranked. */
    public long weight() {
        return (long) size * roots.length;
    }

    @Override
    public int[] roots() {
        return roots.clone();
    }

    /** The root of the {@code k}-th occurrence; costs O(1), where {@link #roots()} copies. */
    public int root(int k) {
        return roots[k];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SubtreeGroup group && group.size == size && group.height == height
                && Arrays.equals(group.roots, roots);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * size + height) + Arrays.hashCode(roots);
    }

    @Override
    public String toString() {
        return count() + " subtrees of " + size + " nodes, height " + height + ", first at node " + roots[0];
    }
}
