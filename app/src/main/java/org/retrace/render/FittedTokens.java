package org.retrace.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private double width = -1;

    FittedTokens(Font font) {
        measured.setFont(font);
    }

    /** {@code token} as it fits in {@code available} pixels; costs O(token length) the first time, O(1) after. */
    String fit(String token, double available) {
        if (available != width) {
            fitted.clear();
            width = available;
        }
        return fitted.computeIfAbsent(token, this::cut);
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

    private String cut(String token) {
        if (widthOf(token) <= width) {
            return token;
        }
        for (int length = token.length() - 1; length > 0; length--) {
            String shorter = token.substring(0, length) + "\u2026";
            if (widthOf(shorter) <= width) {
                return shorter;
            }
        }
        return "\u2026";
    }

    private double widthOf(String text) {
        measured.setText(text);
        return measured.getLayoutBounds().getWidth();
    }
}
