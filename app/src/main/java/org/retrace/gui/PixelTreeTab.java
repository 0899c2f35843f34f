package org.retrace.gui;

import javafx.animation.AnimationTimer;
import javafx.scene.control.Tab;
import org.retrace.gui.overview.PixelTreeView;
import org.retrace.model.Trace;
import org.retrace.render.Theme;

/**
 * The Pixel tree tab: the overview of a big search CP-Profiler draws, following the replay; a
 * click selects a node, centres it in the tree and shows the Tree tab.
 */
final class PixelTreeTab {
    private final PixelTreeView view = new PixelTreeView(Theme.standard());
    private final Tab tab = new Tab("Pixel tree", view);
    private final TraceViews views;
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            view.drawIfNeeded();
        }
    };
    private Trace shown;

    PixelTreeTab(TraceViews views) {
        this.views = views;
        tab.setId("pixel-tree-tab");
        views.addTab(tab);
        views.replay().positionProperty().addListener((observable, old, position) -> follow());
        view.setOnSelect(node -> {
            views.select(node);
            views.showTree();
            views.treeView().centreOn(node);
        });
        tab.setOnSelectionChanged(event -> {
            if (tab.isSelected()) {
                follow();
                frames.start();
            } else {
                frames.stop();
            }
        });
    }

    /** Brings the view to the trace and position on display, while its tab is shown. */
    private void follow() {
        Trace trace = views.trace();
        if (!tab.isSelected() || trace == null) {
            return;
        }
        if (trace != shown) {
            shown = trace;
            view.show(trace);
        }
        view.follow(views.treeView().scene().state());
    }
}
