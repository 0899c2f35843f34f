package org.retrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.retrace.version.RetraceVersion;

/** What the command line tells a user: the help names every way in, and every written file is reported. */
class HelpAndOutputLinesTest {
    private static final Pattern WROTE = Pattern.compile("wrote (\\S+): (.+) \\(([0-9,]+) bytes\\)");
    private static final String KNAPSACK = Path.of("..", "samples", "branch-and-bound-knapsack.jsonl").toString();

    @TempDir
    Path directory;

    @Test
    void helpNamesOpeningAFileInTheWindowAndEveryCommand() {
        CommandRun run = CommandRun.of("--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: retrace [FILE]           open FILE, or a bundled sample, in the window\n"
                + "       retrace COMMAND [ARGS]   run headless, with no display\n"), run.out());
        for (String command : List.of("validate", "stats", "convert", "generate", "render", "animate", "demo", "listen",
                "follow", "compare", "annotate", "interventions", "bench")) {
            assertTrue(run.out().contains("\n  " + command + " "), command + " missing from:\n" + run.out());
        }
    }

    @Test
    void versionIsTheOneMavenBuilt() {
        CommandRun run = CommandRun.of("--version");

        assertEquals(0, run.exitCode());
        assertTrue(RetraceVersion.version().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), RetraceVersion.version());
        assertTrue(run.out().startsWith("Retrace " + RetraceVersion.version() + "\nJava 17"), run.out());
        assertTrue(run.out().matches("(?s).*\nJavaFX 21[.0-9]*, as modules\n"), "the tests load JavaFX as the "
                + "installed program does: " + run.out());
    }

    /** render and animate read chains of thought as stats does: the reasoning from the field named. */
    @Test
    void renderAndAnimateReadTheReasoningFromTheFieldNamed() throws IOException {
        Path records = Files.writeString(directory.resolve("records.jsonl"),
                "{\"id\": 7, \"trace\": \"First. Wait, that is wrong. Then again.\"}\n");

        CommandRun render = CommandRun.of("render", records.toString(), "--field", "trace", "-o",
                directory.resolve("cot.png").toString());
        CommandRun animate = CommandRun.of("animate", records.toString(), "--field", "trace", "-o",
                directory.resolve("cot.gif").toString());

        assertEquals(0, render.exitCode(), render.err());
        assertTrue(render.out().contains("of 'records.jsonl: 7'"), render.out());
        assertEquals(0, animate.exitCode(), animate.err());
    }

    static Stream<Arguments> commandsThatWriteAFile() {
        return Stream.of(
                Arguments.of(List.of("render", KNAPSACK, "--width", "400", "--height", "300", "--scale", "2"),
                        "figure.png", "a 800x600 PNG of 'Branch and bound: 0/1 knapsack, 6 items, capacity 36' at event 167 of 167"),
                Arguments.of(List.of("render", KNAPSACK, "--width", "400", "--height", "300", "--at", "10"),
                        "figure.svg", "a 400x300 SVG of 'Branch and bound: 0/1 knapsack, 6 items, capacity 36' at event 10 of 167"),
                Arguments.of(List.of("animate", KNAPSACK, "--width", "200", "--height", "100", "--to", "5"),
                        "replay.gif", "6 frames of 200x100 at 4 fps, events 0 to 5 of 167"),
                Arguments.of(List.of("convert", KNAPSACK), "copy.json", "1 trace, 39 nodes"),
                Arguments.of(List.of("generate", "--nodes", "50", "--seed", "3"), "synthetic.csv", "50 nodes, "),
                Arguments.of(List.of("demo", "nqueens", "--size", "4"), "queens.jsonl",
                        "4-Queens by backtracking, 17 nodes, "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsThatWriteAFile")
    void aCommandThatWritesAFileSaysWhichWhatAndHowLarge(List<String> arguments, String fileName, String what)
            throws IOException {
        Path output = directory.resolve(fileName);
        String[] line = Stream.concat(arguments.stream(), Stream.of("-o", output.toString())).toArray(String[]::new);

        CommandRun run = CommandRun.of(line);

        assertEquals(0, run.exitCode(), run.err());
        Matcher wrote = WROTE.matcher(run.out().lines().findFirst().orElse(""));
        assertTrue(wrote.matches(), run.out());
        assertEquals(output.toString(), wrote.group(1));
        assertTrue(wrote.group(2).startsWith(what), wrote.group(2));
        assertEquals(String.format(Locale.ROOT, "%,d", Files.size(output)), wrote.group(3));
        if (fileName.endsWith(".png")) {
            BufferedImage image = ImageIO.read(output.toFile());
            assertTrue(what.contains(image.getWidth() + "x" + image.getHeight() + " PNG"), what);
        }
    }
}
