package org.retrace.demo.countdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.retrace.demo.DemoSettings;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFiles;
import org.retrace.format.fixtures.Fixtures;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.stats.TraceStatistics;

class CountdownTest {
    @TempDir
    Path directory;

    /** The fixtures are the output of Stream of Search's own dfs() on these problems (see PROVENANCE.md). */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"llm/sos-countdown-dfs-24.txt; 24; 8 2 3 2 1; MULT",
        "llm/sos-countdown-dfs-47.txt; 47; 42 61 66; SUM"})
    void writesWordForWordWhatStreamOfSearchWritesForTheSameProblem(String fixture, int target, String numbers,
            Heuristic heuristic) throws Exception {
        String expected = Files.readString(Fixtures.fixture(fixture));
        Countdown.Result result = new Countdown().search(new DemoSettings(3, 1, 20_000, "dfs"),
                new Countdown.Problem(target, parse(numbers)), heuristic);
        assertEquals(expected.strip(), result.streamOfSearch().strip());
        assertEquals(1, TraceStatistics.count(result.trace(), NodeStatus.SOLUTION));
    }

    @ParameterizedTest
    @CsvSource({"dfs, 3", "dfs, 4", "bfs, 3", "bfs, 4", "dfs, 5"})
    void writesATextTheStreamOfSearchImporterReadsBackAsTheSameSearch(String variant, int count) throws Exception {
        for (long seed = 1; seed <= 5; seed++) {
            Countdown.Result result = new Countdown().search(new DemoSettings(count, seed, 20_000, variant));
            Path text = directory.resolve(variant + count + "-" + seed + ".txt");
            Files.writeString(text, result.streamOfSearch());
            LoadedTraces loaded = TraceFiles.load(text);
            assertEquals("sos", loaded.format());
            Trace back = loaded.first();
            Trace trace = result.trace();
            String where = variant + " " + count + " numbers, seed " + seed;
            assertEquals(trace.nodeCount(), back.nodeCount(), where);
            for (NodeStatus status : List.of(NodeStatus.SOLUTION, NodeStatus.FAILED)) {
                assertEquals(TraceStatistics.count(trace, status), TraceStatistics.count(back, status), where + ": " + status);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"2, 1", "3, 7", "4, 3", "5, 11"})
    void drawsProblemsWhoseTargetTheNumbersReach(int count, long seed) {
        Countdown.Problem problem = Countdown.Problem.random(count, seed);
        assertEquals(count, problem.numbers().size());
        assertTrue(problem.target() >= 10 && problem.target() <= 100, problem.toString());
        assertTrue(reaches(problem.numbers(), problem.target()), problem.toString());
    }

    /** Exhaustive search, independent of the demo's: can some order of moves leave exactly the target? */
    private static boolean reaches(List<Integer> numbers, int target) {
        if (numbers.size() == 1) {
            return numbers.get(0) == target;
        }
        for (CountdownRules.Child child : CountdownRules.children(numbers, target, Heuristic.SUM)) {
            if (reaches(child.numbers(), target)) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> parse(String numbers) {
        return java.util.Arrays.stream(numbers.split(" ")).map(Integer::valueOf).toList();
    }
}
