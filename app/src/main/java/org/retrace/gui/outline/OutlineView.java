package org.retrace.gui.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.retrace.gui.details.NodeDetails;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceState;

/**
 * The trace as an indented list of its nodes in creation order, as agent-trace viewers show it:
 * each row its label, kind, status at the replay's position and key metric; nodes the replay has
 * not created yet are grey and marked "later". It can be filtered by kind and by final status.
 * Selecting a row selects the node everywhere, and a node selected elsewhere is selected here.
 * For LLM traces with long texts it is often the better view. The list is virtual: 1M nodes cost
 * one boxed index each, and a replay step redraws only the visible rows.
 */
public final class OutlineView extends BorderPane {
    private static final String ALL = "all";
    private static final int LABEL_CHARACTERS = 72;
    private static final List<String> KEY_METRICS = List.of("value", "visits", "Q", "reward", "bound", "score");

    private final ListView<Integer> list = new ListView<>();
    private final ComboBox<String> kinds = new ComboBox<>();
    private final ComboBox<String> statuses = new ComboBox<>();
    private Trace trace;
    private TraceState state;
    private String keyMetric;
    private IntFunction<String> marks = node -> "";
    private IntConsumer onSelect = node -> { };
    private boolean selecting;

    public OutlineView() {
        setId("outline");
        list.setId("outline-list");
        list.setCellFactory(view -> new NodeCell());
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, node) -> {
            if (node != null && !selecting) {
                onSelect.accept(node);
            }
        });
        kinds.setId("outline-kind");
        statuses.setId("outline-status");
        kinds.setOnAction(event -> filter());
        statuses.setOnAction(event -> filter());
        Label kindLabel = new Label("Kind");
        Label statusLabel = new Label("Status");
        HBox filters = new HBox(6, kindLabel, kinds, statusLabel, statuses);
        filters.setPadding(new Insets(4, 6, 4, 6));
        filters.setAlignment(Pos.CENTER_LEFT);
        setTop(filters);
        setCenter(list);
    }

    /** Called with the node a row selects. */
    /** Writes what {@code shown} says of a node (a person's bookmark and labels) at the end of its row. */
    public void setMarks(IntFunction<String> shown) {
        marks = shown;
        list.refresh();
    }

    public void setOnSelect(IntConsumer onSelect) {
        this.onSelect = onSelect;
    }

    /** Lists {@code shown}'s nodes, unfiltered; costs O(n). */
    public void show(Trace shown) {
        trace = shown;
        TreeSet<String> kindNames = new TreeSet<>();
        for (int node = 0; node < shown.nodeCount(); node++) {
            kindNames.add(shown.kind(node));
        }
        List<String> kindChoices = new ArrayList<>(List.of(ALL));
        kindChoices.addAll(kindNames);
        kinds.setItems(FXCollections.observableList(kindChoices));
        kinds.getSelectionModel().select(ALL);
        List<String> statusChoices = new ArrayList<>(List.of(ALL));
        for (NodeStatus status : NodeStatus.values()) {
            statusChoices.add(status.wireName());
        }
        statuses.setItems(FXCollections.observableList(statusChoices));
        statuses.getSelectionModel().select(ALL);
        keyMetric = KEY_METRICS.stream().filter(shown.metricNames()::contains).findFirst().orElse(null);
        filter();
    }

    /** The replay moved: rows show the nodes as they stand at {@code at}; costs O(visible rows). */
    public void setState(TraceState at) {
        state = at;
        list.refresh();
    }

    /** Selects {@code node}'s row, scrolling to it, when the filter shows it. */
    public void select(int node) {
        selecting = true;
        try {
            if (node < 0) {
                list.getSelectionModel().clearSelection();
                return;
            }
            int row = list.getItems().indexOf(node);
            if (row >= 0) {
                list.getSelectionModel().select(row);
                list.scrollTo(Math.max(0, row - 3));
            }
        } finally {
            selecting = false;
        }
    }

    /** The nodes listed now, in order. */
    public List<Integer> rows() {
        return List.copyOf(list.getItems());
    }

    /** Keeps the nodes of the chosen kind and final status; costs O(n). */
    private void filter() {
        if (trace == null) {
            return;
        }
        String kind = kinds.getValue();
        String status = statuses.getValue();
        List<Integer> rows = new ArrayList<>();
        for (int node = 0; node < trace.nodeCount(); node++) {
            if ((kind == null || ALL.equals(kind) || kind.equals(trace.kind(node)))
                    && (status == null || ALL.equals(status) || status.equals(trace.status(node).wireName()))) {
                rows.add(node);
            }
        }
        list.setItems(FXCollections.observableList(rows));
    }

    /** One row: indented by depth; later nodes grey. */
    private final class NodeCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer node, boolean empty) {
            super.updateItem(node, empty);
            if (empty || node == null || trace == null) {
                setText(null);
                setStyle(null);
                return;
            }
            boolean exists = state == null || state.exists(node);
            String label = (trace.label(node).isEmpty() ? trace.id(node) : trace.label(node)).replace('\n', ' ');
            // Cut so that kind, status and metric stay in view; the details panel has the whole label.
            String shown = label.length() <= LABEL_CHARACTERS ? label
                    : label.substring(0, LABEL_CHARACTERS - 1) + "\u2026";
            StringBuilder text = new StringBuilder();
            text.append("  ".repeat(Math.min(trace.depth(node), 40))).append(shown);
            text.append("   ").append(trace.kind(node));
            if (exists) {
                NodeStatus status = state == null ? trace.status(node) : state.status(node);
                text.append(" \u00b7 ").append(status.wireName());
                if (keyMetric != null) {
                    double value = state == null ? trace.metric(node, keyMetric) : state.metric(node, keyMetric);
                    if (!Double.isNaN(value)) {
                        text.append(" \u00b7 ").append(keyMetric).append(' ').append(NodeDetails.formatNumber(value));
                    }
                }
            } else {
                text.append(" \u00b7 later");
            }
            String marked = marks.apply(node);
            if (!marked.isEmpty()) {
                text.append("   ").append(marked);
            }
            setText(text.toString());
            setStyle(exists ? null : "-fx-text-fill: #9aa3ad;");
        }
    }
}
