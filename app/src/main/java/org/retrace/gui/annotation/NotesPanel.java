package org.retrace.gui.annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import org.retrace.annotation.Intervention;
import org.retrace.annotation.NodeNote;
import org.retrace.annotation.TraceNotes;
import org.retrace.model.Trace;

/**
 * The Notes tab: every bookmarked, labelled or noted node of the trace on display and every
 * intervention, in the trace's creation order; a double-click or Enter shows the node in the
 * tree. Notes on nodes the trace no longer holds come last, greyed: kept, not dropped.
 */
public final class NotesPanel extends BorderPane {
    /** One line of the list: a node of the trace (-1 when the trace no longer holds it) and its text. */
    record Entry(int node, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final ListView<Entry> list = new ListView<>();
    private final Label where = new Label();
    private IntConsumer onShow = node -> { };

    public NotesPanel() {
        setId("notes-panel");
        list.setId("notes-list");
        list.setPlaceholder(new Label("No notes yet: right-click a node in the tree to bookmark, label or note it, "
                + "or to write the step it should have taken."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : entry.text());
                setStyle(entry != null && entry.node() < 0 ? "-fx-text-fill: #868e96;" : "");
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                showSelected();
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                showSelected();
            }
        });
        where.setPadding(new Insets(4, 8, 4, 8));
        setCenter(list);
        setBottom(where);
    }

    /** Called with the node to show in the tree. */
    public void setOnShow(IntConsumer onShow) {
        this.onShow = onShow;
    }

    private void showSelected() {
        Entry entry = list.getSelectionModel().getSelectedItem();
        if (entry != null && entry.node() >= 0) {
            onShow.accept(entry.node());
        }
    }

    /** Lists {@code notes} on {@code trace}, kept at {@code kept}. */
    public void show(Trace trace, TraceNotes notes, String kept) {
        List<Entry> entries = new ArrayList<>();
        List<Entry> unplaced = new ArrayList<>();
        for (Map.Entry<String, NodeNote> each : notes.nodes().entrySet()) {
            int node = trace.findNode(each.getKey());
            String text = describe(trace, each.getKey(), node, each.getValue(), notes.interventionOn(each.getKey()));
            (node >= 0 ? entries : unplaced).add(new Entry(node, text));
        }
        for (Intervention intervention : notes.interventions()) {
            if (notes.of(intervention.nodeId()).isEmpty()) {
                int node = trace.findNode(intervention.nodeId());
                String text = describe(trace, intervention.nodeId(), node, NodeNote.NONE, intervention);
                (node >= 0 ? entries : unplaced).add(new Entry(node, text));
            }
        }
        entries.sort((a, b) -> Integer.compare(a.node(), b.node()));
        entries.addAll(unplaced);
        list.getItems().setAll(entries);
        where.setText(entries.isEmpty() ? "" : "Kept in " + kept + (unplaced.isEmpty() ? ""
                : "; " + unplaced.size() + " note(s) on nodes this trace no longer holds, kept"));
    }

    private static String describe(Trace trace, String id, int node, NodeNote note, Intervention intervention) {
        StringBuilder text = new StringBuilder(note.bookmark() ? "⚑ " : "");
        text.append(node >= 0 ? trace.label(node).isEmpty() ? id : trace.label(node) : id);
        text.append(node >= 0 ? "  (" + id + ")" : "  (not in this trace any more)");
        if (!note.labels().isEmpty()) {
            text.append("  [").append(String.join(", ", note.labels())).append("]");
        }
        if (!note.note().isBlank()) {
            text.append("  ✎ ").append(note.note().strip().replace('\n', ' '));
        }
        if (intervention != null) {
            text.append("  → ").append(intervention.text().strip().replace('\n', ' '));
        }
        return text.toString();
    }

    /** The lines shown, for tests. */
    public List<String> lines() {
        return list.getItems().stream().map(Entry::text).toList();
    }
}
