package org.retrace.format.cot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.retrace.format.LoadProgress;
import org.retrace.format.LoadedTraces;
import org.retrace.format.RegularFile;
import org.retrace.format.TraceFormatException;
import org.retrace.format.TraceReader;
import org.retrace.model.Trace;

/**
 * Reads long chains of thought as trees of attempts ({@code stats} name {@code cot}): plain text
 * or Markdown, or JSON / JSON Lines records with the reasoning in a field: the one named, else the
 * first of {@code reasoning_content}, {@code reasoning}, {@code thinking}, {@code think},
 * {@code Complex_CoT} (HuatuoGPT-o1's), {@code full_response}, {@code output},
 * {@code response}, {@code completion}, {@code text}, or a chat {@code messages} list, whose
 * assistant message's {@code <think>...</think>} block (or whole content) is the reasoning. Each
 * record is a trace, named by its {@code id} when it has one. Text is taken inside {@code <think>}
 * when the block is there.
 */
public final class CotTraceReader implements TraceReader {
    /** The format's name, as {@code stats} reports it. */
    public static final String FORMAT = "cot";
    private static final List<String> REASONING_FIELDS = List.of("reasoning_content", "reasoning", "thinking",
            "think", "Complex_CoT", "full_response", "output", "response", "completion", "text");
    private static final List<String> QUESTION_FIELDS = List.of("question", "prompt", "problem", "input", "query");
    /** Where a record keeps the model's answer apart from its reasoning (not a dataset's reference "answer"). */
    private static final List<String> ANSWER_FIELDS = List.of("Response", "response", "final_answer");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String field;
    private final CueLexicon cues;

    /** Reads with the bundled cues, taking the reasoning from the usual fields. */
    public CotTraceReader() {
        this(null, CueLexicon.standard());
    }

    /** Reads the reasoning from {@code field} (null: the usual fields) with {@code cues}. */
    public CotTraceReader(String field, CueLexicon cues) {
        this.field = field;
        this.cues = cues;
    }

    /**
     * A JSON record with a reasoning field, or text with a {@code <think>} block or a cue opening a
     * line; other text is left to other readers, or refused as unknown.
     */
    @Override
    public boolean recognizes(String head) {
        String start = head.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            if (start.contains("\"ev\"") || start.contains("\"format\"")) {
                return false;
            }
            for (String name : REASONING_FIELDS) {
                if (start.contains("\"" + name + "\"")) {
                    return true;
                }
            }
            return start.contains("\"messages\"") && start.contains("<think>");
        }
        if (head.indexOf('\0') >= 0) {
            return false;
        }
        if (head.contains("<think>")) {
            return true;
        }
        for (String line : head.split("\n")) {
            Cue cue = cues.match(line, 0);
            if (cue != null && cue.kind() != CueKind.CONTINUE) {
                return true;
            }
        }
        return false;
    }

    @Override
    public LoadedTraces read(Path file, LoadProgress progress) throws IOException {
        RegularFile.check(file);
        String content = Files.readString(file, StandardCharsets.UTF_8);
        String start = content.stripLeading();
        String name = file.getFileName().toString();
        List<Trace> traces = new ArrayList<>();
        if (start.startsWith("[")) {
            JsonNode records = parse(content, file, 1);
            int number = 0;
            for (JsonNode record : records) {
                traces.add(record(record, name, ++number, file, number));
            }
        } else if (start.startsWith("{")) {
            String[] lines = content.split("\n", -1);
            int number = 0;
            for (int line = 0; line < lines.length; line++) {
                if (lines[line].isBlank()) {
                    continue;
                }
                traces.add(record(parse(lines[line], file, line + 1), name, ++number, file, line + 1));
                if (progress.isCancelled()) {
                    break;
                }
            }
        } else {
            traces.add(trace(name, "", ReasoningParts.of(content), Map.of("record", 1L)));
        }
        if (traces.isEmpty()) {
            throw new TraceFormatException(file.toString(), 1, 1, "no records with reasoning in the file");
        }
        return new LoadedTraces(traces, FORMAT, List.of());
    }

    private Trace record(JsonNode record, String fileName, int number, Path file, int line)
            throws TraceFormatException {
        if (!record.isObject()) {
            throw new TraceFormatException(file.toString(), line, 1, "expected a record (a JSON object), found "
                    + record.getNodeType().name().toLowerCase());
        }
        String reasoning = reasoning(record);
        if (reasoning == null) {
            throw new TraceFormatException(file.toString(), line, 1, "record " + number + " has no reasoning: expected "
                    + (field != null ? "the field \"" + field + "\"" : "one of " + REASONING_FIELDS
                    + " or a messages list with an assistant message"));
        }
        String question = "";
        for (String name : QUESTION_FIELDS) {
            if (record.path(name).isTextual()) {
                question = record.path(name).asText();
                break;
            }
        }
        if (question.isEmpty()) {
            question = messageOf(record, "user");
        }
        String id = record.path("id").isValueNode() ? record.path("id").asText() : "record " + number;
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("record", (long) number);
        ReasoningParts parts = ReasoningParts.of(reasoning);
        if (parts.answer().isBlank()) {
            parts = new ReasoningParts(parts.reasoning(), answerField(record));
        }
        return trace(fileName + ": " + id, question == null ? "" : question, parts, header);
    }

    private Trace trace(String name, String question, ReasoningParts parts, Map<String, Object> header) {
        return AttemptTree.build(name, question, parts.reasoning(), new Segmenter(cues).segment(parts.reasoning()),
                header, parts.answer());
    }

    /** The answer a record keeps beside its reasoning, as HuatuoGPT-o1's {@code Response}; empty when none. */
    private String answerField(JsonNode record) {
        for (String name : ANSWER_FIELDS) {
            if (!name.equals(field) && !name.equals(reasoningField(record)) && record.path(name).isTextual()) {
                return record.path(name).asText().strip();
            }
        }
        return "";
    }

    /** The field the reasoning was taken from, or null for a chat's messages. */
    private String reasoningField(JsonNode record) {
        if (field != null) {
            return field;
        }
        for (String name : REASONING_FIELDS) {
            if (record.path(name).isTextual() && !record.path(name).asText().isBlank()) {
                return name;
            }
        }
        return null;
    }

    private String reasoning(JsonNode record) {
        String name = reasoningField(record);
        if (name != null) {
            return record.path(name).isTextual() ? record.path(name).asText() : null;
        }
        return messageOf(record, "assistant");
    }

    /** The content of the last message from {@code role} in a chat {@code messages} list, or null. */
    private static String messageOf(JsonNode record, String role) {
        String found = null;
        for (JsonNode message : record.path("messages")) {
            if (role.equals(message.path("role").asText()) && message.path("content").isTextual()) {
                found = message.path("content").asText();
            }
        }
        return found;
    }

    private static JsonNode parse(String json, Path file, int line) throws TraceFormatException {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException broken) {
            int column = broken.getLocation() == null ? 1 : (int) Math.max(1, broken.getLocation().getColumnNr());
            int row = broken.getLocation() == null ? line : line + Math.max(0, broken.getLocation().getLineNr() - 1);
            throw new TraceFormatException(file.toString(), row, column, "malformed JSON: "
                    + broken.getOriginalMessage());
        }
    }
}
