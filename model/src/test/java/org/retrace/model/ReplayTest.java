package org.retrace.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retrace.generate.SyntheticSearch;

class ReplayTest {
    private final Trace trace = SyntheticSearch.generate(2000, 17);

    @Test
    void stepsForwardThroughEveryEventWithTheCursorOfEachPosition() {
        Replay replay = new Replay(trace);
        List<Integer> events = new ArrayList<>();
        for (int event = replay.stepForward(); event >= 0; event = replay.stepForward()) {
            events.add(event);
            assertEquals(trace.stateAt(replay.position()).cursor(), replay.cursor(), "at " + replay.position());
        }
        assertEquals(trace.timeline().size(), events.size());
        assertEquals(events.size() - 1, (int) events.get(events.size() - 1));
        assertTrue(replay.atEnd());
    }

    @Test
    void steppingBackUndoesExactlyWhatSteppingForwardDid() {
        Replay replay = new Replay(trace);
        int[] cursors = new int[trace.timeline().size() + 1];
        cursors[0] = replay.cursor();
        while (replay.stepForward() >= 0) {
            cursors[replay.position()] = replay.cursor();
        }
        int[] backwards = new int[cursors.length];
        backwards[replay.position()] = replay.cursor();
        while (replay.stepBack() >= 0) {
            backwards[replay.position()] = replay.cursor();
        }
        assertArrayEquals(cursors, backwards);
        assertTrue(replay.atStart());
        assertEquals(-1, replay.stepBack());
    }

    @Test
    void seeksToAnyPosition() {
        Replay replay = new Replay(trace);
        replay.seek(1234);
        assertEquals(1234, replay.position());
        assertEquals(trace.stateAt(1234).cursor(), replay.cursor());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> replay.seek(-1));
        assertEquals("position -1 is outside 0.." + trace.timeline().size(), error.getMessage());
    }
}
