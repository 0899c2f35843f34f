package org.retrace.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.retrace.format.TraceFiles;
import org.retrace.format.fixtures.Fixtures;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;

class InterventionRecordTest {
    private static final String CORRECTED = "Normal leukocytes and platelets mean only the red line fails: "
            + "think of parvovirus B19 before aplastic anemia.";

    /**
     * HuatuoGPT-o1's first record: step s3 (characters 617 to 830 of the reasoning) blames aplastic
     * anemia, which s4 takes back ("But wait, ... leukocyte and platelet counts are normal"). Marked
     * as the first error with a corrected step, the record's prefix is the reasoning's first 617
     * characters: steps s1 and s2 and the blank line after them.
     */
    @Test
    void cutsAChainOfThoughtExactlyAtItsFirstError() throws Exception {
        Trace huatuo = TraceFiles.load(Fixtures.fixture("llm/cot/huatuo-o1-demo-40.json")).first();
        TraceNotes notes = TraceNotes.NONE.with("s3", NodeNote.NONE.withLabel("first error", true))
                .with(new Intervention("s3", CORRECTED));

        InterventionRecord record = InterventionRecord.of(huatuo, notes, "huatuo-o1-demo-40.json").orElseThrow();

        String reasoning = huatuo.info().sourceText();
        int s3 = huatuo.findNode("s3");
        assertEquals(617, huatuo.sourceStart(s3));
        assertEquals(reasoning.substring(0, 617), record.prefix());
        assertTrue(record.prefix().strip().endsWith(huatuo.text(huatuo.findNode("s2")).strip()));
        assertTrue(reasoning.substring(617).startsWith("Looking at the potential reasons for such a low reticulocyte"));
        assertTrue(record.prompt().startsWith("A 45-year-old homeless man is brought to the emergency department"));
        assertEquals(CORRECTED, record.intervention());
        assertEquals("huatuo-o1-demo-40.json: record 1, node s3", record.source());
    }

    @Test
    void aTreeWithoutSourceOffsetsJoinsTheStepsAboveTheFirstError() {
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("tot"));
        int root = builder.addNode("q", -1, "question", NodeStatus.EXPANDED, "24 from 4 4 6 8", "Make 24 from 4, 4, 6, 8.", 0);
        int a = builder.addNode("a", root, "step", NodeStatus.EXPANDED, "4 + 8 = 12", "4 + 8 = 12 (left 4 6 12)", 1);
        int b = builder.addNode("b", a, "step", NodeStatus.EXPANDED, "12 - 6 = 6", "12 - 6 = 6 (left 4 6)", 2);
        builder.addNode("c", b, "step", NodeStatus.FAILED, "6 * 4 = 20", "6 * 4 = 20", 3);
        Trace trace = builder.build();
        TraceNotes notes = TraceNotes.NONE.with("c", NodeNote.NONE.withLabel("first error", true))
                .with(new Intervention("c", "6 * 4 = 24"));

        InterventionRecord record = InterventionRecord.of(trace, notes, "tot.json").orElseThrow();

        assertEquals("Make 24 from 4, 4, 6, 8.", record.prompt());
        assertEquals("4 + 8 = 12 (left 4 6 12)\n\n12 - 6 = 6 (left 4 6)", record.prefix());
        assertEquals(Optional.empty(), InterventionRecord.of(trace, TraceNotes.NONE.with("c",
                NodeNote.NONE.withLabel("first error", true)), "tot.json"), "no intervention, no record");
    }
}
