package org.retrace.gui.compare;

import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.retrace.compare.MergedTrace;
import org.retrace.compare.SolutionCurve;
import org.retrace.compare.TreeComparison;
import org.retrace.compare.TreeComparison.Matching;
import org.retrace.gui.tree.TreeCanvasView;
import org.retrace.model.Trace;
import org.retrace.render.ViewStyle;

/**
 * Two runs compared: their trees merged (the shared part once, a mark per run where they part),
 * what they share and where they part in words, solutions found against nodes created for both,
 * and the two trees side by side. Matching is by label path or by branch position, as chosen.
 */
public final class CompareView extends BorderPane {
    private static final String BY_LABELS = "label path";
    private static final String BY_POSITION = "branch position";

    private final TreeCanvasView merged = new TreeCanvasView();
    private final TreeCanvasView first = new TreeCanvasView();
    private final TreeCanvasView second = new TreeCanvasView();
    private final ComboBox<String> matching = new ComboBox<>(FXCollections.observableArrayList(BY_LABELS, BY_POSITION));
    private final Label title = new Label("Nothing compared: pick two rows in the Dataset tab, or File > Compare with...");
    private final Label summary = new Label();
    private final Label firstName = new Label();
    private final Label secondName = new Label();
    private final LineChart<Number, Number> curves = new LineChart<>(new NumberAxis(), new NumberAxis());
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            merged.drawIfNeeded();
            first.drawIfNeeded();
            second.drawIfNeeded();
        }
    };
    private Trace a;
    private Trace b;
    private TreeComparison comparison;

    public CompareView() {
        merged.setId("compare-merged");
        title.setId("compare-title");
        summary.setId("compare-summary");
        summary.setWrapText(true);
        matching.setId("compare-matching");
        matching.setValue(BY_LABELS);
        matching.setOnAction(event -> compare());
        curves.setId("compare-curves");
        curves.setAnimated(false);
        curves.setCreateSymbols(false);
        curves.setTitle("Solutions found against nodes created");
        curves.getXAxis().setLabel("nodes created");
        curves.getYAxis().setLabel("solutions");
        HBox header = new HBox(8, title, new Label("matched by"), matching);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, header, summary);
        top.setPadding(new Insets(6));
        SplitPane upper = new SplitPane(merged, curves);
        upper.setDividerPositions(0.65);
        SplitPane lower = new SplitPane(titled(firstName, first), titled(secondName, second));
        SplitPane center = new SplitPane(upper, lower);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.6);
        setTop(top);
        setCenter(center);
    }

    private static BorderPane titled(Label name, TreeCanvasView view) {
        BorderPane pane = new BorderPane(view);
        name.setPadding(new Insets(2, 6, 2, 6));
        pane.setTop(name);
        return pane;
    }

    /** Compares {@code runA} with {@code runB}, matched as their formats suggest: by position for solver trees. */
    public void show(Trace runA, Trace runB, boolean solverTrees) {
        // Setting the choice compares nothing yet: the runs come after it.
        a = null;
        matching.setValue(solverTrees ? BY_POSITION : BY_LABELS);
        a = runA;
        b = runB;
        first.show(a, ViewStyle.standard());
        second.show(b, ViewStyle.standard());
        firstName.setText("A: " + a.info().name());
        secondName.setText("B: " + b.info().name());
        title.setText("A: " + a.info().name() + "   vs   B: " + b.info().name());
        curves.getData().setAll(List.of(curve("A", a), curve("B", b)));
        compare();
        frames.start();
    }

    private static XYChart.Series<Number, Number> curve(String run, Trace trace) {
        SolutionCurve curve = SolutionCurve.of(trace);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(run);
        for (int point = 0; point < curve.nodes().size(); point++) {
            if (point > 0) {
                // A step, not a slope: the count holds until the node that rises it.
                series.getData().add(new XYChart.Data<>(curve.nodes().get(point), curve.solutions().get(point - 1)));
            }
            series.getData().add(new XYChart.Data<>(curve.nodes().get(point), curve.solutions().get(point)));
        }
        return series;
    }

    private void compare() {
        if (a == null) {
            return;
        }
        comparison = TreeComparison.of(a, b, BY_POSITION.equals(matching.getValue()) ? Matching.BRANCH_POSITION
                : Matching.LABEL_PATH);
        merged.show(MergedTrace.of(comparison), ViewStyle.standard());
        int parts = comparison.partsAtInA();
        summary.setText(String.format(Locale.ROOT, "%,d node%s in common, %,d only in A (of %,d), %,d only in B (of %,d)%s",
                comparison.common(), comparison.common() == 1 ? "" : "s", comparison.onlyInA(), a.nodeCount(),
                comparison.onlyInB(), b.nodeCount(),
                parts < 0 ? "; one tree" : "; they part under '" + a.label(parts) + "'"));
    }

    /** The comparison shown, or null before one is. */
    public TreeComparison comparison() {
        return comparison;
    }

    /** Stops redrawing, for when the window goes away. */
    public void stop() {
        frames.stop();
    }
}
