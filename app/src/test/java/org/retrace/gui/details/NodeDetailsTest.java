package org.retrace.gui.details;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.TraceFiles;
import org.retrace.model.Trace;

class NodeDetailsTest {
    @TempDir
    Path directory;

    /** SYMPHONY's 5 is a feasible solution where SCIP's 5 would be ABACUS's new node: the panel says whose. */
    @Test
    void saysWhatASolversColourMeansAndWhoseConventionItIs() throws Exception {
        Path vbc = Files.writeString(directory.resolve("sym.vbc"), "#TYPE: COMPLETE TREE\n#TIME: SET\n"
                + "00:00:00.00 N 0 1 4\n00:00:00:00 P 1 3\n00:00:00:00 P 1 1\n00:00:00:00 P 2 5\n00:00:00:00 N 1 2 4\n");
        Trace trace = TraceFiles.load(vbc).first();

        String details = NodeDetails.describe(trace, trace.findNode("2"));

        assertTrue(details.contains("\ncolor: 5 (feasible solution found, in SYMPHONY's colours)\n"), details);
    }

    /** At MCTS event 182 the narration said visits become 12 while the panel said 14, the end's count. */
    @Test
    void describesTheNodeAsItStandsAtTheReplaysPosition() throws Exception {
        Path log = Files.writeString(directory.resolve("mcts.jsonl"), """
                {"format":"retrace","version":1,"name":"mcts"}
                {"ev":"node","id":"r","metrics":{"visits":1}}
                {"ev":"node","id":"a","parent":"r"}
                {"ev":"metric","id":"r","metrics":{"visits":2}}
                {"ev":"status","id":"a","status":"failed"}
                {"ev":"node","id":"b","parent":"r"}
                {"ev":"metric","id":"r","metrics":{"visits":3}}
                """);
        Trace trace = TraceFiles.load(log).first();
        int root = trace.findNode("r");
        int b = trace.findNode("b");

        String early = NodeDetails.describe(trace, trace.stateAt(3), root);
        String end = NodeDetails.describe(trace, trace.stateAt(6), root);

        assertTrue(early.contains("\nvisits: 2\n") && early.contains("\nchildren: 1 (1 more later)\n"), early);
        assertTrue(end.contains("\nvisits: 3\n") && end.contains("\nchildren: 2\n"), end);
        assertTrue(NodeDetails.describe(trace, trace.stateAt(3), b).contains(
                "\nstatus: not created yet: it is created at event 5, the replay is at event 3\n"));
        assertTrue(NodeDetails.describe(trace, trace.stateAt(3), trace.findNode("a")).contains("\nstatus: open\n"));
    }
}
