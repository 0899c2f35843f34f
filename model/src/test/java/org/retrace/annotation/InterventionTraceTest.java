package org.retrace.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.retrace.format.TraceFiles;
import org.retrace.format.fixtures.Fixtures;
import org.retrace.model.Trace;

class InterventionTraceTest {
    /** HuatuoGPT-o1's first record (10 nodes; s3's parent is s2), with a corrected s3. */
    @Test
    void anInterventionIsANewChildOfTheReplacedNodesParentCreatedLast() throws Exception {
        Trace recorded = TraceFiles.load(Fixtures.fixture("llm/cot/huatuo-o1-demo-40.json")).first();
        TraceNotes notes = TraceNotes.NONE.with(new Intervention("s3", "Only the red line fails.\nSo: parvovirus B19."));

        Trace shown = InterventionTrace.of(recorded, notes);

        assertEquals(11, shown.nodeCount());
        for (int node = 0; node < recorded.nodeCount(); node++) {
            assertEquals(recorded.id(node), shown.id(node));
            assertEquals(recorded.sourceStart(node), shown.sourceStart(node));
            assertEquals(recorded.status(node), shown.status(node));
        }
        int added = shown.findNode("intervention: s3");
        assertEquals(10, added);
        assertEquals("s2", shown.id(shown.parent(added)));
        assertTrue(InterventionTrace.isIntervention(shown, added));
        assertEquals("Only the red line fails.", shown.label(added));
        assertEquals(recorded.timeline().size() + 1, shown.timeline().size(), "created after the recorded events");
        assertEquals(recorded.info().sourceText(), shown.info().sourceText());
        assertSame(recorded, InterventionTrace.of(recorded, TraceNotes.NONE));
    }
}
