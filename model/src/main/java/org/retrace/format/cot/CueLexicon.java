package org.retrace.format.cot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The cue phrases that say what a step does, read from JSON files of the form
 * {@code {"cues": {"backtrack": ["Wait", ...], "branch": [...], "verify": [...], "conclude": [...]}}}.
 * Retrace ships English and Chinese ones ({@code resources/cot}); users may add their own. A phrase
 * matches at a sentence's start, after spaces and Markdown marks, ignoring case and the curly
 * apostrophe, and as a whole word when it ends in a letter; the longest phrase that matches wins.
 */
public final class CueLexicon {
    private static final List<String> BUNDLED = List.of("cues-en.json", "cues-zh.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A cue phrase. A plain one has a kind; one whose meaning depends on the rest of its sentence
     * ("Wait, that's wrong" against "Wait, let me double-check") has rules instead, the first whose
     * words the rest holds deciding, else {@code otherwise}; {@link CueKind#CONTINUE} means no cue.
     */
    private record Phrase(String text, CueKind kind, List<Rule> rules, CueKind otherwise) {
        Phrase(String text, CueKind kind) {
            this(text, kind, List.of(), kind);
        }

        CueKind kindFor(String rest) {
            String folded = foldAll(rest);
            for (Rule rule : rules) {
                if (rule.words().stream().anyMatch(word -> folded.contains(foldAll(word)))) {
                    return rule.kind();
                }
            }
            return otherwise;
        }
    }

    private record Rule(CueKind kind, List<String> words) {
    }

    /** Longest first, so that "Wait, that's wrong" is not taken for "Wait". */
    private final List<Phrase> phrases;

    private CueLexicon(List<Phrase> phrases) {
        this.phrases = phrases.stream().sorted(Comparator.comparingInt((Phrase p) -> -p.text().length())).toList();
    }

    /** The cue files Retrace ships, all languages together. */
    public static CueLexicon standard() {
        List<Phrase> phrases = new ArrayList<>();
        for (String name : BUNDLED) {
            try (InputStream in = CueLexicon.class.getResourceAsStream("/org/retrace/cot/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled cue file " + name + " is missing from the jar");
                }
                phrases.addAll(parse(JSON.readTree(in), name));
            } catch (IOException unreadable) {
                throw new IllegalStateException("the bundled cue file " + name + " cannot be read", unreadable);
            }
        }
        return new CueLexicon(phrases);
    }

    /** The bundled cues plus those of {@code files}, cue files of the same form. */
    public static CueLexicon standardWith(Path... files) throws IOException {
        List<Phrase> phrases = new ArrayList<>(standard().phrases);
        for (Path file : files) {
            phrases.addAll(parse(JSON.readTree(Files.readString(file)), file.toString()));
        }
        return new CueLexicon(phrases);
    }

    private static List<Phrase> parse(JsonNode root, String source) {
        JsonNode cues = root.path("cues");
        if (!cues.isObject()) {
            throw new IllegalArgumentException(source + ": expected {\"cues\": {\"backtrack\": [...], ...}}");
        }
        List<Phrase> phrases = new ArrayList<>(followedBy(root.path("followedBy"), source));
        Iterator<Map.Entry<String, JsonNode>> kinds = cues.fields();
        while (kinds.hasNext()) {
            Map.Entry<String, JsonNode> entry = kinds.next();
            CueKind kind = kindNamed(entry.getKey(), source);
            for (JsonNode phrase : entry.getValue()) {
                if (!phrase.isTextual() || phrase.asText().isBlank()) {
                    throw new IllegalArgumentException(source + ": a cue of '" + entry.getKey()
                            + "' must be a non-empty string, found " + phrase);
                }
                phrases.add(new Phrase(phrase.asText(), kind));
            }
        }
        return phrases;
    }

    /**
     * The cues whose kind the rest of their sentence decides: {@code "followedBy": [{"cues": [...],
     * "rules": [{"kind": "backtrack", "ifTheRestHas": [...]}, ...], "otherwise": "continue"}]}.
     */
    private static List<Phrase> followedBy(JsonNode groups, String source) {
        List<Phrase> phrases = new ArrayList<>();
        for (JsonNode group : groups) {
            List<Rule> rules = new ArrayList<>();
            for (JsonNode rule : group.path("rules")) {
                List<String> words = new ArrayList<>();
                rule.path("ifTheRestHas").forEach(word -> words.add(word.asText()));
                rules.add(new Rule(kindNamed(rule.path("kind").asText(), source), words));
            }
            String otherwise = group.path("otherwise").asText("continue");
            CueKind fallback = otherwise.equals("continue") ? CueKind.CONTINUE : kindNamed(otherwise, source);
            for (JsonNode phrase : group.path("cues")) {
                if (!phrase.isTextual() || phrase.asText().isBlank()) {
                    throw new IllegalArgumentException(source + ": a cue in followedBy must be a non-empty string, "
                            + "found " + phrase);
                }
                phrases.add(new Phrase(phrase.asText(), null, List.copyOf(rules), fallback));
            }
        }
        return phrases;
    }

    private static CueKind kindNamed(String name, String source) {
        for (CueKind kind : CueKind.values()) {
            if (kind != CueKind.CONTINUE && kind.wireName().equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(source + ": cue kinds are backtrack, branch, verify and conclude, found '"
                + name + "'");
    }

    /**
     * The cue opening the sentence that starts at {@code from} in {@code text} and ends at
     * {@code sentenceEnd}, or null, also when the rest of the sentence makes the cue a mere remark;
     * costs O(phrases x phrase length + sentence).
     */
    public Cue match(String text, int from, int sentenceEnd) {
        int start = skipMarks(text, from);
        for (Phrase phrase : phrases) {
            int end = start + phrase.text().length();
            if (end <= text.length() && sameFolded(text, start, phrase.text()) && endsWord(text, end, phrase.text())) {
                CueKind kind = phrase.rules().isEmpty() ? phrase.kind()
                        : phrase.kindFor(text.substring(end, Math.max(end, sentenceEnd)));
                return kind == CueKind.CONTINUE ? null : new Cue(kind, phrase.text(), start, end);
            }
        }
        return null;
    }

    /** As {@link #match(String, int, int)} for a sentence that runs to the end of its line. */
    public Cue match(String text, int from) {
        int lineEnd = text.indexOf('\n', from);
        return match(text, from, lineEnd < 0 ? text.length() : lineEnd);
    }

    /** Past spaces and the marks Markdown opens a line with ("- ", "* ", "> ", "#", "**"), on the same line. */
    private static int skipMarks(String text, int from) {
        int at = from;
        while (at < text.length()) {
            char c = text.charAt(at);
            // A cue opens its own line: the marks before it are skipped, never a line break.
            if (c != '\n' && (Character.isWhitespace(c) || c == '-' || c == '*' || c == '>' || c == '#' || c == '_')) {
                at++;
            } else {
                break;
            }
        }
        return at;
    }

    private static boolean sameFolded(String text, int start, String phrase) {
        for (int i = 0; i < phrase.length(); i++) {
            if (fold(text.charAt(start + i)) != fold(phrase.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String foldAll(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(fold(text.charAt(i)));
        }
        return folded.toString();
    }

    private static char fold(char c) {
        return c == '\u2019' || c == '\u2018' ? '\'' : Character.toLowerCase(c);
    }

    /** A phrase ending in a letter must not run on into a longer word ("Wait" is not "Waiter"). */
    private static boolean endsWord(String text, int end, String phrase) {
        char last = phrase.charAt(phrase.length() - 1);
        if (!Character.isLetter(last) || Character.isIdeographic(last) || end == text.length()) {
            return true;
        }
        return !Character.isLetterOrDigit(text.charAt(end));
    }
}
