package org.retrace.format.cot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retrace.format.RegularFile;

/**
 * The cue phrases that say what a step does, read from JSON files of the form
 * {@code {"cues": {"backtrack": ["Wait", ...], "branch": [...], "verify": [...], "conclude": [...]}}}.
 * Retrace ships English and Chinese ones ({@code resources/cot}); users may add their own. A phrase
 * matches at a sentence's start, after spaces and Markdown marks, ignoring case and the curly
 * apostrophe, and as a whole word when it ends in a letter; the longest phrase that matches wins.
 * Verdict phrases ({@code "anywhere"}) match anywhere in a sentence whose opening gives it no kind.
 */
public final class CueLexicon {
    private static final List<String> BUNDLED = List.of("cues-en.json", "cues-zh.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A cue phrase. A plain one has a kind; one whose meaning depends on the rest of its sentence
     * ("Wait, that's wrong" against "Wait, let me double-check") has rules instead, the first whose
     * words the rest holds deciding, else {@code otherwise}; {@link CueKind#CONTINUE} means no cue.
     * When the rest decides nothing, a backtrack that one of the {@code kin} (the phrases of its
     * group) opens in one of the next {@code objectionWithin} sentences makes this phrase the
     * backtrack's start: it raised the objection.
     */
    private record Phrase(String text, CueKind kind, List<Rule> rules, CueKind otherwise, int objectionWithin,
            Set<String> kin) {
        Phrase(String text, CueKind kind) {
            this(text, kind, List.of(), kind, 0, Set.of());
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

    /**
     * A remark that opens with a cue ("But wait, his platelet count is normal.") and says nothing
     * itself of what it does: it starts a backtrack when one of its kin opens a backtrack ("Hmm, this
     * makes me reconsider") or another way ("Hmm, perhaps a better approach") in one of the next
     * {@code within} sentences: the remark said what was wrong. A bare correction ("Wait, no") is no
     * kin: it takes back the sentence just before it, not the remark.
     */
    public record Objection(Cue cue, int within, Set<String> kin) {
        /** Whether {@code later}, a cue in one of the next sentences, makes this remark a backtrack's start. */
        public boolean confirmedBy(Cue later) {
            return (later.kind() == CueKind.BACKTRACK || later.kind() == CueKind.BRANCH) && kin.contains(later.phrase());
        }
    }

    private record Rule(CueKind kind, List<String> words) {
    }

    /** Longest first, so that "Wait, that's wrong" is not taken for "Wait". */
    private final List<Phrase> phrases;
    /** Phrases that give a sentence their kind wherever in it they stand ("this assumption is incorrect"). */
    private final List<Phrase> verdicts;
    /** Words a sentence may open with before its cue ("Now, let's verify"), longest first. */
    private final List<String> openers;

    private CueLexicon(List<Phrase> phrases, List<Phrase> verdicts, List<String> openers) {
        this.phrases = phrases.stream().sorted(Comparator.comparingInt((Phrase p) -> -p.text().length())).toList();
        this.verdicts = List.copyOf(verdicts);
        this.openers = openers.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The cue files Retrace ships, all languages together. */
    public static CueLexicon standard() {
        List<Phrase> phrases = new ArrayList<>();
        List<Phrase> verdicts = new ArrayList<>();
        List<String> openers = new ArrayList<>();
        for (String name : BUNDLED) {
            try (InputStream in = CueLexicon.class.getResourceAsStream("/org/retrace/cot/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled cue file " + name + " is missing from the jar");
                }
                JsonNode root = JSON.readTree(in);
                phrases.addAll(parse(root, name));
                verdicts.addAll(verdicts(root, name));
                openers.addAll(openers(root));
            } catch (IOException unreadable) {
                throw new IllegalStateException("the bundled cue file " + name + " cannot be read", unreadable);
            }
        }
        return new CueLexicon(phrases, verdicts, openers);
    }

    /** The bundled cues plus those of {@code files}, cue files of the same form. */
    public static CueLexicon standardWith(Path... files) throws IOException {
        CueLexicon standard = standard();
        List<Phrase> phrases = new ArrayList<>(standard.phrases);
        List<Phrase> verdicts = new ArrayList<>(standard.verdicts);
        List<String> openers = new ArrayList<>(standard.openers);
        for (Path file : files) {
            RegularFile.check(file);
            JsonNode root = JSON.readTree(Files.readString(file));
            phrases.addAll(parse(root, file.toString()));
            verdicts.addAll(verdicts(root, file.toString()));
            openers.addAll(openers(root));
        }
        return new CueLexicon(phrases, verdicts, openers);
    }

    private static List<Phrase> parse(JsonNode root, String source) {
        JsonNode cues = root.path("cues");
        if (!cues.isObject()) {
            throw new IllegalArgumentException(source + ": expected {\"cues\": {\"backtrack\": [...], ...}}");
        }
        List<Phrase> phrases = new ArrayList<>(followedBy(root.path("followedBy"), source));
        phrases.addAll(byKind(cues, "a cue", source));
        return phrases;
    }

    /**
     * The phrases of {@code "anywhere": {"backtrack": [...]}}: a sentence holding one, wherever,
     * is of its kind ("Since the first condition fails, this assumption is incorrect.").
     */
    private static List<Phrase> verdicts(JsonNode root, String source) {
        JsonNode anywhere = root.path("anywhere");
        return anywhere.isMissingNode() ? List.of() : byKind(anywhere, "a phrase in anywhere", source);
    }

    /** The words of {@code "openers": {"words": [...]}}. */
    private static List<String> openers(JsonNode root) {
        List<String> words = new ArrayList<>();
        root.path("openers").path("words").forEach(word -> {
            if (!word.asText().isBlank()) {
                words.add(word.asText());
            }
        });
        return words;
    }

    private static List<Phrase> byKind(JsonNode lists, String what, String source) {
        List<Phrase> phrases = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> kinds = lists.fields();
        while (kinds.hasNext()) {
            Map.Entry<String, JsonNode> entry = kinds.next();
            if (entry.getKey().equals("about")) {
                continue;
            }
            CueKind kind = kindNamed(entry.getKey(), source);
            for (JsonNode phrase : entry.getValue()) {
                if (!phrase.isTextual() || phrase.asText().isBlank()) {
                    throw new IllegalArgumentException(source + ": " + what + " of '" + entry.getKey()
                            + "' must be a non-empty string, found " + phrase);
                }
                phrases.add(new Phrase(phrase.asText(), kind));
            }
        }
        return phrases;
    }

    /**
     * The cues whose kind the rest of their sentence decides: {@code "followedBy": [{"cues": [...],
     * "rules": [{"kind": "backtrack", "ifTheRestHas": [...]}, ...], "otherwise": "continue",
     * "objectionWithin": 2}]}; a rule's kind may be {@code continue} (no new step).
     */
    private static List<Phrase> followedBy(JsonNode groups, String source) {
        List<Phrase> phrases = new ArrayList<>();
        for (JsonNode group : groups) {
            List<Rule> rules = new ArrayList<>();
            for (JsonNode rule : group.path("rules")) {
                List<String> words = new ArrayList<>();
                rule.path("ifTheRestHas").forEach(word -> words.add(word.asText()));
                rules.add(new Rule(kindOrContinue(rule.path("kind").asText(), source), words));
            }
            CueKind fallback = kindOrContinue(group.path("otherwise").asText("continue"), source);
            int objectionWithin = group.path("objectionWithin").asInt(0);
            Set<String> kin = new HashSet<>();
            for (JsonNode phrase : group.path("cues")) {
                if (!phrase.isTextual() || phrase.asText().isBlank()) {
                    throw new IllegalArgumentException(source + ": a cue in followedBy must be a non-empty string, "
                            + "found " + phrase);
                }
                kin.add(phrase.asText());
            }
            for (String phrase : kin) {
                phrases.add(new Phrase(phrase, null, List.copyOf(rules), fallback, objectionWithin, Set.copyOf(kin)));
            }
        }
        return phrases;
    }

    private static CueKind kindOrContinue(String name, String source) {
        return name.equals("continue") ? CueKind.CONTINUE : kindNamed(name, source);
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
     * The cue of the sentence that starts at {@code from} in {@code text} and ends at
     * {@code sentenceEnd}, or null: the phrase it opens with, unless the rest of the sentence makes
     * that a mere remark; else a verdict phrase anywhere in it. Costs O(phrases x phrase length +
     * verdicts x sentence).
     */
    public Cue match(String text, int from, int sentenceEnd) {
        int start = cueStart(text, skipMarks(text, from));
        Phrase opening = opening(text, start);
        if (opening != null) {
            int end = start + opening.text().length();
            CueKind kind = opening.rules().isEmpty() ? opening.kind()
                    : opening.kindFor(text.substring(end, Math.max(end, sentenceEnd)));
            if (kind != CueKind.CONTINUE) {
                return new Cue(kind, opening.text(), start, end);
            }
        }
        return verdict(text, start, sentenceEnd);
    }

    /**
     * The objection the sentence from {@code from} to {@code sentenceEnd} raises, or null: it opens
     * with a cue whose rest decides nothing and which may open a backtrack that a later sentence
     * confirms. Costs as {@link #match(String, int, int)}.
     */
    public Objection objection(String text, int from, int sentenceEnd) {
        int start = cueStart(text, skipMarks(text, from));
        Phrase opening = opening(text, start);
        if (opening == null || opening.objectionWithin() == 0) {
            return null;
        }
        int end = start + opening.text().length();
        if (opening.kindFor(text.substring(end, Math.max(end, sentenceEnd))) != CueKind.CONTINUE) {
            return null;
        }
        return new Objection(new Cue(CueKind.BACKTRACK, opening.text(), start, end), opening.objectionWithin(),
                opening.kin());
    }

    /**
     * Where the cue of a sentence opening at {@code start} would stand: there, or past an opener
     * ("Now, ") when no phrase stands there.
     */
    private int cueStart(String text, int start) {
        if (opening(text, start) != null) {
            return start;
        }
        for (String opener : openers) {
            int end = start + opener.length();
            if (end < text.length() && sameFolded(text, start, opener) && endsWord(text, end, opener)) {
                int after = end;
                while (after < text.length() && text.charAt(after) == ' ') {
                    after++;
                }
                return after;
            }
        }
        return start;
    }

    /** The longest phrase the text opens with at {@code start}, or null. */
    private Phrase opening(String text, int start) {
        for (Phrase phrase : phrases) {
            int end = start + phrase.text().length();
            if (end <= text.length() && sameFolded(text, start, phrase.text()) && endsWord(text, end, phrase.text())) {
                return phrase;
            }
        }
        return null;
    }

    /** The first verdict phrase standing as whole words between {@code start} and {@code sentenceEnd}, or null. */
    private Cue verdict(String text, int start, int sentenceEnd) {
        if (verdicts.isEmpty() || sentenceEnd <= start) {
            return null;
        }
        String sentence = foldAll(text.substring(start, sentenceEnd));
        for (Phrase phrase : verdicts) {
            String wanted = foldAll(phrase.text());
            for (int at = sentence.indexOf(wanted); at >= 0; at = sentence.indexOf(wanted, at + 1)) {
                boolean wordStart = at == 0 || !Character.isLetterOrDigit(sentence.charAt(at - 1));
                if (wordStart && endsWord(text, start + at + wanted.length(), phrase.text())) {
                    return new Cue(phrase.kind(), phrase.text(), start + at, start + at + wanted.length());
                }
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
