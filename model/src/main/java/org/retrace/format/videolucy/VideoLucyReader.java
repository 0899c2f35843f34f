package org.retrace.format.videolucy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.retrace.format.JsonDocuments;
import org.retrace.format.LoadProgress;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFormatException;
import org.retrace.format.TraceReader;
import org.retrace.memory.MemoryHierarchy;
import org.retrace.memory.MemoryItem;
import org.retrace.model.TraceRuleException;

/**
 * Reads a VideoLucy memory file (Zplusdragon/VideoLucy's {@code demo_cache/coarse_memory/*.json}):
 * a list of {@code {"time_period": [start, end], "general_memory": caption}}, each a coarse clip.
 */
public final class VideoLucyReader implements TraceReader {
    /** The detected-format name. */
    public static final String FORMAT = "videolucy";

    @Override
    public boolean recognizes(String head) {
        String start = head.stripLeading();
        return start.startsWith("[") && start.contains("\"time_period\"") && start.contains("\"general_memory\"");
    }

    @Override
    public LoadedTraces read(Path path, LoadProgress progress) throws IOException {
        String file = path.toString();
        JsonNode records = JsonDocuments.read(path, progress);
        if (records == null || !records.isArray() || records.isEmpty()) {
            throw new TraceFormatException(file, 1, 1, "expected a list of {\"time_period\": [start, end], "
                    + "\"general_memory\": caption}");
        }
        List<MemoryItem> items = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            JsonNode period = records.get(i).path("time_period");
            if (!period.isArray() || period.size() != 2 || !period.get(0).isNumber() || !period.get(1).isNumber()) {
                throw new TraceFormatException(file, 1, 1, "record " + (i + 1) + " needs \"time_period\": "
                        + "[start seconds, end seconds]");
            }
            items.add(new MemoryItem(0, period.get(0).asDouble(), period.get(1).asDouble(),
                    records.get(i).path("general_memory").asText(""), ""));
        }
        String name = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        try {
            return new LoadedTraces(List.of(MemoryHierarchy.build(name, items, Map.of())), FORMAT, List.of());
        } catch (TraceRuleException broken) {
            throw new TraceFormatException(file, 1, 1, broken.getMessage());
        }
    }
}
