package org.retrace.gui.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.IntConsumer;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.retrace.memory.MemoryHierarchy;
import org.retrace.model.EventType;
import org.retrace.model.Timeline;
import org.retrace.model.Trace;

/**
 * The agent's rounds over a video memory, one entry each (span, spans excluded so far, instruction,
 * reason, confidence, answer), read from the notes that open them (see FORMAT.md). It lists the rounds the replay has
 * reached, so a class does not see the answer before the agent does, and selects the current one;
 * choosing an entry moves the replay to that round's start.
 */
public final class RoundsPanel extends ListView<RoundsPanel.Round> {
    /** One round: the event that opens it and what the agent said. */
    public record Round(int event, String text) {
    }

    private final List<Round> rounds = new ArrayList<>();
    private IntConsumer onSeek = position -> { };
    private boolean following;

    public RoundsPanel() {
        setId("rounds");
        setPrefWidth(300);
        // Widened as far as the user drags the divider: long instructions and reasons wrap less.
        setMinWidth(160);
        setMaxWidth(Double.MAX_VALUE);
        setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Round round, boolean empty) {
                super.updateItem(round, empty);
                setText(empty || round == null ? null : round.text());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        getSelectionModel().selectedItemProperty().addListener((observable, old, round) -> {
            if (round != null && !following) {
                onSeek.accept(round.event() + 1);
            }
        });
    }

    public void setOnSeek(IntConsumer onSeek) {
        this.onSeek = onSeek;
    }

    /** Takes {@code trace}'s rounds; returns whether it has any. */
    public boolean show(Trace trace) {
        rounds.clear();
        Timeline timeline = trace.timeline();
        for (int event = 0; event < timeline.size(); event++) {
            if (timeline.type(event) == EventType.NOTE && timeline.attributes(event).containsKey("round")) {
                rounds.add(new Round(event, describe(timeline.attributes(event))));
            }
        }
        following = true;
        getItems().clear();
        following = false;
        return !rounds.isEmpty();
    }

    /** Shows the rounds begun by {@code position} and selects the last, without moving the replay. */
    public void follow(int position) {
        int reached = 0;
        while (reached < rounds.size() && rounds.get(reached).event() < position) {
            reached++;
        }
        following = true;
        if (reached != getItems().size()) {
            getItems().setAll(rounds.subList(0, reached));
        }
        if (reached > 0 && getSelectionModel().getSelectedIndex() != reached - 1) {
            getSelectionModel().select(reached - 1);
            scrollTo(reached - 1);
        }
        following = false;
    }

    private static String describe(Map<String, Object> round) {
        StringBuilder text = new StringBuilder("Round ").append(round.get("round"));
        if (round.get("span") instanceof List<?> span && span.size() == 2) {
            text.append(": ").append(MemoryHierarchy.clock(number(span.get(0)))).append("-")
                    .append(MemoryHierarchy.clock(number(span.get(1))));
        }
        if (round.get("excluded") instanceof List<?> excluded && !excluded.isEmpty()) {
            StringJoiner spans = new StringJoiner(", ", "\nExcluded: ", "");
            for (Object span : excluded) {
                if (span instanceof List<?> bounds && bounds.size() == 2) {
                    spans.add(MemoryHierarchy.clock(number(bounds.get(0))) + "-"
                            + MemoryHierarchy.clock(number(bounds.get(1))));
                }
            }
            text.append(spans);
        }
        append(text, "Instruction", round.get("instruction"));
        append(text, "Reason", round.get("reason"));
        if (round.get("confidence") instanceof Boolean confident) {
            text.append("\nConfident: ").append(confident ? "yes" : "no");
        }
        append(text, "Answer", round.get("answer"));
        return text.toString();
    }

    private static void append(StringBuilder text, String name, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            text.append('\n').append(name).append(": ").append(value);
        }
    }

    private static double number(Object value) {
        return value instanceof Number number ? number.doubleValue() : 0;
    }
}
