package org.retrace.format.videolucy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.retrace.format.JsonDocuments;
import org.retrace.format.LoadProgress;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFormatException;
import org.retrace.format.TraceReader;
import org.retrace.memory.MemoryHierarchy;
import org.retrace.memory.MemoryItem;
import org.retrace.model.TraceRuleException;

/**
 * Reads VideoLucy's memory (Zplusdragon/VideoLucy): one file, as {@code demo_cache/coarse_memory/*.json}
 * holds, of {@code {"time_period": [start, end], "general_memory": caption}} records, each a coarse
 * clip; or a whole cache folder, where the coarse memory is level 0, fine memories
 * ({@code fine_memory_<ts>/{s}s_{e}s_..._entire.json} and {@code ..._divided.json}) levels 1 and 2,
 * and super-fine ones (a folder named {@code super_fine...}) levels 3 and 4. Each caption goes under
 * the coarser one that contains it.
 */
public final class VideoLucyReader implements TraceReader {
    /** The detected-format name. */
    public static final String FORMAT = "videolucy";
    private static final ObjectMapper MAPPER = new ObjectMapper();

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
        addItems(records, 0, file, items);
        return build(path, items);
    }

    /** Reads a VideoLucy cache folder: every memory file below it, at the level its name gives. */
    public LoadedTraces readFolder(Path folder, LoadProgress progress) throws IOException {
        List<MemoryItem> items = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            int level = levelOf(folder.relativize(file));
            JsonNode records = JsonDocuments.read(file, progress);
            if (level >= 0 && records != null) {
                addItems(records.isArray() ? records : MAPPER.createArrayNode().add(records), level, file.toString(),
                        items);
            }
        }
        if (items.isEmpty()) {
            throw new TraceFormatException(folder.toString(), 1, 1, "no VideoLucy memory files in this folder "
                    + "(expected coarse_memory/*.json, fine_memory_*/..._entire.json or ..._divided.json)");
        }
        return build(folder, items);
    }

    /** 0 coarse, 1 and 2 fine (entire, divided), 3 and 4 super-fine; -1 for a file that is none of these. */
    private static int levelOf(Path relative) {
        String path = relative.toString().replace('\\', '/');
        String name = relative.getFileName().toString();
        if (path.contains("coarse_memory") && !name.contains("Summarization")) {
            return 0;
        }
        int base = path.contains("super_fine") ? 3 : path.contains("fine_memory") ? 1 : -1;
        if (base < 0) {
            return -1;
        }
        if (name.endsWith("_entire.json")) {
            return base;
        }
        return name.endsWith("_divided.json") ? base + 1 : -1;
    }

    private static void addItems(JsonNode records, int level, String file, List<MemoryItem> items)
            throws TraceFormatException {
        for (int i = 0; i < records.size(); i++) {
            JsonNode period = records.get(i).path("time_period");
            if (!period.isArray() || period.size() != 2 || !period.get(0).isNumber() || !period.get(1).isNumber()) {
                throw new TraceFormatException(file, 1, 1, "record " + (i + 1) + " needs \"time_period\": "
                        + "[start seconds, end seconds]");
            }
            items.add(new MemoryItem(level, period.get(0).asDouble(), period.get(1).asDouble(),
                    records.get(i).path("general_memory").asText(""), records.get(i).path("instruction").asText("")));
        }
    }

    private static LoadedTraces build(Path path, List<MemoryItem> items) throws TraceFormatException {
        String name = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        try {
            return new LoadedTraces(List.of(MemoryHierarchy.build(name, items, Map.of())), FORMAT, List.of());
        } catch (TraceRuleException broken) {
            throw new TraceFormatException(path.toString(), 1, 1, broken.getMessage());
        }
    }
}
