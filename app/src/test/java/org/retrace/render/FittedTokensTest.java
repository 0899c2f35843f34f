package org.retrace.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.decoding.SequenceHistory;
import org.retrace.format.TraceFiles;

class FittedTokensTest {
    private static final Font FONT = Font.font("DejaVu Sans", 12);

    @TempDir
    Path directory;

    /** "outside" is 40-odd pixels in 12-point type: in 24 it keeps the longest start that fits beside an ellipsis. */
    @Test
    void aTokenWiderThanItsCellIsCutWithAnEllipsis() throws Exception {
        String[] fitted = HeadlessFx.call(() -> {
            FittedTokens tokens = new FittedTokens(FONT);
            return new String[] {tokens.fit("outside", 24), tokens.fit("a", 24), tokens.fit("outside", 200)};
        });

        assertTrue(fitted[0].endsWith("\u2026") && "outside".startsWith(fitted[0].substring(0, fitted[0].length() - 1)),
                fitted[0]);
        double[] widths = HeadlessFx.call(() -> new double[] {width(fitted[0]),
                width("outside".substring(0, fitted[0].length()) + "\u2026")});
        assertTrue(widths[0] <= 24 && widths[1] > 24, "the longest start that fits: " + fitted[0]);
        assertEquals("a", fitted[1]);
        assertEquals("outside", fitted[2], "a width that changes measures again");
    }

    /** Ten distinct tokens, nine of one letter and "wonderful": nine in ten fit in a letter's width. */
    @Test
    void readableCellsFitNineTokensInTen() throws Exception {
        Path file = Files.writeString(directory.resolve("letters.json"), "{\"mask\": \"[MASK]\", \"steps\": ["
                + "[\"[MASK]\", \"[MASK]\", \"[MASK]\", \"[MASK]\", \"[MASK]\", \"[MASK]\", \"[MASK]\", \"[MASK]\", "
                + "\"[MASK]\", \"[MASK]\"], [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\", \"h\", \"i\", \"wonderful\"]]}");
        SequenceHistory history = SequenceHistory.of(TraceFiles.load(file).first());

        double[] widths = HeadlessFx.call(() -> new double[] {new FittedTokens(FONT).widthForMost(history, 2_000),
                width("wonderful"), width("m")});

        assertTrue(widths[0] < widths[1], "not the outlier's width: " + widths[0]);
        assertTrue(widths[0] <= widths[2], "a letter's: " + widths[0]);
    }

    private static double width(String text) {
        Text measured = new Text(text);
        measured.setFont(FONT);
        return measured.getLayoutBounds().getWidth();
    }
}
