package org.retrace.gui;

import java.util.BitSet;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.retrace.model.Trace;

/**
 * Finds nodes whose label, text, id or any attribute value contains the typed words (ignoring
 * case), and steps through them: Enter for the next, Shift+Enter for the previous.
 */
final class SearchBar extends HBox {
    private final TextField field = new TextField();
    private final Label count = new Label();
    private Trace trace;
    private BitSet matches = new BitSet();
    private IntFunction<String> extraText = node -> "";
    private int current = -1;
    private final Consumer<BitSet> onMatches;
    private final IntConsumer onGoTo;

    SearchBar(Consumer<BitSet> onMatches, IntConsumer onGoTo) {
        super(6);
        this.onMatches = onMatches;
        this.onGoTo = onGoTo;
        setAlignment(Pos.CENTER_LEFT);
        field.setId("search");
        field.setPromptText("Find nodes (label, text, attribute)");
        field.setPrefColumnCount(24);
        count.setId("search-count");
        Button previous = new Button("<");
        Button next = new Button(">");
        previous.setOnAction(event -> step(-1));
        next.setOnAction(event -> step(1));
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                if (field.getText().isBlank()) {
                    clear();
                } else {
                    if (matches.isEmpty() || current < 0) {
                        find(field.getText());
                    }
                    step(event.isShiftDown() ? -1 : 1);
                }
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                field.clear();
                clear();
                event.consume();
            }
        });
        field.textProperty().addListener((observable, old, text) -> {
            matches = new BitSet();
            current = -1;
            count.setText("");
        });
        getChildren().addAll(field, previous, next, count);
    }

    void show(Trace shown) {
        trace = shown;
        clear();
    }

    /** Also finds nodes by what {@code extra} says of them: a person's notes and labels. */
    void setExtraText(IntFunction<String> extra) {
        extraText = extra;
    }

    /** Focuses the search field, for the Ctrl+F shortcut. */
    void focus() {
        field.requestFocus();
        field.selectAll();
    }

    /** Marks every node that matches {@code words}; costs O(n x text length). */
    void find(String words) {
        String needle = words.toLowerCase(Locale.ROOT);
        matches = new BitSet();
        for (int node = 0; node < trace.nodeCount(); node++) {
            if (contains(trace.label(node), needle) || contains(trace.text(node), needle)
                    || contains(trace.id(node), needle) || attributesContain(node, needle)
                    || contains(extraText.apply(node), needle)) {
                matches.set(node);
            }
        }
        current = -1;
        onMatches.accept(matches);
        count.setText(matches.isEmpty() ? "no match" : matches.cardinality() + " matches");
    }

    private boolean attributesContain(int node, String needle) {
        for (Object value : trace.attributes(node).values()) {
            if (contains(String.valueOf(value), needle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String text, String needle) {
        return !text.isEmpty() && text.toLowerCase(Locale.ROOT).contains(needle);
    }

    private void step(int direction) {
        if (trace == null) {
            return;
        }
        if (matches.isEmpty() && !field.getText().isBlank()) {
            find(field.getText());
        }
        if (matches.isEmpty()) {
            return;
        }
        int next = direction > 0 ? matches.nextSetBit(current + 1) : matches.previousSetBit(current - 1);
        if (next < 0) {
            next = direction > 0 ? matches.nextSetBit(0) : matches.previousSetBit(trace.nodeCount() - 1);
        }
        current = next;
        count.setText(ordinal(current) + " of " + matches.cardinality());
        onGoTo.accept(current);
    }

    /**
     * Adds to the count that the match shown was created later than the replay's position, and
     * where the replay moved to show it: "2 of 5, later: replay moved to event 14".
     */
    void markLater(int event) {
        count.setText(ordinal(current) + " of " + matches.cardinality() + ", later: replay moved to event " + event);
    }

    private int ordinal(int node) {
        return matches.get(0, node + 1).cardinality();
    }

    private void clear() {
        matches = new BitSet();
        current = -1;
        count.setText("");
        onMatches.accept(matches);
    }
}
