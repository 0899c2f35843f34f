package org.retrace.annotation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retrace.io.AtomicFiles;

/**
 * The annotations kept in one sidecar file ({@code NAME.retrace-notes.json}): each trace's, by
 * trace name, and the labels offered, the starting ones and the user's own. Immutable; written
 * whole and atomically, so that a crash leaves the file as the last complete write made it.
 *
 * <pre>
 * {"format": "retrace-notes", "version": 1, "labels": ["first error", ...],
 *  "traces": {"NAME": {"nodes": {"ID": {"bookmark": true, "note": "...", "labels": ["wrong"]}},
 *                      "interventions": [{"node": "ID", "text": "..."}]}}}
 * </pre>
 */
public final class NotesFile {
    static final String FORMAT = "retrace-notes";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, TraceNotes> traces;
    private final List<String> labels;

    public NotesFile(Map<String, TraceNotes> traces, List<String> labels) {
        Map<String, TraceNotes> kept = new LinkedHashMap<>();
        traces.forEach((name, notes) -> {
            if (!notes.isEmpty()) {
                kept.put(name, notes);
            }
        });
        this.traces = Map.copyOf(kept);
        Set<String> offered = new LinkedHashSet<>(Labels.STARTING);
        labels.forEach(label -> offered.add(Labels.canonical(label)));
        this.labels = List.copyOf(offered);
    }

    /** No annotations, the starting labels. */
    public static NotesFile empty() {
        return new NotesFile(Map.of(), List.of());
    }

    /** The annotations of the trace named {@code name}, {@link TraceNotes#NONE} if none. */
    public TraceNotes notes(String name) {
        return traces.getOrDefault(name, TraceNotes.NONE);
    }

    /** The names of the traces with annotations. */
    public Set<String> traceNames() {
        return traces.keySet();
    }

    /** With the trace named {@code name}'s annotations replaced, and any label they use offered. */
    public NotesFile with(String name, TraceNotes notes) {
        Map<String, TraceNotes> changed = new LinkedHashMap<>(traces);
        changed.put(name, notes);
        List<String> offered = new ArrayList<>(labels);
        notes.nodes().values().forEach(note -> offered.addAll(note.labels()));
        return new NotesFile(changed, offered);
    }

    /** The labels offered: the starting ones first, then the user's own in the order they were added. */
    public List<String> labels() {
        return labels;
    }

    /** With {@code label} offered too. */
    public NotesFile withLabel(String label) {
        List<String> offered = new ArrayList<>(labels);
        offered.add(label);
        return new NotesFile(traces, offered);
    }

    /** Without {@code label} among those offered; the starting labels stay, and nodes keep the labels they carry. */
    public NotesFile withoutLabel(String label) {
        String removed = Labels.canonical(label);
        return new NotesFile(traces, labels.stream().filter(each -> !each.equals(removed)).toList());
    }

    /** The labels the user added, which they may take away again. */
    public List<String> ownLabels() {
        return labels.stream().filter(each -> !Labels.STARTING.contains(each)).toList();
    }

    /** Reads {@code file}; a missing file is {@link #empty()}. A malformed one fails naming line and column. */
    public static NotesFile read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return empty();
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException malformed) {
            JsonLocation at = malformed.getLocation();
            throw new IOException(file + ":" + (at == null ? 1 : at.getLineNr()) + ":" + (at == null ? 1 : at.getColumnNr())
                    + ": malformed notes: " + malformed.getOriginalMessage(), malformed);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new IOException(file + ":1:1: not a Retrace notes file: expected {\"format\": \"" + FORMAT
                    + "\", ...}, found " + (root == null ? "nothing" : root.getNodeType().toString().toLowerCase()));
        }
        List<String> labels = new ArrayList<>();
        root.path("labels").forEach(label -> labels.add(label.asText()));
        Map<String, TraceNotes> traces = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> each = root.path("traces").fields(); each.hasNext(); ) {
            Map.Entry<String, JsonNode> trace = each.next();
            traces.put(trace.getKey(), traceNotes(trace.getValue()));
        }
        return new NotesFile(traces, labels);
    }

    private static TraceNotes traceNotes(JsonNode json) {
        Map<String, NodeNote> nodes = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> each = json.path("nodes").fields(); each.hasNext(); ) {
            Map.Entry<String, JsonNode> node = each.next();
            Set<String> labels = new LinkedHashSet<>();
            node.getValue().path("labels").forEach(label -> labels.add(Labels.canonical(label.asText())));
            nodes.put(node.getKey(), new NodeNote(node.getValue().path("bookmark").asBoolean(false),
                    node.getValue().path("note").asText(""), labels));
        }
        List<Intervention> interventions = new ArrayList<>();
        json.path("interventions").forEach(intervention -> interventions.add(
                new Intervention(intervention.path("node").asText(), intervention.path("text").asText(""))));
        return new TraceNotes(nodes, interventions);
    }

    /** Writes this to {@code file} whole or not at all. */
    public void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        ArrayNode offered = root.putArray("labels");
        labels.forEach(offered::add);
        ObjectNode all = root.putObject("traces");
        for (String name : traces.keySet().stream().sorted().toList()) {
            TraceNotes notes = traces.get(name);
            ObjectNode trace = all.putObject(name);
            ObjectNode nodes = trace.putObject("nodes");
            notes.nodes().forEach((id, note) -> {
                ObjectNode node = nodes.putObject(id);
                if (note.bookmark()) {
                    node.put("bookmark", true);
                }
                if (!note.note().isBlank()) {
                    node.put("note", note.note());
                }
                if (!note.labels().isEmpty()) {
                    ArrayNode labelled = node.putArray("labels");
                    note.labels().forEach(labelled::add);
                }
            });
            ArrayNode interventions = trace.putArray("interventions");
            for (Intervention intervention : notes.interventions()) {
                interventions.addObject().put("node", intervention.nodeId()).put("text", intervention.text());
            }
        }
        AtomicFiles.write(file, out -> JSON.writerWithDefaultPrettyPrinter().writeValue(out, root));
    }
}
