package org.retrace.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;
import org.retrace.model.TraceRuleException;

/**
 * Turns the captions of a hierarchical video memory into a trace: a root for the whole video, then
 * each caption under the caption of the next coarser level whose span contains it. Items are nodes
 * of kind {@code memory-clip} with their time span, created coarse to fine and, within a level, in
 * time order. Costs O(n log n).
 */
public final class MemoryHierarchy {
    /** The kind of the nodes that hold memory captions. */
    public static final String CLIP = "memory-clip";

    private MemoryHierarchy() {
    }

    /**
     * The trace of {@code items}; fails with a reason when a time is negative or reversed, when an
     * item lies inside no item of the level above, or when it lies inside two (the level above
     * overlaps where it should not).
     */
    public static Trace build(String name, List<MemoryItem> items, Map<String, Object> attributes) {
        if (items.isEmpty()) {
            throw new TraceRuleException("a video memory needs at least one caption");
        }
        for (MemoryItem item : items) {
            if (!(item.start() >= 0) || !(item.end() >= item.start())) {
                throw new TraceRuleException("clip " + span(item) + " at level " + item.level()
                        + " has a negative or reversed time span");
            }
        }
        List<List<MemoryItem>> levels = byLevel(items);
        double videoEnd = items.stream().mapToDouble(MemoryItem::end).max().orElse(0);
        TraceBuilder builder = new TraceBuilder(new TraceInfo(name, "video-memory", "", attributes));
        int root = builder.addNode("video", -1, "state", NodeStatus.EXPANDED, "video " + clock(0) + " - "
                + clock(videoEnd), null, Double.NaN);
        builder.setSpan(root, 0, videoEnd);
        List<Integer> above = List.of(root);
        List<MemoryItem> aboveItems = List.of(new MemoryItem(-1, 0, videoEnd, "", ""));
        for (List<MemoryItem> level : levels) {
            List<Integer> nodes = new ArrayList<>();
            for (MemoryItem item : level) {
                int parent = above.get(containing(aboveItems, item));
                int node = builder.addNode("L" + item.level() + " " + span(item), parent, CLIP, NodeStatus.OPEN,
                        clock(item.start()) + "-" + clock(item.end()), item.caption(), Double.NaN);
                builder.setSpan(node, item.start(), item.end());
                builder.setAttribute(node, "level", (long) item.level());
                if (!item.instruction().isEmpty()) {
                    builder.setAttribute(node, "instruction", item.instruction());
                }
                nodes.add(node);
            }
            above = nodes;
            aboveItems = level;
        }
        return builder.build();
    }

    private static List<List<MemoryItem>> byLevel(List<MemoryItem> items) {
        List<MemoryItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(MemoryItem::level).thenComparingDouble(MemoryItem::start)
                .thenComparingDouble(MemoryItem::end));
        List<List<MemoryItem>> levels = new ArrayList<>();
        for (MemoryItem item : sorted) {
            if (levels.isEmpty() || levels.get(levels.size() - 1).get(0).level() != item.level()) {
                if (!levels.isEmpty() && item.level() != levels.get(levels.size() - 1).get(0).level() + 1) {
                    throw new TraceRuleException("level " + item.level() + " has no level " + (item.level() - 1)
                            + " above it");
                }
                levels.add(new ArrayList<>());
            }
            levels.get(levels.size() - 1).add(item);
        }
        return levels;
    }

    /** The one item of the level above that contains {@code item}; binary search, O(log n). */
    private static int containing(List<MemoryItem> above, MemoryItem item) {
        int low = 0;
        int high = above.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (above.get(mid).start() <= item.start()) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        if (found < 0 || above.get(found).end() < item.end()) {
            throw new TraceRuleException("clip " + span(item) + " at level " + item.level()
                    + " lies inside no clip of level " + (item.level() - 1));
        }
        if (found > 0 && above.get(found - 1).end() >= item.end() && above.get(found - 1).end() > item.start()) {
            throw new TraceRuleException("clip " + span(item) + " at level " + item.level() + " lies inside both "
                    + span(above.get(found - 1)) + " and " + span(above.get(found)) + ", which overlap");
        }
        return found;
    }

    private static String span(MemoryItem item) {
        return "[" + number(item.start()) + ", " + number(item.end()) + "]";
    }

    private static String number(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }

    /** {@code h:mm:ss}, or {@code m:ss} under an hour. */
    public static String clock(double seconds) {
        long whole = (long) Math.floor(seconds);
        long hours = whole / 3600;
        long minutes = whole % 3600 / 60;
        long rest = whole % 60;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
                : String.format(Locale.ROOT, "%d:%02d", minutes, rest);
    }
}
