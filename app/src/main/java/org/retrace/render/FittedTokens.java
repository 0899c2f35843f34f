package org.retrace.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.retrace.decoding.SequenceHistory;

/**
 * Tokens cut to a cell's width, with an ellipsis where they are longer, each measured once per
 * width: drawing text squeezed to a width measures it at every frame, which cost 15 ms a frame for
 * a screen of readable cells. The cache holds a token per distinct string, so it is bounded by the
 * vocabulary.
 */
final class FittedTokens {
    private final Text measured = new Text();
    private final Map<String, String> fitted = new HashMap<>();
    /** Kept, not made anew at each call: a frame allocates nothing for tokens already fitted. */
    private final Function<String, String> cutter = this::cut;
    private double width = -1;

    FittedTokens(Font font) {
        measured.setFont(font);
    }

    /** {@code token} as it fits in {@code available} pixels; costs O(log length) measures the first time, O(1) after. */
    String fit(String token, double available) {
        if (available != width) {
            fitted.clear();
            width = available;
        }
        return fitted.computeIfAbsent(token, cutter);
    }

    /**
     * The width that nine in ten of {@code history}'s distinct tokens fit in, judged by the first
     * {@code most} of them met position by position; costs a measure of each.
     */
    double widthForMost(SequenceHistory history, int most) {
        Set<String> seen = new HashSet<>();
        List<Double> widths = new ArrayList<>();
        for (int position = 0; position < history.positions() && widths.size() < most; position++) {
            for (SequenceHistory.Change change : history.history(position)) {
                if (change.token() != null && seen.add(change.token())) {
                    widths.add(widthOf(change.token()));
                }
            }
        }
        if (widths.isEmpty()) {
            return 0;
        }
        Collections.sort(widths);
        return widths.get((int) Math.ceil(widths.size() * 0.9) - 1);
    }

    /**
     * The longest start of {@code token}, whole characters (code points), that fits beside an
     * ellipsis; costs O(log length) measures, as the width grows with the length.
     */
    private String cut(String token) {
        if (widthOf(token) <= width) {
            return token;
        }
        int fits = 0;
        int tooLong = token.codePointCount(0, token.length());
        while (tooLong - fits > 1) {
            int tried = (fits + tooLong) / 2;
            if (widthOf(start(token, tried)) <= width) {
                fits = tried;
            } else {
                tooLong = tried;
            }
        }
        return start(token, fits);
    }

    /** The first {@code codePoints} characters of {@code token} and an ellipsis. */
    private static String start(String token, int codePoints) {
        return token.substring(0, token.offsetByCodePoints(0, codePoints)) + "\u2026";
    }

    private double widthOf(String text) {
        measured.setText(text);
        return measured.getLayoutBounds().getWidth();
    }
}
