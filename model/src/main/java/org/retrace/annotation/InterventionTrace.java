package org.retrace.annotation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.retrace.format.LoadProgress;
import org.retrace.format.nativejson.NativeTraceReader;
import org.retrace.format.nativejson.NativeTraceWriter;
import org.retrace.model.Trace;

/**
 * A trace with its interventions drawn in: each becomes a new child of the replaced node's parent,
 * of kind {@value #KIND}, created after the recorded events, so that the replay first shows the
 * search as recorded. The recorded trace is not changed; this is a new one, its recorded nodes at
 * the same indexes.
 */
public final class InterventionTrace {
    /** The kind of a node written by a person rather than recorded. */
    public static final String KIND = "intervention";
    /** What an intervention node's id starts with, before the replaced node's id. */
    public static final String ID_PREFIX = "intervention: ";
    private static final ObjectMapper JSON = new ObjectMapper();

    private InterventionTrace() {
    }

    /**
     * {@code trace} with {@code notes}' interventions on nodes it holds, or {@code trace} itself when
     * there are none. The copy goes through the native event log, which keeps everything a trace
     * holds; costs O(n) and a temporary file.
     */
    public static Trace of(Trace trace, TraceNotes notes) throws IOException {
        List<Intervention> placed = notes.interventions().stream()
                .filter(intervention -> trace.findNode(intervention.nodeId()) > 0).toList();
        if (placed.isEmpty()) {
            return trace;
        }
        Path log = Files.createTempFile("retrace-interventions", ".jsonl");
        try {
            try (OutputStream out = Files.newOutputStream(log)) {
                new NativeTraceWriter().writeEventLog(List.of(trace), out);
            }
            StringBuilder added = new StringBuilder();
            for (Intervention intervention : placed) {
                int replaced = trace.findNode(intervention.nodeId());
                Map<String, Object> node = new LinkedHashMap<>();
                node.put("ev", "node");
                node.put("id", ID_PREFIX + intervention.nodeId());
                node.put("parent", trace.id(trace.parent(replaced)));
                node.put("kind", KIND);
                node.put("label", firstLine(intervention.text()));
                node.put("text", intervention.text());
                added.append(JSON.writeValueAsString(node)).append('\n');
            }
            Files.writeString(log, added, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            return new NativeTraceReader().read(log, LoadProgress.NONE).first();
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Whether {@code node} of a trace made by {@link #of} is an intervention. */
    public static boolean isIntervention(Trace trace, int node) {
        return KIND.equals(trace.kind(node));
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 59) + "…" : line;
    }
}
