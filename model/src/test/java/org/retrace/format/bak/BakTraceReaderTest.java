package org.retrace.format.bak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFileFixture;
import org.retrace.format.TraceFiles;
import org.retrace.format.TraceFormatException;
import org.retrace.model.Bound;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;

class BakTraceReaderTest {
    @TempDir
    Path directory;

    @Test
    void readsEveryEventWordWithItsBoundsAndOutcome() throws Exception {
        Path log = new TraceFileFixture(directory).write("run.bak", """
                # file created
                0.000000 branched 1 0 M 10.5 2.5 3
                0.000000 candidate 2 1 L 11.0
                0.000000 candidate 3 1 R
                0.010000 pregnant 2 1 L 11.0 1.0 1
                0.020000 infeasible 2 1 L
                0.030000 heuristic 30.0
                0.040000 integer 3 1 R 25.0
                0.050000 fathomed 3 1 R
                0.060000 guessed 9 1 L
                """);

        LoadedTraces loaded = TraceFiles.load(log);
        Trace trace = loaded.first();

        assertEquals("bak", loaded.format());
        assertEquals(3, trace.nodeCount());
        assertEquals(NodeStatus.EXPANDED, trace.status(0));
        assertEquals(NodeStatus.FAILED, trace.status(1));
        assertEquals(NodeStatus.SOLUTION, trace.status(2));
        assertEquals(2.5, trace.metric(0, "sumInfeasibility"));
        assertEquals(25.0, trace.stateAt(trace.timeline().size()).bound(Bound.INCUMBENT));
        assertEquals(1, trace.timeline().backtrackCount());
        assertEquals(List.of(log + ":10:1: warning: unknown BAK event 'guessed' skipped"), loaded.warnings());
    }

    @Test
    void warnsOfANodeThatIsACandidateTwice() throws Exception {
        Path log = new TraceFileFixture(directory).write("twice.bak", """
                0.000000 branched 1 0 M 10.5
                0.000000 candidate 2 1 L 11.0
                0.010000 candidate 2 1 L 12.0
                """);

        LoadedTraces loaded = TraceFiles.load(log);

        assertEquals(2, loaded.first().nodeCount());
        assertEquals(List.of(log + ":3:1: warning: node 2 is a candidate again (first on line 2); a solver "
                + "announces each node once, so this line may come from another run"), loaded.warnings());
    }

    /** Debian's SYMPHONY 5.6.17 wrote this with {@code symphony -F mkp20.mps -o out.bak}: words and nodes lost. */
    @Test
    void saysWhySymphonysBrokenBakCannotBeRead() {
        Path log = new TraceFileFixture(directory).write("out.bak", """
                # file created
                  0.003326  M -476.953307 0.645914 2
                  0.003413  R -476.953307
                """);

        TraceFormatException error = assertThrows(TraceFormatException.class, () -> TraceFiles.load(log));

        assertEquals(log + ":2:1: expected '<seconds> <event> <node> <parent> <L|R|M> ...', found '0.003326 M "
                + "-476.953307 0.645914 2': the event and its node numbers are missing, as SYMPHONY 5.6 writes them on "
                + "Linux (its 'symphony -o' and vbc_emulation 3 output); its VBC (vbc_emulation 1) is whole",
                error.getMessage());
    }

    @Test
    void readsSymphonysBakWithItsPaddedTimes() throws Exception {
        Path log = new TraceFileFixture(directory).write("sym.bak", """
                # file created
                  0.000100 branched 1 0 M -486.7 0.6 2\s
                  0.000200 candidate 2 1 L\s
                  0.000300 candidate 3 1 R\s
                  0.010059 integer 3 1 R -475.000000
                """);

        LoadedTraces loaded = TraceFiles.load(log);

        assertEquals("SYMPHONY", loaded.first().info().attributes().get("solver"));
        assertEquals(3, loaded.first().nodeCount());
        assertEquals(NodeStatus.SOLUTION, loaded.first().status(2));
    }

    @Test
    void rejectsAnObjectiveThatIsNotANumber() {
        Path log = new TraceFileFixture(directory).write("bad.bak", "0.0 branched 1 0 M 1 1 1\n0.1 integer 1 0 M x\n");

        TraceFormatException error = assertThrows(TraceFormatException.class, () -> TraceFiles.load(log));

        assertEquals(log + ":2:1: expected the objective value as item 6, found 'x'", error.getMessage());
    }
}
