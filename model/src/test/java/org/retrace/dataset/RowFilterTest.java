package org.retrace.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowFilterTest {
    private static final List<TraceRow> ROWS = List.of(
            new TraceRow("a: r1", "a.jsonl", "cot", 12, 3, 0, 1, 1, 0, 900, Map.of("correct", true, "model", "big")),
            new TraceRow("a: r2", "a.jsonl", "cot", 30, 6, 4, 2, 1, 3, 4000, Map.of("correct", false, "model", "small")),
            new TraceRow("b: r1", "b.jsonl", "sos", 44, 3, 15, 13, 1, 29, 728, Map.of("rating", 0.96)));
    private static final List<String> COLUMNS = List.of("trace", "source", "format", "nodes", "backtracks", "correct",
            "model", "rating");

    private static List<String> kept(String filter) {
        RowFilter rows = RowFilter.parse(filter, COLUMNS);
        return ROWS.stream().filter(rows).map(TraceRow::trace).toList();
    }

    @Test
    void keepsRowsWhoseCellsHoldEveryWordAndMeetEveryComparison() {
        assertEquals(List.of("a: r1", "a: r2", "b: r1"), kept("  "));
        assertTrue(RowFilter.parse("", COLUMNS).keepsAll());
        assertEquals(List.of("b: r1"), kept("SOS"), "a word in any cell, any case");
        assertEquals(List.of("a: r2", "b: r1"), kept("nodes>20"));
        assertEquals(List.of("a: r2"), kept("nodes>20 backtracks<=4"));
        assertEquals(List.of("a: r1"), kept("correct=true"));
        assertEquals(List.of("a: r2"), kept("model!=big format=cot"));
        assertEquals(List.of("b: r1"), kept("rating>=0.9"), "rows without the column do not compare");
    }
}
