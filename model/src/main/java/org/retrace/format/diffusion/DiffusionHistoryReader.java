package org.retrace.format.diffusion;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.retrace.decoding.DecodingTrace;
import org.retrace.format.LineCounts;
import org.retrace.format.LoadProgress;
import org.retrace.format.LoadWarnings;
import org.retrace.format.LoadedTraces;
import org.retrace.format.ProgressInputStream;
import org.retrace.format.TraceFormatException;
import org.retrace.format.TraceReader;
import org.retrace.model.Trace;

/**
 * Reads the decoding histories people save from diffusion language models (LLaDA, Dream): the
 * sequence after each step, as token strings, with a mask token. Either one JSON object,
 * {@code {"mask": "[MASK]", "steps": [["The", "[MASK]", ...], ...], "confidences": [[...], ...]}},
 * or JSON Lines of {@code {"step": 0, "tokens": [...], "confidences": [...]}} (or a JSON list of
 * such records), the mask named on any line. Without a named mask, the first of
 * {@link DecodingTrace#MASKS} (or of LLaDA's and Dream's mask ids) in the first step is it. A step
 * may be a batch of one sequence ({@code [[...]]}). A history cut off in the middle of a step loads
 * the whole steps before it, with a warning.
 * Tokens may be ids instead, with {@code "vocab": "vocab.json"} naming a vocabulary beside the
 * history (a JSON list of tokens, or an object of token to id) and the mask given as its id. Token
 * strings are shared between steps, so a long history costs a reference per cell.
 */
public final class DiffusionHistoryReader implements TraceReader {
    public static final String FORMAT = "diffusion-history";
    private static final Pattern DOCUMENT = Pattern.compile("\"steps\"\\s*:\\s*\\[\\s*\\[");
    private static final Pattern LINE_STEP = Pattern.compile("\"step\"\\s*:\\s*\\d");
    private static final Pattern LINE_TOKENS = Pattern.compile("\"tokens\"\\s*:\\s*\\[");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Lines a JSON Lines history may open with before its first step. */
    private static final int HEADER_LINES = 2;
    /** The mask ids of the models whose histories are saved as ids: LLaDA's (126336) and Dream's (151666). */
    private static final Set<String> MASK_IDS = Set.of("126336", "151666");

    /** The mask token asked for, which wins over the file's; null to take the file's or a known one. */
    private final String mask;

    /** A reader that takes the mask a history names, or finds a known one. */
    public DiffusionHistoryReader() {
        this(null);
    }

    /** A reader for histories whose mask token is {@code mask}, whatever they say. */
    public DiffusionHistoryReader(String mask) {
        this.mask = mask;
    }

    @Override
    public boolean recognizes(String head) {
        String start = head.stripLeading();
        if (start.startsWith("[")) {
            // A JSON list of step records, as json.dump writes a list of dicts.
            return start.substring(1).stripLeading().startsWith("{") && LINE_STEP.matcher(start).find()
                    && LINE_TOKENS.matcher(start).find();
        }
        if (!start.startsWith("{")) {
            return false;
        }
        // JSON Lines may open with a header line naming the mask and the vocabulary.
        return DOCUMENT.matcher(head).find() || start.lines().limit(HEADER_LINES + 1)
                .anyMatch(line -> LINE_STEP.matcher(line).find() && LINE_TOKENS.matcher(line).find());
    }

    @Override
    public LoadedTraces read(Path file, LoadProgress progress) throws IOException {
        History history = new History(file);
        LoadWarnings warnings = new LoadWarnings(file.toString());
        try (InputStream in = new ProgressInputStream(new FileInputStream(file.toFile()), file.toString(),
                Files.size(file), progress); JsonParser parser = JSON.createParser(in)) {
            boolean list = parser.nextToken() == JsonToken.START_ARRAY;
            for (JsonToken token = list ? parser.nextToken() : parser.currentToken(); token == JsonToken.START_OBJECT;
                    token = parser.nextToken()) {
                readObject(parser, history);
            }
            if (parser.currentToken() != (list ? JsonToken.END_ARRAY : null)) {
                throw history.error(parser, "expected a JSON object, found " + parser.getText());
            }
        } catch (JsonProcessingException malformed) {
            JsonLocation at = malformed.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            boolean cut = malformed instanceof JsonEOFException || LineCounts.isUnfinishedLastLine(file, line);
            if (cut && !history.steps.isEmpty()) {
                // A sampler still writing, or one that crashed: what it wrote whole is worth showing.
                warnings.add(line, 1, "the file is cut off (a sampler still at work, or a crash); loaded the "
                        + history.steps.size() + " whole steps before the cut, without what came after them");
            } else if (cut) {
                throw new TraceFormatException(file.toString(), line, 1, "the file is cut off before its first whole "
                        + "step (a sampler still at work, or a crash)");
            } else {
                throw new TraceFormatException(file.toString(), line, at == null ? 1 : Math.max(1, at.getColumnNr()),
                        "malformed JSON: " + malformed.getOriginalMessage());
            }
        }
        if (mask != null) {
            history.mask = mask;
        }
        if (history.steps.isEmpty()) {
            throw new TraceFormatException(file.toString(), 1, 1, "no steps: expected \"steps\": [[tokens...], ...] "
                    + "or lines of {\"step\": i, \"tokens\": [...]}");
        }
        return new LoadedTraces(List.of(history.build(file.getFileName().toString())), FORMAT, warnings.toList());
    }

    /** One object: the whole history, or one step of it. */
    private void readObject(JsonParser parser, History history) throws IOException {
        List<String> tokens = null;
        double[] confidences = null;
        Map<String, Object> scalars = new LinkedHashMap<>();
        int line = parser.currentLocation().getLineNr();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "mask", "mask_id", "mask_token" -> {
                    if (parser.currentToken() != JsonToken.VALUE_NULL) {
                        history.mask = parser.getText();
                    }
                }
                case "vocab", "vocabulary", "vocab_file" -> {
                    history.vocab = parser.getValueAsString();
                    history.vocabLine = parser.currentLocation().getLineNr();
                }
                case "steps" -> {
                    expect(parser, history, JsonToken.START_ARRAY, "\"steps\" to be a list of steps");
                    while (parser.nextToken() == JsonToken.START_ARRAY) {
                        history.add(tokens(parser, history), null, parser.currentLocation().getLineNr());
                    }
                }
                case "confidences" -> {
                    if (parser.currentToken() == JsonToken.VALUE_NULL) {
                        confidences = null;
                    } else if (parser.currentToken() == JsonToken.START_ARRAY
                            && parser.nextToken() == JsonToken.START_ARRAY) {
                        // A document's confidences: a list per step, in step order.
                        do {
                            history.documentConfidences.add(numbers(parser, history));
                        } while (parser.nextToken() == JsonToken.START_ARRAY);
                    } else if (parser.currentToken() != JsonToken.END_ARRAY) {
                        confidences = numbersFrom(parser, history);
                    }
                }
                case "confidence" -> confidences = parser.currentToken() == JsonToken.VALUE_NULL ? null
                        : numbers(parser, history);
                case "tokens" -> {
                    expect(parser, history, JsonToken.START_ARRAY, "\"tokens\" to be a list of token strings");
                    tokens = tokens(parser, history);
                }
                case "step" -> parser.skipChildren();
                default -> {
                    if (parser.currentToken().isScalarValue()) {
                        scalars.put(field, parser.readValueAs(Object.class));
                    } else {
                        parser.skipChildren();
                    }
                }
            }
        }
        if (tokens != null) {
            history.add(tokens, confidences, line);
        } else {
            // The header's or the document's own fields (the model, the sampler) describe the run.
            history.attributes.putAll(scalars);
        }
    }

    private static void expect(JsonParser parser, History history, JsonToken wanted, String what) throws IOException {
        if (parser.currentToken() != wanted) {
            throw history.error(parser, "expected " + what + ", found " + parser.getText());
        }
    }

    /**
     * The tokens of a list whose opening bracket is read. A list holding one list is a batch of one
     * sequence, as a tensor of shape (1, length) turns into JSON: its sequence is the step's.
     */
    private static List<String> tokens(JsonParser parser, History history) throws IOException {
        if (parser.nextToken() == JsonToken.START_ARRAY) {
            List<String> sequence = tokensFrom(parser, parser.nextToken(), history);
            if (parser.nextToken() != JsonToken.END_ARRAY) {
                throw history.error(parser, "expected one sequence per step, found a batch of several: write one "
                        + "history per sequence");
            }
            return sequence;
        }
        return tokensFrom(parser, parser.currentToken(), history);
    }

    /** The tokens of a list from its first element, {@code first}, up to and with its closing bracket. */
    private static List<String> tokensFrom(JsonParser parser, JsonToken first, History history) throws IOException {
        List<String> tokens = new ArrayList<>();
        for (JsonToken token = first; token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NUMBER_INT) {
                throw history.error(parser, "expected a token (a string), found " + parser.getText());
            }
            tokens.add(history.shared(parser.getText()));
        }
        return tokens;
    }

    private static double[] numbers(JsonParser parser, History history) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw history.error(parser, "expected a list of confidences, found " + parser.getText());
        }
        return numbersFrom(parser, history);
    }

    /** The numbers of a list whose opening bracket is read, up to and with its closing one. */
    private static double[] numbersFrom(JsonParser parser, History history) throws IOException {
        List<Double> numbers = new ArrayList<>();
        JsonToken token = parser.currentToken() == JsonToken.START_ARRAY ? parser.nextToken() : parser.currentToken();
        for (; token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            numbers.add(token == JsonToken.VALUE_NULL ? Double.NaN : parser.getValueAsDouble(Double.NaN));
        }
        return numbers.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The steps read so far. */
    private static final class History {
        private final Path path;
        private final String file;
        private final Map<String, String> shared = new HashMap<>();
        private final List<String[]> steps = new ArrayList<>();
        private final List<double[]> stepConfidences = new ArrayList<>();
        private final List<double[]> documentConfidences = new ArrayList<>();
        private final List<Integer> lines = new ArrayList<>();
        private final Map<String, Object> attributes = new LinkedHashMap<>();
        private String mask;
        /** The vocabulary file token ids are read with, relative to the history's folder, or null. */
        private String vocab;
        private int vocabLine = 1;

        History(Path path) {
            this.path = path;
            this.file = path.toString();
        }

        String shared(String token) {
            return shared.computeIfAbsent(token, same -> same);
        }

        void add(List<String> tokens, double[] confidences, int line) throws TraceFormatException {
            if (tokens.isEmpty()) {
                throw new TraceFormatException(file, line, 1, "step " + steps.size() + " holds no tokens: expected "
                        + "the sequence, a token per position");
            }
            if (!steps.isEmpty() && tokens.size() != steps.get(0).length) {
                throw new TraceFormatException(file, line, 1, "step " + steps.size() + " holds " + tokens.size()
                        + " tokens, expected " + steps.get(0).length + " as step 0 does");
            }
            steps.add(tokens.toArray(String[]::new));
            stepConfidences.add(confidences);
            lines.add(line);
        }

        /**
         * Token ids become the vocabulary's tokens: the vocabulary is a JSON list (a token's id is its
         * place) or an object of token to id, as Hugging Face tokenizers save {@code vocab.json}.
         */
        private void decodeIds() throws TraceFormatException {
            Path vocabFile = path.toAbsolutePath().resolveSibling(vocab);
            Map<String, String> byId = new HashMap<>();
            try {
                JsonNode read = JSON.readTree(vocabFile.toFile());
                if (read.isArray()) {
                    for (int id = 0; id < read.size(); id++) {
                        byId.put(Integer.toString(id), read.get(id).asText());
                    }
                } else if (read.isObject()) {
                    read.fields().forEachRemaining(entry -> byId.put(entry.getValue().asText(), entry.getKey()));
                } else {
                    throw new IOException("expected a list of tokens or an object of token to id");
                }
            } catch (IOException unreadable) {
                throw new TraceFormatException(file, vocabLine, 1, "the vocabulary " + vocabFile + " named by \"vocab\" "
                        + "could not be read: " + unreadable.getMessage());
            }
            for (int step = 0; step < steps.size(); step++) {
                String[] tokens = steps.get(step);
                for (int position = 0; position < tokens.length; position++) {
                    String token = byId.get(tokens[position]);
                    if (token == null) {
                        throw new TraceFormatException(file, lines.get(step), 1, "step " + step + ", position "
                                + position + ": token id " + tokens[position] + " is not in the vocabulary " + vocabFile);
                    }
                    tokens[position] = shared(token);
                }
            }
            if (mask != null && byId.containsKey(mask)) {
                mask = byId.get(mask);
            }
        }

        TraceFormatException error(JsonParser parser, String reason) {
            JsonLocation at = parser.currentLocation();
            return new TraceFormatException(file, at.getLineNr(), at.getColumnNr(), reason);
        }

        Trace build(String name) throws TraceFormatException {
            if (vocab != null) {
                decodeIds();
            }
            String chosen = mask;
            if (chosen == null) {
                for (String token : steps.get(0)) {
                    if (DecodingTrace.MASKS.contains(token) || vocab == null && MASK_IDS.contains(token)) {
                        chosen = token;
                        break;
                    }
                }
            }
            if (chosen == null) {
                throw new TraceFormatException(file, lines.get(0), 1, "no mask token in step 0 (looked for "
                        + DecodingTrace.MASKS + " and the ids " + MASK_IDS + "): name it with \"mask\" in the file, "
                        + "or --mask");
            }
            DecodingTrace decoding = new DecodingTrace(name, steps.get(0).length, chosen, attributes);
            for (int step = 0; step < steps.size(); step++) {
                double[] confidences = step < documentConfidences.size() ? documentConfidences.get(step)
                        : stepConfidences.get(step);
                if (confidences != null && confidences.length != steps.get(step).length) {
                    throw new TraceFormatException(file, lines.get(step), 1, "step " + step + " has " + confidences.length
                            + " confidences for " + steps.get(step).length + " tokens");
                }
                decoding.step(steps.get(step), confidences);
            }
            return decoding.build();
        }
    }
}
