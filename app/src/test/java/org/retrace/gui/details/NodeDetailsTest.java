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
}
