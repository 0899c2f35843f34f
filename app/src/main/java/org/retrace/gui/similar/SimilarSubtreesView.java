package org.retrace.gui.similar;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.retrace.model.Trace;
import org.retrace.render.Theme;
import org.retrace.similar.ShapeSketch;
import org.retrace.similar.SimilarSubtrees;
import org.retrace.similar.SimilarSubtrees.Likeness;
import org.retrace.similar.SubtreeGroup;

/**
 * CP-Profiler's similar-subtree list for the trace on display: the shapes that repeat, the most
 * nodes held first, found on a background thread. Double-click or Enter on a shape shows its
 * occurrences in the tree, the next one at each press.
 */
public final class SimilarSubtreesView extends BorderPane {
    /** The {@code index}-th occurrence of a group, to show in the tree with all its group's nodes. */
    public record Occurrence(SimilarSubtrees analysis, SubtreeGroup group, int index) {
    }

    private final CheckBox sameLabels = new CheckBox("Same labels");
    private final CheckBox outermostOnly = new CheckBox("Hide shapes that only repeat inside a larger one");
    private final Label summary = new Label();
    private final Label shown = new Label("Double-click a shape, or press Enter, to light up its occurrences in the "
            + "tree; again for the next one.");
    private final TableView<SubtreeGroup> table = new TableView<>();
    private final Label placeholder = new Label();
    private final ShapePreview preview = new ShapePreview(Theme.standard());
    private final Label previewTitle = new Label();
    private final Map<Likeness, SimilarSubtrees> found = new EnumMap<>(Likeness.class);
    private Consumer<Occurrence> onShow = occurrence -> { };
    private Trace trace;
    private Task<SimilarSubtrees> finding;
    private SubtreeGroup lastShown;
    private int nextIndex;

    public SimilarSubtreesView() {
        setId("similar-subtrees");
        sameLabels.setId("similar-labels");
        outermostOnly.setId("similar-outermost");
        outermostOnly.setSelected(true);
        summary.setId("similar-summary");
        shown.setId("similar-shown");
        table.setId("similar-table");
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        addColumns();
        sketch(null);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox options = new HBox(16, sameLabels, outermostOnly, gap, summary);
        options.setPadding(new Insets(6, 8, 6, 8));
        shown.setPadding(new Insets(4, 8, 4, 8));
        setTop(options);
        previewTitle.setId("similar-shape-title");
        previewTitle.setPadding(new Insets(6, 8, 0, 8));
        BorderPane shape = new BorderPane(preview);
        shape.setTop(previewTitle);
        SplitPane sides = new SplitPane(table, shape);
        sides.setDividerPositions(0.6);
        setCenter(sides);
        table.getSelectionModel().selectedItemProperty().addListener((observable, was, group) -> sketch(group));
        setBottom(shown);
        sameLabels.selectedProperty().addListener((observable, was, is) -> find());
        outermostOnly.selectedProperty().addListener((observable, was, is) -> list());
        table.setRowFactory(view -> {
            TableRow<SubtreeGroup> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    showNext(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            SubtreeGroup selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                showNext(selected);
                event.consume();
            }
        });
    }

    private void addColumns() {
        table.getColumns().add(column("Nodes", SubtreeGroup::size));
        table.getColumns().add(column("Height", SubtreeGroup::height));
        table.getColumns().add(column("Count", SubtreeGroup::count));
        TableColumn<SubtreeGroup, Number> share = column("Share", group -> trace == null ? 0
                : 100.0 * group.weight() / trace.nodeCount());
        share.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Number value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : String.format("%.1f %%", value.doubleValue()));
            }
        });
        table.getColumns().add(share);
        TableColumn<SubtreeGroup, String> first = new TableColumn<>("First at");
        first.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(describe(cell.getValue().root(0))));
        first.setSortable(false);
        table.getColumns().add(first);
    }

    private static TableColumn<SubtreeGroup, Number> column(String title, Function<SubtreeGroup, Number> value) {
        TableColumn<SubtreeGroup, Number> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setPrefWidth(62);
        column.setMaxWidth(90);
        return column;
    }

    private String describe(int node) {
        String label = trace.label(node);
        return "node " + trace.id(node) + (label == null || label.isEmpty() || label.equals(trace.id(node)) ? ""
                : ": " + label);
    }

    /** Called with the occurrence to show in the tree. */
    public void setOnShow(Consumer<Occurrence> onShow) {
        this.onShow = onShow;
    }

    /** Lists {@code shownTrace}'s similar subtrees, finding them anew unless it is the trace already listed. */
    public void show(Trace shownTrace) {
        if (shownTrace == trace) {
            return;
        }
        trace = shownTrace;
        found.clear();
        lastShown = null;
        find();
    }

    private Likeness likeness() {
        return sameLabels.isSelected() ? Likeness.SHAPE_AND_LABELS : Likeness.SHAPE;
    }

    private void find() {
        if (finding != null) {
            finding.cancel();
            finding = null;
        }
        if (trace == null || found.containsKey(likeness())) {
            list();
            return;
        }
        Trace analysed = trace;
        Likeness likeness = likeness();
        Task<SimilarSubtrees> task = new Task<>() {
            @Override
            protected SimilarSubtrees call() {
                return SimilarSubtrees.of(analysed, likeness);
            }
        };
        finding = task;
        table.getItems().clear();
        summary.setText("");
        placeholder.setText("Finding the subtrees that repeat in " + String.format("%,d", trace.nodeCount())
                + " nodes…");
        task.setOnSucceeded(event -> {
            if (finding == task) {
                finding = null;
                found.put(likeness, task.getValue());
                list();
            }
        });
        task.setOnFailed(event -> {
            if (finding == task) {
                finding = null;
                placeholder.setText("Could not compare the subtrees: " + task.getException().getMessage());
            }
        });
        Thread thread = new Thread(task, "similar subtrees");
        thread.setDaemon(true);
        thread.start();
    }

    private void list() {
        SimilarSubtrees analysis = found.get(likeness());
        if (analysis == null) {
            return;
        }
        List<SubtreeGroup> groups = outermostOnly.isSelected() ? analysis.outermost() : analysis.groups();
        table.setItems(FXCollections.observableArrayList(groups));
        if (!groups.isEmpty()) {
            table.getSelectionModel().select(0);
        }
        placeholder.setText(sameLabels.isSelected() ? "No two subtrees of two or more nodes have the same shape and labels."
                : "No two subtrees of two or more nodes have the same shape.");
        summary.setText(String.format("%,d shapes repeat", groups.size())
                + (groups.size() == analysis.groups().size() ? ""
                        : String.format(" (%,d with those inside larger repeats)", analysis.groups().size())));
    }

    private void sketch(SubtreeGroup group) {
        if (group == null) {
            previewTitle.setText("Select a shape to see it here.");
            preview.show(trace, null);
            return;
        }
        previewTitle.setText(String.format("%,d nodes, height %d, as it occurs at %s", group.size(), group.height(),
                describe(group.root(0))));
        preview.show(trace, ShapeSketch.of(trace, group.root(0)));
    }

    private void showNext(SubtreeGroup group) {
        SimilarSubtrees analysis = found.get(likeness());
        nextIndex = group.equals(lastShown) ? (nextIndex + 1) % group.count() : 0;
        lastShown = group;
        shown.setText(String.format("In the tree: occurrence %,d of %,d, at %s. Double-click or Enter again for the "
                + "next.", nextIndex + 1, group.count(), describe(group.root(nextIndex))));
        onShow.accept(new Occurrence(analysis, group, nextIndex));
    }
}
