package org.retrace.format.cot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.retrace.format.LoadProgress;
import org.retrace.format.LoadedTraces;
import org.retrace.format.fixtures.Fixtures;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;

/**
 * How well chains of thought from real reasoning models are read, against labels made by reading
 * each trace sentence by sentence (test resources {@code labels/*.json}: for each record, the
 * sentence opening each backtrack, branch and verification, quoted exactly, with why, and the
 * answer). A step the reader calls a backtrack is right when its text holds a labelled backtrack's
 * quote; the same for branches. An answer is found when the solution's text holds it.
 *
 * <p>The floors are what the reader achieves today, so that it never gets worse; issue 15 raises
 * them to its targets (backtracks 0.9, branches 0.8, answers 0.9).
 */
class RealReasoningLabelsTest {
    private static final List<String> LABEL_FILES = List.of("marco-a.json", "marco-b.json", "huatuo-a.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsRealChainsOfThoughtAtLeastAsWellAsBefore() throws IOException {
        Score backtracks = new Score();
        Score branches = new Score();
        int answers = 0;
        int answersFound = 0;
        int records = 0;
        for (String labelFile : LABEL_FILES) {
            JsonNode labels = labels(labelFile);
            if (labels == null) {
                continue;
            }
            LoadedTraces loaded = new CotTraceReader(labels.path("field").asText(), CueLexicon.standard())
                    .read(Fixtures.fixture("llm/cot/" + labels.path("file").asText()), LoadProgress.NONE);
            for (JsonNode record : labels.path("records")) {
                Trace trace = loaded.traces().get(record.path("record").asInt());
                records++;
                backtracks.add(stepsOfKind(trace, "backtrack"), quotes(record.path("backtracks")));
                branches.add(stepsOfKind(trace, "branch"), quotes(record.path("branches")));
                String answer = record.path("answer").asText("");
                if (!answer.isBlank()) {
                    answers++;
                    answersFound += solutionHolds(trace, answer) ? 1 : 0;
                }
            }
        }
        String report = String.format(Locale.ROOT, "%d records: backtracks precision %.2f recall %.2f; branches "
                + "precision %.2f recall %.2f; answers found %d of %d", records, backtracks.precision(),
                backtracks.recall(), branches.precision(), branches.recall(), answersFound, answers);
        assertTrue(records >= 30, report);
        assertTrue(backtracks.recall() >= FLOOR_BACKTRACK_RECALL && backtracks.precision() >= FLOOR_BACKTRACK_PRECISION
                && branches.recall() >= FLOOR_BRANCH_RECALL && branches.precision() >= FLOOR_BRANCH_PRECISION
                && answersFound >= FLOOR_ANSWERS, report);
    }

    /**
     * Measured on the 36 records. When the labels were made: backtracks 0.10 / 0.50, branches 0.47 /
     * 0.24, answers 3. Now, with the answer section its own node and "Wait" read by the rest of its
     * sentence: backtracks 0.67 / 0.50, branches 0.85 / 0.76, answers 33.
     */
    private static final double FLOOR_BACKTRACK_PRECISION = 0.66;
    private static final double FLOOR_BACKTRACK_RECALL = 0.5;
    private static final double FLOOR_BRANCH_PRECISION = 0.84;
    private static final double FLOOR_BRANCH_RECALL = 0.75;
    private static final int FLOOR_ANSWERS = 33;

    /** Predicted steps against labelled quotes: a step is right when it holds a quote, a quote found when a step holds it. */
    private static final class Score {
        private int predicted;
        private int predictedRight;
        private int labelled;
        private int labelledFound;

        void add(List<String> steps, List<String> quotes) {
            predicted += steps.size();
            labelled += quotes.size();
            for (String step : steps) {
                predictedRight += quotes.stream().anyMatch(quote -> holds(step, quote)) ? 1 : 0;
            }
            for (String quote : quotes) {
                labelledFound += steps.stream().anyMatch(step -> holds(step, quote)) ? 1 : 0;
            }
        }

        double precision() {
            return predicted == 0 ? 1 : predictedRight / (double) predicted;
        }

        double recall() {
            return labelled == 0 ? 1 : labelledFound / (double) labelled;
        }
    }

    private static List<String> stepsOfKind(Trace trace, String kind) {
        List<String> steps = new ArrayList<>();
        for (int node = 0; node < trace.nodeCount(); node++) {
            if (kind.equals(trace.kind(node))) {
                steps.add(trace.text(node));
            }
        }
        return steps;
    }

    private static List<String> quotes(JsonNode items) {
        List<String> quotes = new ArrayList<>();
        items.forEach(item -> quotes.add(item.path("quote").asText()));
        return quotes;
    }

    /**
     * The solution states the labelled answer: holds it, or, for answers the labeller described in
     * their own words (a program, a summary), at least 60% of its words of three letters or more.
     */
    private static boolean solutionHolds(Trace trace, String answer) {
        for (int node = 0; node < trace.nodeCount(); node++) {
            if (trace.status(node) == NodeStatus.SOLUTION && (holds(trace.text(node), answer)
                    || sharedWords(trace.text(node), answer) >= 0.6)) {
                return true;
            }
        }
        return false;
    }

    private static double sharedWords(String text, String answer) {
        String haystack = normalised(text == null ? "" : text);
        List<String> words = List.of(normalised(answer).split("[^\\p{L}\\p{N}]+")).stream()
                .filter(word -> word.length() >= 3).toList();
        return words.isEmpty() ? 0 : words.stream().filter(haystack::contains).count() / (double) words.size();
    }

    private static boolean holds(String text, String quote) {
        return text != null && normalised(text).contains(normalised(quote));
    }

    private static String normalised(String text) {
        return text.replace('\u2019', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static JsonNode labels(String name) throws IOException {
        try (InputStream in = RealReasoningLabelsTest.class.getResourceAsStream("labels/" + name)) {
            return in == null ? null : JSON.readTree(in);
        }
    }
}
