package org.retrace.format.cot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.retrace.format.LoadProgress;
import org.retrace.format.LoadedTraces;
import org.retrace.format.ProgressInputStream;
import org.retrace.format.RegularFile;
import org.retrace.format.StreamedTraces;
import org.retrace.format.TextLines;
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
    /** Records built together on all cores: enough to keep two busy, few enough to hold. */
    private static final int BATCH = 64;
    /** The longest text field of a record kept beside its reasoning: a label, not content. */
    private static final int LONGEST_KEPT_TEXT = 120;

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
        List<Trace> traces = new ArrayList<>();
        readEach(file, progress, (trace, format) -> traces.add(trace));
        return new LoadedTraces(traces, FORMAT, List.of());
    }

    /**
     * Reads a record at a time: JSON Lines line by line, a JSON array element by element, so that
     * a file of many thousands of records is never held whole; plain text is one trace.
     */
    @Override
    public StreamedTraces readEach(Path file, LoadProgress progress, BiConsumer<Trace, String> each)
            throws IOException {
        RegularFile.check(file);
        String name = file.getFileName().toString();
        String start = firstCharacters(file).stripLeading();
        int records;
        if (start.startsWith("[")) {
            records = readArray(file, name, progress, each);
        } else if (start.startsWith("{")) {
            records = readLines(file, name, progress, each);
        } else {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            each.accept(trace(name, "", ReasoningParts.of(content), Map.of("record", 1L)), FORMAT);
            records = 1;
        }
        if (records == 0) {
            throw new TraceFormatException(file.toString(), 1, 1, "no records with reasoning in the file");
        }
        return new StreamedTraces(FORMAT, records, List.of());
    }

    private static String firstCharacters(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4096);
            // Read byte by byte, a UTF-8 byte-order mark is these three characters.
            return new String(head, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "");
        }
    }

    private int readLines(Path file, String name, LoadProgress progress, BiConsumer<Trace, String> each)
            throws IOException {
        int number = 0;
        List<PendingRecord> batch = new ArrayList<>(BATCH);
        try (TextLines lines = new TextLines(file, progress)) {
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (line.isBlank()) {
                    continue;
                }
                batch.add(new PendingRecord(++number, lines.lineNumber(), line, null));
                if (batch.size() == BATCH) {
                    build(batch, file, name, each);
                    if (progress.isCancelled()) {
                        return number;
                    }
                }
            }
        }
        build(batch, file, name, each);
        return number;
    }

    private int readArray(Path file, String name, LoadProgress progress, BiConsumer<Trace, String> each)
            throws IOException {
        int number = 0;
        List<PendingRecord> batch = new ArrayList<>(BATCH);
        try (Reader text = new InputStreamReader(new ProgressInputStream(Files.newInputStream(file), file.toString(),
                Files.size(file), progress), StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
                JsonParser parser = JSON.getFactory().createParser(text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new TraceFormatException(file.toString(), 1, 1, "expected a JSON array of records");
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    throw new TraceFormatException(file.toString(), parser.currentLocation().getLineNr(), 1,
                            "malformed JSON: the array of records is not closed");
                }
                int line = (int) parser.currentTokenLocation().getLineNr();
                batch.add(new PendingRecord(++number, line, null, parser.readValueAsTree()));
                if (batch.size() == BATCH) {
                    build(batch, file, name, each);
                    if (progress.isCancelled()) {
                        return number;
                    }
                }
            }
        } catch (JsonProcessingException broken) {
            build(batch, file, name, each);
            throw located(broken, file, 1);
        }
        build(batch, file, name, each);
        return number;
    }

    /** A record read but not yet built into a trace: its JSON line, or its parsed value. */
    private record PendingRecord(int number, int line, String json, JsonNode value) {
    }

    /**
     * Builds the pending records' traces on all cores, then hands them over in file order and
     * empties the batch; a record that cannot be built stops the reading there, after the records
     * before it were handed over, as reading one by one would.
     */
    private void build(List<PendingRecord> batch, Path file, String name, BiConsumer<Trace, String> each)
            throws TraceFormatException {
        List<Object> built = batch.parallelStream().map(pending -> {
            try {
                JsonNode value = pending.value() != null ? pending.value() : parse(pending.json(), file, pending.line());
                return (Object) record(value, name, pending.number(), file, pending.line());
            } catch (TraceFormatException unreadable) {
                return unreadable;
            }
        }).toList();
        batch.clear();
        for (Object trace : built) {
            if (trace instanceof TraceFormatException unreadable) {
                throw unreadable;
            }
            each.accept((Trace) trace, FORMAT);
        }
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
        keepScalarFields(record, header);
        ReasoningParts parts = ReasoningParts.of(reasoning);
        if (parts.answer().isBlank()) {
            parts = new ReasoningParts(parts.reasoning(), answerField(record));
        }
        return trace(fileName + ": " + id, question == null ? "" : question, parts, header);
    }

    /**
     * The record's own short fields (a correctness flag, a model name, a reference answer), for a
     * dataset's table: numbers, booleans and strings of at most {@value #LONGEST_KEPT_TEXT}
     * characters, not the reasoning, question or answer texts. A field named as one the trace sets
     * itself ("record", "answer") is kept with " (record)" after its name.
     */
    private void keepScalarFields(JsonNode record, Map<String, Object> header) {
        String reasoningName = reasoningField(record);
        record.fields().forEachRemaining(entry -> {
            String name = entry.getKey();
            JsonNode value = entry.getValue();
            if (name.equals(reasoningName) || QUESTION_FIELDS.contains(name) || ANSWER_FIELDS.contains(name)) {
                return;
            }
            Object kept = value.isIntegralNumber() ? (Object) value.asLong() : value.isNumber() ? (Object) value.asDouble()
                    : value.isBoolean() ? (Object) value.asBoolean()
                    : value.isTextual() && value.asText().length() <= LONGEST_KEPT_TEXT ? value.asText() : null;
            if (kept != null) {
                header.put(name.equals("record") || name.equals("answer") ? name + " (record)" : name, kept);
            }
        });
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
            throw located(broken, file, line);
        }
    }

    /** Where {@code broken} stopped, counted from {@code line}, and why. */
    private static TraceFormatException located(JsonProcessingException broken, Path file, int line) {
        int column = broken.getLocation() == null ? 1 : (int) Math.max(1, broken.getLocation().getColumnNr());
        int row = broken.getLocation() == null ? line : line + Math.max(0, broken.getLocation().getLineNr() - 1);
        return new TraceFormatException(file.toString(), row, column, "malformed JSON: " + broken.getOriginalMessage());
    }
}
