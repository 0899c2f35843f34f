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

    private record Phrase(String text, CueKind kind) {
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
        List<Phrase> phrases = new ArrayList<>();
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
     * The cue opening the sentence that starts at {@code from} in {@code text}, or null; costs
     * O(phrases x phrase length).
     */
    public Cue match(String text, int from) {
        int start = skipMarks(text, from);
        for (Phrase phrase : phrases) {
            int end = start + phrase.text().length();
            if (end <= text.length() && sameFolded(text, start, phrase.text()) && endsWord(text, end, phrase.text())) {
                return new Cue(phrase.kind(), phrase.text(), start, end);
            }
        }
        return null;
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
