package org.retrace.gui;

import javafx.scene.control.Tab;
import org.retrace.gui.bounds.BoundsView;
import org.retrace.model.Trace;
import org.retrace.stats.BoundCurve;

/**
 * The Bounds tab: for a trace that reports an incumbent and a best bound, their chart with the
 * replay's position on it; disabled for any other trace.
 */
final class BoundsTab {
    private final BoundsView view = new BoundsView();
    private final Tab tab = new Tab("Bounds", view);
    private final TraceViews views;
    private Trace charted;

    BoundsTab(TraceViews views) {
        this.views = views;
        tab.setId("bounds-tab");
        tab.setDisable(true);
        views.addTab(tab);
        views.replay().positionProperty().addListener((observable, old, position) -> follow(position.intValue()));
    }

    /** Charts a newly shown trace, then moves the chart's replay line. */
    private void follow(int position) {
        Trace shown = views.trace();
        if (shown != charted) {
            charted = shown;
            // The curve is read once a trace: it tells whether the tab applies and is what it draws.
            BoundCurve curve = shown == null ? null : BoundCurve.of(shown);
            tab.setDisable(curve == null || curve.isEmpty());
            if (!tab.isDisabled()) {
                view.show(curve, shown.timeline().size());
            }
        }
        if (!tab.isDisabled()) {
            view.follow(position);
        }
    }
}
