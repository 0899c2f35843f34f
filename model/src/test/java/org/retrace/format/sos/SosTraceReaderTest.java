package org.retrace.format.sos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFileFixture;
import org.retrace.format.TraceFiles;
import org.retrace.model.EventType;
import org.retrace.model.Trace;

class SosTraceReaderTest {
    @TempDir
    Path directory;

    @Test
    void tellsLeavesWithTheSameBreadthFirstIdApartByTheStateThatFollows() throws Exception {
        Path trace = new TraceFileFixture(directory).write("bfs.txt", """
                Current State: 10:[2, 3, 5], Operations: []
                Exploring Operation: 2+3=5, Resulting Numbers: [5, 5]
                Generated Node #0,0: 10:[5, 5] Operation: 2+3=5
                Moving to Node #0,0
                Current State: 10:[5, 5], Operations: ['2+3=5']
                Exploring Operation: 5*5=25, Resulting Numbers: [25]
                25,10 unequal: No Solution
                Exploring Operation: 5-5=0, Resulting Numbers: [0]
                0,10 unequal: No Solution
                Moving to Node #0,0,0
                Current State: 10:[0], Operations: ['2+3=5', '5-5=0']
                Moving to Node #0,0,0
                Current State: 10:[7], Operations: ['2+3=5', '5+2=7']
                No solution found.
                """);

        LoadedTraces loaded = TraceFiles.load(trace);
        Trace search = loaded.first();

        assertEquals(5, search.nodeCount());
        assertEquals("0,0 5-5=0", search.id(3));
        assertEquals("", search.action(0), "the root has no step before it");
        assertEquals("2+3=5", search.action(search.findNode("0,0")));
        assertEquals("5-5=0", search.action(3));
        assertEquals("", search.action(4), "a node the trace never generated names no operation");
        assertEquals("0,0,0", search.id(4));
        int backtrack = search.timeline().size() - 3;
        assertEquals(EventType.BACKTRACK, search.timeline().type(backtrack));
        assertEquals(3, search.timeline().backtrackOrigin(backtrack));
        assertEquals(1, search.timeline().node(backtrack));
        assertEquals(List.of(trace + ":12:1: warning: moved to node #0,0,0, which the trace never generated; created it"),
                loaded.warnings());
        assertEquals("No solution found.", search.timeline().note(search.timeline().size() - 1));
    }

    /** countdown_dfs.py cuts every child above its heuristic's threshold: the search is its root alone. */
    @Test
    void aSearchCutOffAtItsRootIsATraceOfOneNode() throws Exception {
        Path trace = new TraceFileFixture(directory).write("root-only.txt",
                "Current State: 61:[6, 51, 3, 39], Operations: []\n");

        LoadedTraces loaded = TraceFiles.load(trace);

        assertEquals("sos", loaded.format());
        assertEquals(1, loaded.first().nodeCount());
        assertEquals("61:[6, 51, 3, 39]", loaded.first().label(0));
    }
}
