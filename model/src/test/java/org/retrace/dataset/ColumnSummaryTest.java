package org.retrace.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnSummaryTest {
    private static TraceRow row(int nodes, Object correct, Object model) {
        return new TraceRow("t", "f", "cot", nodes, 1, 0, 0, 0, 0, 0, Map.of("correct", correct, "model", model));
    }

    @Test
    void summarisesNumbersAndYesNoButNotText() {
        List<TraceRow> rows = List.of(row(1, true, "a"), row(2, false, "b"), row(3, true, "a"), row(4, true, "b"));

        List<ColumnSummary> summaries = ColumnSummary.of(rows, List.of("trace", "nodes", "correct", "model"));

        assertEquals(List.of("nodes", "correct"), summaries.stream().map(ColumnSummary::column).toList());
        ColumnSummary nodes = summaries.get(0);
        assertEquals(4, nodes.count());
        assertEquals(2.5, nodes.mean(), 1e-12);
        assertEquals(1, nodes.min());
        assertEquals(1.3, nodes.p10(), 1e-12, "between the first two ranks, as NumPy's default");
        assertEquals(2.5, nodes.median(), 1e-12);
        assertEquals(3.7, nodes.p90(), 1e-12);
        assertEquals(4, nodes.max());
        assertEquals(0.75, summaries.get(1).mean(), 1e-12, "three of four correct");
    }
}
