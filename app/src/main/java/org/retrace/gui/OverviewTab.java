package org.retrace.gui;

import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import org.retrace.gui.overview.OverviewView;
import org.retrace.layout.Icicle;
import org.retrace.layout.PixelTree;
import org.retrace.model.Trace;
import org.retrace.render.OverviewRenderer;
import org.retrace.render.Theme;

/**
 * The Overview tab, for trees too big to read node by node: CP-Profiler's pixel tree above (a
 * column per node in depth-first order) and an icicle below (a bar per node as wide as its
 * subtree), both following the replay. A click on either selects the node, centres it in the
 * tree and shows the Tree tab.
 */
final class OverviewTab {
    private final OverviewView pixels = new OverviewView("pixel-tree", Theme.standard(), PixelTree::new,
            OverviewRenderer.PIXEL_TREE_ROW);
    private final OverviewView icicle = new OverviewView("icicle", Theme.standard(), Icicle::new,
            Double.POSITIVE_INFINITY);
    private final Tab tab;
    private final TraceViews views;
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pixels.drawIfNeeded();
            icicle.drawIfNeeded();
        }
    };
    private Trace shown;

    OverviewTab(TraceViews views) {
        this.views = views;
        SplitPane panes = new SplitPane(titled("Pixel tree: a column per node in depth-first order, a row per depth",
                pixels), titled("Icicle: each node as wide as its subtree", icicle));
        panes.setOrientation(Orientation.VERTICAL);
        panes.setDividerPositions(0.35);
        tab = new Tab("Overview", panes);
        tab.setId("overview-tab");
        views.addTab(tab);
        views.replay().positionProperty().addListener((observable, old, position) -> follow());
        pixels.setOnSelect(this::showInTree);
        icicle.setOnSelect(this::showInTree);
        tab.setOnSelectionChanged(event -> {
            if (tab.isSelected()) {
                follow();
                frames.start();
            } else {
                frames.stop();
            }
        });
    }

    private static BorderPane titled(String title, OverviewView view) {
        Label label = new Label(title);
        label.setPadding(new Insets(4, 8, 4, 8));
        BorderPane pane = new BorderPane(view);
        pane.setTop(label);
        return pane;
    }

    private void showInTree(int node) {
        views.select(node);
        views.showTree();
        views.treeView().centreOn(node);
    }

    /** Brings both pictures to the trace and position on display, while the tab is shown. */
    private void follow() {
        Trace trace = views.trace();
        if (!tab.isSelected() || trace == null) {
            return;
        }
        if (trace != shown) {
            shown = trace;
            pixels.show(trace);
            icicle.show(trace);
        }
        pixels.follow(views.treeView().scene().state());
        icicle.follow(views.treeView().scene().state());
    }
}
