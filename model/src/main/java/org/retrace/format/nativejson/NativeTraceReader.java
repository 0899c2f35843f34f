package org.retrace.format.nativejson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.retrace.format.LineCounts;
import org.retrace.format.LoadWarnings;
import org.retrace.format.LoadedTraces;
import org.retrace.format.NodeOrdering;
import org.retrace.format.LoadProgress;
import org.retrace.format.NodeRecord;
import org.retrace.format.ProgressInputStream;
import org.retrace.format.TraceFormatException;
import org.retrace.format.TraceReader;
import org.retrace.model.Bound;
import org.retrace.model.EventType;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;
import org.retrace.model.TraceRuleException;

/**
 * Reads Retrace's native format in both forms: one JSON document, or a header line followed by one
 * event per line (JSON Lines). The input is streamed token by token, never held as a tree, so a
 * million-event log loads in one pass with memory for the trace alone.
 *
 * <p>Unknown fields are kept as attributes and unknown event kinds are skipped with a warning, so
 * that files from newer writers still load. A log whose last line is cut off (a writer still at
 * work, a crash) loads up to that line with a warning.
 */
public final class NativeTraceReader implements TraceReader {
    /** Whole numbers in attributes read as Long, whatever their size, so that equal files give equal values. */
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build())
            .enable(DeserializationFeature.USE_LONG_FOR_INTS);

    /**
     * Any file that starts with a JSON object: without {@code "format"} it is still most likely meant
     * as a native trace, and the reader's error says what its first object lacks. Readers of other
     * JSON formats therefore come before this one.
     */
    @Override
    public boolean recognizes(String head) {
        return head.stripLeading().startsWith("{");
    }

    @Override
    public LoadedTraces read(Path file, LoadProgress progress) throws IOException {
        return new Reading(file, progress).run();
    }

    /** The state of reading one file. */
    private static final class Reading {
        private final Path path;
        private final LoadProgress progress;
        private final String file;
        private final LoadWarnings warnings;
        private final Map<String, TraceUnderConstruction> traces = new LinkedHashMap<>();
        private final NodeRecord node = new NodeRecord();
        private final EventRecord event = new EventRecord();
        private JsonParser parser;
        private boolean sawFormat;
        private boolean sawVersion;
        private boolean document;
        private boolean inEventLines;
        private TraceUnderConstruction lastTrace;
        private int objectLine;
        private boolean sawNodes;

        Reading(Path path, LoadProgress progress) {
            this.path = path;
            this.progress = progress;
            this.file = path.toString();
            this.warnings = new LoadWarnings(file);
        }

        LoadedTraces run() throws IOException {
            // A FileInputStream reads straight into Jackson's buffer; a channel stream copied through a
            // direct buffer first and cost a sixth of the load time.
            try (InputStream in = new ProgressInputStream(new FileInputStream(path.toFile()), file,
                    Files.size(path), progress); JsonParser json = MAPPER.createParser(in)) {
                parser = json;
                readAll();
            } catch (JsonProcessingException malformed) {
                handleMalformed(malformed);
            }
            List<Trace> built = new ArrayList<>();
            for (TraceUnderConstruction trace : traces.values()) {
                trace.ordering.finish();
                if (trace.builder.nodeCount() > 0) {
                    built.add(trace.builder.build());
                }
            }
            if (built.isEmpty()) {
                throw new TraceFormatException(file, 1, 1, "no nodes: the header is there, but no node follows it");
            }
            return new LoadedTraces(built, document ? NativeFormat.DOCUMENT : NativeFormat.EVENT_LOG,
                    warnings.toList());
        }

        private void readAll() throws IOException {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw error("expected a JSON object with \"format\": \"" + NativeFormat.NAME + "\", found "
                        + describe(first));
            }
            readHeader();
            inEventLines = true;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.START_OBJECT) {
                    throw error("expected one JSON object per line, found " + describe(token));
                }
                objectLine = parser.currentTokenLocation().getLineNr();
                readEvent();
            }
        }

        private void readHeader() throws IOException {
            TraceUnderConstruction main = trace("");
            Map<String, Object> attributes = new LinkedHashMap<>();
            String name = "";
            String search = "";
            String source = "";
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (key) {
                    case "format" -> readFormat(value);
                    case "version" -> readVersion(value);
                    case "name" -> name = string(key);
                    case "search" -> search = string(key);
                    case "source" -> source = string(key);
                    case "nodes" -> readNodes(main);
                    case "events" -> readEvents(main);
                    case "traces" -> readTraces();
                    default -> attributes.put(key, parser.readValueAs(Object.class));
                }
            }
            requireFormatAndVersion();
            main.builder.setInfo(new TraceInfo(name, search, source, attributes));
        }

        private void readFormat(JsonToken value) throws IOException {
            if (value != JsonToken.VALUE_STRING || !NativeFormat.NAME.equals(parser.getText())) {
                throw error("\"format\" must be \"" + NativeFormat.NAME + "\", found " + describe(value));
            }
            sawFormat = true;
        }

        private void readVersion(JsonToken value) throws IOException {
            if (value != JsonToken.VALUE_NUMBER_INT) {
                throw error("\"version\" must be a whole number, found " + describe(value));
            }
            int version = parser.getIntValue();
            if (version < 1 || version > NativeFormat.VERSION) {
                throw error("version " + version + " is not one this Retrace reads (1 to " + NativeFormat.VERSION
                        + "); a newer Retrace may read it");
            }
            sawVersion = true;
        }

        private void requireFormatAndVersion() throws TraceFormatException {
            if (!sawFormat || !sawVersion) {
                throw error("the first object must give \"format\": \"" + NativeFormat.NAME
                        + "\" and \"version\" before any nodes or events");
            }
        }

        private void readTraces() throws IOException {
            readObjects("traces", "a trace object", this::readTraceObject);
        }

        private void readTraceObject() throws IOException {
            Map<String, Object> attributes = new LinkedHashMap<>();
            String name = null;
            String search = "";
            String source = "";
            TraceUnderConstruction trace = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                switch (key) {
                    case "name" -> name = string(key);
                    case "search" -> search = string(key);
                    case "source" -> source = string(key);
                    case "nodes", "events" -> {
                        if (name == null) {
                            throw error("a trace in \"traces\" must give its \"name\" before its nodes and events");
                        }
                        if (trace == null && traces.containsKey(name)) {
                            throw error("two traces are named '" + name + "'; names in \"traces\" must differ");
                        }
                        trace = trace(name);
                        if (key.equals("nodes")) {
                            readNodes(trace);
                        } else {
                            readEvents(trace);
                        }
                    }
                    default -> attributes.put(key, parser.readValueAs(Object.class));
                }
            }
            if (name == null) {
                throw error("a trace in \"traces\" needs a \"name\"");
            }
            (trace == null ? trace(name) : trace).builder.setInfo(new TraceInfo(name, search, source, attributes));
        }

        private void readNodes(TraceUnderConstruction trace) throws IOException {
            if (trace.builder.eventCount() > 0) {
                throw error("\"nodes\" must come before \"events\": the listed nodes exist before the first event");
            }
            sawNodes = true;
            readObjects("nodes", "a node object", () -> {
                readObject();
                trace.ordering.offer(node);
            });
            trace.ordering.finish();
        }

        private void readEvents(TraceUnderConstruction trace) throws IOException {
            readObjects("events", "an event object", () -> {
                readObject();
                if (event.trace != null && !event.trace.equals(trace.name)) {
                    throw located("\"trace\": \"" + event.trace + "\" inside a document's events: give each trace "
                            + "its own entry in \"traces\"");
                }
                apply(trace);
            });
        }

        /** Reads the array of objects that is the value of {@code field}, one object per call of {@code each}. */
        private void readObjects(String field, String what, ObjectReader each) throws IOException {
            requireFormatAndVersion();
            document = true;
            expect(JsonToken.START_ARRAY, "\"" + field + "\" must be an array, each item " + what);
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token != JsonToken.START_OBJECT) {
                    throw error("expected " + what + " in \"" + field + "\", found " + describe(token));
                }
                each.read();
            }
        }

        private void readEvent() throws IOException {
            readObject();
            apply(trace(event.trace == null ? "" : event.trace));
        }

        /** Reads the object whose START_OBJECT is the current token into {@link #node} and {@link #event}. */
        private void readObject() throws IOException {
            JsonLocation start = parser.currentTokenLocation();
            node.clear();
            event.clear();
            node.line = start.getLineNr();
            node.column = start.getColumnNr();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (key) {
                    case "ev" -> event.ev = string(key);
                    case "trace" -> event.trace = string(key);
                    case "id" -> node.id = identifier(key, value);
                    case "parent" -> node.parentId = value == JsonToken.VALUE_NULL ? null : identifier(key, value);
                    case "from" -> event.from = identifier(key, value);
                    case "to" -> event.to = identifier(key, value);
                    case "kind" -> node.kind = string(key);
                    case "status" -> node.statusWord = string(key);
                    case "label" -> node.label = string(key);
                    case "text" -> node.text = string(key);
                    case "t" -> node.time = number(key, value);
                    case "incumbent" -> event.incumbent = number(key, value);
                    case "bestBound" -> event.bestBound = number(key, value);
                    case "metrics" -> readMetrics(value);
                    case "span" -> readSpan(value);
                    case "sourceRange" -> readSourceRange(value);
                    case "attrs" -> readAttributes(value);
                    default -> node.attributes.put(key, parser.readValueAs(Object.class));
                }
            }
        }

        private void readMetrics(JsonToken value) throws IOException {
            if (value != JsonToken.START_OBJECT) {
                throw error("\"metrics\" must be an object of numbers, found " + describe(value));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken metric = parser.nextToken();
                if (metric != JsonToken.VALUE_NULL) {
                    node.metrics.put(name, number("metrics." + name, metric));
                }
            }
        }

        private void readSpan(JsonToken value) throws IOException {
            double[] pair = numberPair("span", value, "[start seconds, end seconds]");
            node.spanStart = pair[0];
            node.spanEnd = pair[1];
        }

        private void readSourceRange(JsonToken value) throws IOException {
            double[] pair = numberPair("sourceRange", value, "[first character, end character]");
            node.sourceStart = (int) pair[0];
            node.sourceEnd = (int) pair[1];
        }

        private double[] numberPair(String key, JsonToken value, String shape) throws IOException {
            String expected = "\"" + key + "\" must be " + shape;
            if (value != JsonToken.START_ARRAY) {
                throw error(expected + ", found " + describe(value));
            }
            double[] pair = new double[2];
            for (int i = 0; i < 2; i++) {
                JsonToken item = parser.nextToken();
                if (!item.isNumeric()) {
                    throw error(expected + ", found " + describe(item));
                }
                pair[i] = finite(key, parser.getDoubleValue());
            }
            if (parser.nextToken() != JsonToken.END_ARRAY) {
                throw error(expected + ", found more than two values");
            }
            return pair;
        }

        @SuppressWarnings("unchecked")
        private void readAttributes(JsonToken value) throws IOException {
            if (value != JsonToken.START_OBJECT) {
                throw error("\"attrs\" must be an object, found " + describe(value));
            }
            node.attributes.putAll(parser.readValueAs(Map.class));
        }

        private void apply(TraceUnderConstruction trace) throws TraceFormatException {
            TraceBuilder builder = trace.builder;
            if (event.ev == null) {
                throw located("missing \"ev\": every event names its kind, e.g. {\"ev\":\"node\",\"id\":\"n1\"}");
            }
            try {
                if (DecodingEvents.NAMES.contains(event.ev)) {
                    trace.decodingEvents().apply(event.ev, node.attributes, node.time);
                    return;
                }
                int before = builder.eventCount();
                EventType type = EventType.fromWireName(event.ev);
                if (type == null) {
                    warnings.add(node.line, node.column, "unknown event kind '" + event.ev + "' skipped");
                    return;
                }
                switch (type) {
                    case NODE -> addNode(trace);
                    case VISIT -> builder.visit(existing(builder, node.id, "id"), node.time);
                    case BACKTRACK -> builder.backtrack(
                            event.from == null ? -1 : existing(builder, event.from, "from"),
                            existing(builder, event.to, "to"), node.time);
                    case STATUS -> builder.status(existing(builder, node.id, "id"), status(), node.time);
                    case SOLUTION -> builder.solution(existing(builder, node.id, "id"), node.time);
                    case METRIC -> addMetrics(builder);
                    case BOUND -> addBounds(builder);
                    case NOTE -> builder.note(node.id == null ? -1 : existing(builder, node.id, "id"), node.text,
                            node.time);
                }
                if (type != EventType.NODE) {
                    for (int added = before; added < builder.eventCount(); added++) {
                        int each = added;
                        node.attributes.forEach((key, value) -> builder.setEventAttribute(each, key, value));
                    }
                }
            } catch (TraceRuleException | IllegalArgumentException broken) {
                throw located(broken.getMessage());
            }
        }

        /** A node event: unlike a {@code "nodes"} array, a timeline creates a parent before its children. */
        private void addNode(TraceUnderConstruction trace) throws TraceFormatException {
            int parent = -1;
            if (node.parentId != null) {
                parent = trace.builder.findNode(node.parentId);
                if (parent < 0) {
                    throw located("unknown parent '" + node.parentId + "' of node '" + node.id
                            + "': a node's parent must be created before it");
                }
            }
            node.addTo(trace.builder, parent, warnings);
        }

        private NodeStatus status() throws TraceFormatException {
            if (node.statusWord == null) {
                throw located("a status event needs \"status\"");
            }
            NodeStatus status = NodeStatus.fromWireName(node.statusWord);
            if (status == null) {
                warnings.add(node.line, node.column, "status '" + node.statusWord + "' is not one of "
                        + NodeStatus.wireNames() + "; loaded as unknown");
                return NodeStatus.UNKNOWN;
            }
            return status;
        }

        private void addMetrics(TraceBuilder builder) throws TraceFormatException {
            if (node.metrics.isEmpty()) {
                throw located("a metric event needs \"metrics\", e.g. {\"visits\": 3}");
            }
            int target = existing(builder, node.id, "id");
            node.metrics.forEach((name, value) -> builder.metric(target, name, value, node.time));
        }

        private void addBounds(TraceBuilder builder) throws TraceFormatException {
            if (Double.isNaN(event.incumbent) && Double.isNaN(event.bestBound)) {
                throw located("a bound event needs \"incumbent\" or \"bestBound\"");
            }
            if (!Double.isNaN(event.incumbent)) {
                builder.bound(Bound.INCUMBENT, event.incumbent, node.time);
            }
            if (!Double.isNaN(event.bestBound)) {
                builder.bound(Bound.BEST_BOUND, event.bestBound, node.time);
            }
        }

        private int existing(TraceBuilder builder, String id, String field) throws TraceFormatException {
            if (id == null) {
                throw located("a " + event.ev + " event needs \"" + field + "\"");
            }
            int found = builder.findNode(id);
            if (found < 0) {
                throw located(event.ev + " event names node '" + id + "', which does not exist"
                        + (document && !sawNodes ? " (a document's \"nodes\" must come before its \"events\")"
                        : " (nodes must be created before events name them)"));
            }
            return found;
        }

        /** The trace named {@code name}; the last one asked for is kept at hand, since lines rarely switch. */
        private TraceUnderConstruction trace(String name) {
            if (lastTrace == null || !lastTrace.name.equals(name)) {
                lastTrace = traces.computeIfAbsent(name, n -> new TraceUnderConstruction(n, file, warnings));
            }
            return lastTrace;
        }

        private void handleMalformed(JsonProcessingException malformed) throws IOException {
            JsonLocation where = malformed.getLocation();
            int line = where == null ? 1 : Math.max(1, where.getLineNr());
            int column = where == null ? 1 : Math.max(1, where.getColumnNr());
            // Only an object that starts on the last line and is cut off with it is a cut-off write;
            // Jackson reports a missing brace on the line after, which may be the last one.
            if (inEventLines && objectLine == line && LineCounts.isUnfinishedLastLine(path, line)) {
                warnings.add(line, 1, "the last line is incomplete (a writer still at work, or a crash); "
                        + "loaded the lines before it");
                return;
            }
            String reason = malformed instanceof JsonEOFException
                    ? "the file ends in the middle of a JSON value" : malformed.getOriginalMessage();
            throw new TraceFormatException(file, line, column, "malformed JSON: " + firstLine(reason));
        }

        private void expect(JsonToken token, String message) throws IOException {
            if (parser.currentToken() != token) {
                throw error(message + ", found " + describe(parser.currentToken()));
            }
        }

        private String string(String key) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (token != JsonToken.VALUE_STRING) {
                throw error("\"" + key + "\" must be a string, found " + describe(token));
            }
            return parser.getText();
        }

        private String identifier(String key, JsonToken token) throws IOException {
            if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NUMBER_INT) {
                throw error("\"" + key + "\" must be a string or a whole number, found " + describe(token));
            }
            String id = parser.getText();
            if (id.isEmpty()) {
                throw error("\"" + key + "\" must not be empty" + (key.equals("parent") ? "; the root has none, or null"
                        : ""));
            }
            if (hasBrokenCharacter(id)) {
                throw error("\"" + key + "\" holds a broken character (half of a UTF-16 surrogate pair)");
            }
            return id;
        }

        /** True when {@code id} has a lone surrogate, which would turn into '?' and name another node. */
        private static boolean hasBrokenCharacter(String id) {
            for (int i = 0; i < id.length(); i++) {
                char c = id.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < id.length() && Character.isLowSurrogate(id.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }

        private double number(String key, JsonToken token) throws IOException {
            if (!token.isNumeric()) {
                throw error("\"" + key + "\" must be a number, found " + describe(token));
            }
            return finite(key, parser.getDoubleValue());
        }

        /** JSON has no infinities, and one written back out could not be read again. */
        private double finite(String key, double value) throws IOException {
            if (!Double.isFinite(value)) {
                throw error("\"" + key + "\" must be a finite number, found " + parser.getText());
            }
            return value;
        }

        private String describe(JsonToken token) throws IOException {
            if (token == null) {
                return "the end of the file";
            }
            return switch (token) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                case VALUE_STRING -> "the string \"" + abbreviate(parser.getText()) + "\"";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + parser.getText();
                case VALUE_TRUE, VALUE_FALSE -> parser.getText();
                case VALUE_NULL -> "null";
                default -> parser.getText();
            };
        }

        private TraceFormatException error(String reason) {
            JsonLocation where = parser.currentTokenLocation();
            return new TraceFormatException(file, where.getLineNr(), where.getColumnNr(), reason);
        }

        /** An error at the start of the object just read. */
        private TraceFormatException located(String reason) {
            return new TraceFormatException(file, node.line, node.column, reason);
        }

        private static String abbreviate(String text) {
            return text.length() <= 40 ? text : text.substring(0, 37) + "...";
        }

        private static String firstLine(String text) {
            int newline = text.indexOf('\n');
            return newline < 0 ? text : text.substring(0, newline);
        }
    }

    /** Reads the object at the parser's current START_OBJECT. */
    @FunctionalInterface
    private interface ObjectReader {
        void read() throws IOException;
    }

    /** A trace being read, with the node ordering its {@code "nodes"} array needs. */
    private static final class TraceUnderConstruction {
        final String name;
        final TraceBuilder builder;
        final NodeOrdering ordering;
        private DecodingEvents decoding;

        TraceUnderConstruction(String name, String file, LoadWarnings warnings) {
            this.name = name;
            builder = new TraceBuilder(TraceInfo.named(name));
            ordering = new NodeOrdering(builder, file, warnings);
        }

        /** The decoding a diffusion model's events build, made at the first of them. */
        DecodingEvents decodingEvents() {
            if (decoding == null) {
                decoding = new DecodingEvents(builder);
            }
            return decoding;
        }
    }
}
