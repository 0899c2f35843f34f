package org.retrace.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.retrace.model.Trace;
import org.retrace.stats.TraceStatistics;

class SyntheticSearchTest {
    @Property(tries = 200)
    void makesExactlyTheAskedNumberOfNodes(@ForAll @IntRange(min = 1, max = 3000) int nodes,
            @ForAll @IntRange(min = 0, max = 10_000) int seed) {
        assertEquals(nodes, SyntheticSearch.generate(nodes, seed).nodeCount());
    }

    @Test
    void isTheSameForTheSameSeed() {
        TraceStatistics first = TraceStatistics.of(SyntheticSearch.generate(2000, 9), "g");
        TraceStatistics second = TraceStatistics.of(SyntheticSearch.generate(2000, 9), "g");
        assertEquals(first, second);
    }

    @Test
    void backtracksAfterEveryClosedLeafButTheLast() {
        Trace trace = SyntheticSearch.generate(20000, 5);
        TraceStatistics stats = TraceStatistics.of(trace, "g");
        assertTrue(stats.backtracks() > 5000, "backtracks: " + stats.backtracks());
        assertTrue(stats.failed() > 0 && stats.solutions() > 0, stats.toString());
        assertTrue(stats.maxDepth() >= 10, "depth: " + stats.maxDepth());
    }

    @Test
    void refusesAnEmptySearch() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SyntheticSearch.generate(0, 1));
        assertEquals("a search needs at least one node, asked for 0", error.getMessage());
    }
}
