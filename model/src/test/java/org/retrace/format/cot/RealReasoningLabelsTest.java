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
 * <p>The targets are issue 15's: precision and recall of backtracks 0.9 and of branches 0.8, 90% of
 * the answers found, and no step drawn failed that the text did not abandon.
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
        int failedRight = 0;
        List<String> failedWrongly = new ArrayList<>();
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
                List<String> backtrackQuotes = quotes(record.path("backtracks"));
                backtracks.add(stepsOfKind(trace, "backtrack"), backtrackQuotes);
                for (int node = 0; node < trace.nodeCount(); node++) {
                    if (trace.status(node) != NodeStatus.FAILED) {
                        continue;
                    }
                    if (abandonedByLabelledBacktrack(trace, node, backtrackQuotes)) {
                        failedRight++;
                    } else {
                        failedWrongly.add(labelFile + " record " + record.path("record").asInt() + " step " + node);
                    }
                }
                branches.add(stepsOfKind(trace, "branch"), quotes(record.path("branches")));
                String answer = record.path("answer").asText("");
                if (!answer.isBlank()) {
                    answers++;
                    answersFound += solutionHolds(trace, answer) ? 1 : 0;
                }
            }
        }
        String report = String.format(Locale.ROOT, "%d records: backtracks precision %.2f recall %.2f (%s); "
                + "branches precision %.2f recall %.2f (%s); answers found %d of %d; steps drawn failed %d, "
                + "of them not abandoned by a labelled backtrack %s", records, backtracks.precision(),
                backtracks.recall(), backtracks, branches.precision(), branches.recall(), branches, answersFound,
                answers, failedRight + failedWrongly.size(), failedWrongly);
        assertTrue(records >= 30, report);
        assertTrue(backtracks.recall() >= TARGET_BACKTRACKS && backtracks.precision() >= TARGET_BACKTRACKS
                && branches.recall() >= TARGET_BRANCHES && branches.precision() >= TARGET_BRANCHES
                && answersFound >= TARGET_ANSWERS * answers && failedWrongly.isEmpty(), report);
    }

    /**
     * Issue 15's targets. Measured on the 36 records when the labels were made: backtracks 0.10 /
     * 0.50, branches 0.47 / 0.24, answers 3 of 36; now see the report.
     */
    private static final double TARGET_BACKTRACKS = 0.9;
    private static final double TARGET_BRANCHES = 0.8;
    private static final double TARGET_ANSWERS = 0.9;

    /**
     * A step drawn failed is right when a backtrack that holds a labelled quote left the line it is
     * on, and returned above it: the text called that line wrong.
     */
    private static boolean abandonedByLabelledBacktrack(Trace trace, int failed, List<String> quotes) {
        for (int node = 1; node < trace.nodeCount(); node++) {
            int backtrack = node;
            if ("backtrack".equals(trace.kind(backtrack)) && quotes.stream().anyMatch(q -> holds(trace.text(backtrack), q))
                    && onPathToRoot(trace, backtrack - 1, failed) && !onPathToRoot(trace, trace.parent(backtrack), failed)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onPathToRoot(Trace trace, int from, int wanted) {
        for (int node = from; node >= 0; node = trace.parent(node)) {
            if (node == wanted) {
                return true;
            }
        }
        return false;
    }

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

        @Override
        public String toString() {
            return predictedRight + " of " + predicted + " drawn right, " + labelledFound + " of " + labelled + " found";
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
