package org.retrace.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartDataTest {
    @Test
    void countsFewWholeNumbersOneBinEach() {
        Histogram backtracks = Histogram.of(new double[] {0, 1, 1, 3, Double.NaN});

        assertEquals(List.of("0", "1", "2", "3"), backtracks.labels());
        assertEquals(List.of(1, 2, 0, 1), backtracks.counts());
    }

    @Test
    void countsOtherNumbersInSturgesBinsOfEqualWidth() {
        Histogram ratings = Histogram.of(new double[] {0.5, 1.5, 2.5, 3.5});

        assertEquals(List.of("0.500\u20131.50", "1.50\u20132.50", "2.50\u20133.50"), ratings.labels());
        assertEquals(List.of(1, 1, 2), ratings.counts(), "the largest value closes the last bin");
    }

    private static TraceRow row(int nodes, int backtracks, Object correct) {
        return new TraceRow("t" + nodes, "f", "cot", nodes, 1, backtracks, 0, 0, 0, 0, Map.of("correct", correct));
    }

    @Test
    void groupsAScatterByTheValuesOfAThirdColumn() {
        List<TraceRow> rows = List.of(row(10, 1, true), row(20, 3, false), row(30, 2, true));

        List<ScatterGroups.Group> groups = ScatterGroups.of(rows, "nodes", "backtracks", "correct");

        assertEquals(List.of("correct: false", "correct: true"), groups.stream().map(ScatterGroups.Group::name).toList());
        assertArrayEquals(new double[] {20}, groups.get(0).x());
        assertArrayEquals(new double[] {10, 30}, groups.get(1).x());
        assertArrayEquals(new double[] {1, 2}, groups.get(1).y());
        assertArrayEquals(new int[] {0, 2}, groups.get(1).rows());
    }

    @Test
    void groupsByQuartersWhenTheThirdColumnHasManyNumbers() {
        List<TraceRow> rows = List.of(row(1, 0, true), row(2, 0, true), row(3, 0, true), row(4, 0, true),
                row(5, 0, true), row(6, 0, true), row(7, 0, true), row(8, 0, true), row(9, 0, true));

        List<ScatterGroups.Group> groups = ScatterGroups.of(rows, "nodes", "backtracks", "nodes");

        assertEquals(List.of("nodes: q1 1\u20133", "nodes: q2 3\u20135", "nodes: q3 5\u20137", "nodes: q4 7\u20139"),
                groups.stream().map(ScatterGroups.Group::name).toList());
        assertEquals(3, groups.get(0).rows().length, "1, 2 and 3");
    }
}
