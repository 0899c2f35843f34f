package org.retrace.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.retrace.memory.MemoryHierarchy;
import org.retrace.memory.MemoryItem;
import org.retrace.model.Trace;

/**
 * A seeded video memory of the size a long video gives: one-minute captions, ten-second captions
 * and one-second captions over the whole video (a ten-hour video: 600 + 3,600 + 36,000), for
 * benchmarks of the memory view. Costs O(n log n).
 */
public final class SyntheticMemory {
    private static final String[] SUBJECTS = {"A man", "A woman", "Two children", "A dog", "A red car", "A crowd",
        "The camera", "A cyclist", "A bus", "The presenter"};
    private static final String[] ACTIONS = {"walks past a window", "talks to the camera", "crosses the street",
        "waits at a stop", "opens a door", "looks at a map", "laughs", "points at a sign", "turns left",
        "sits on a bench"};

    private SyntheticMemory() {
    }

    public static Trace generate(int hours, long seed) {
        if (hours < 1) {
            throw new IllegalArgumentException("a video memory needs at least one hour, asked for " + hours);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int seconds = hours * 3600;
        List<MemoryItem> items = new ArrayList<>();
        int[] lengths = {60, 10, 1};
        for (int level = 0; level < lengths.length; level++) {
            for (int start = 0; start < seconds; start += lengths[level]) {
                items.add(new MemoryItem(level, start, start + lengths[level], caption(random), ""));
            }
        }
        return MemoryHierarchy.build("synthetic " + hours + " h video", items, Map.of("seed", seed));
    }

    private static String caption(SplittableRandom random) {
        return SUBJECTS[random.nextInt(SUBJECTS.length)] + " " + ACTIONS[random.nextInt(ACTIONS.length)] + ".";
    }
}
