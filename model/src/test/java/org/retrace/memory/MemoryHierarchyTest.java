package org.retrace.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFiles;
import org.retrace.format.fixtures.Fixtures;
import org.retrace.model.Trace;
import org.retrace.model.TraceRuleException;

class MemoryHierarchyTest {
    @Test
    void putsEachCaptionUnderTheCoarserCaptionThatContainsIt() {
        Trace trace = MemoryHierarchy.build("demo", List.of(
                new MemoryItem(1, 70, 80, "fine b", "look for the dog"),
                new MemoryItem(0, 0, 60, "coarse a", ""),
                new MemoryItem(0, 60, 120, "coarse b", ""),
                new MemoryItem(1, 60, 70, "fine a", "look for the dog"),
                new MemoryItem(2, 70, 71, "super fine", "")), Map.of());

        assertEquals(6, trace.nodeCount());
        assertEquals(List.of("video", "L0 [0, 60]", "L0 [60, 120]", "L1 [60, 70]", "L1 [70, 80]", "L2 [70, 71]"),
                List.of(trace.id(0), trace.id(1), trace.id(2), trace.id(3), trace.id(4), trace.id(5)));
        assertEquals(2, trace.parent(3));
        assertEquals(2, trace.parent(4));
        assertEquals(4, trace.parent(5));
        assertEquals(120.0, trace.spanEnd(0));
        assertEquals("1:00-1:10", trace.label(3));
        assertEquals("look for the dog", trace.attributes(3).get("instruction"));
        assertEquals("fine a", trace.text(3));
    }

    @Test
    void rejectsATimeThatIsNegativeOrReversed() {
        assertRejected(List.of(new MemoryItem(0, -5, 10, "", "")), "clip [-5, 10] at level 0 has a negative or "
                + "reversed time span");
        assertRejected(List.of(new MemoryItem(0, 30, 10, "", "")), "clip [30, 10] at level 0 has a negative or "
                + "reversed time span");
    }

    @Test
    void rejectsACaptionOutsideEveryCoarserClip() {
        assertRejected(List.of(new MemoryItem(0, 0, 60, "", ""), new MemoryItem(1, 50, 70, "", "")),
                "clip [50, 70] at level 1 lies inside no clip of level 0");
    }

    @Test
    void rejectsACaptionInsideTwoOverlappingClips() {
        assertRejected(List.of(new MemoryItem(0, 0, 60, "", ""), new MemoryItem(0, 30, 90, "", ""),
                new MemoryItem(1, 40, 50, "", "")),
                "clip [40, 50] at level 1 lies inside both [0, 60] and [30, 90], which overlap");
    }

    @Test
    void readsVideoLucysRealCoarseMemory() throws Exception {
        LoadedTraces loaded = TraceFiles.load(Fixtures.fixture("memory/videolucy-coarse-memory-demo.json"));
        Trace trace = loaded.first();

        assertEquals("videolucy", loaded.format());
        assertEquals(15, trace.nodeCount());
        assertEquals(14, trace.childCount(0));
        assertEquals(0.0, trace.spanStart(1));
        assertEquals(60.0, trace.spanEnd(1));
        assertEquals(780.0, trace.spanStart(14));
        assertEquals(790.0, trace.spanEnd(14));
        assertEquals(790.0, trace.spanEnd(0));
        assertEquals("13:00-13:10", trace.label(14));
    }

    private static void assertRejected(List<MemoryItem> items, String reason) {
        TraceRuleException error = assertThrows(TraceRuleException.class,
                () -> MemoryHierarchy.build("bad", items, Map.of()));
        assertEquals(reason, error.getMessage());
    }
}
