package org.retrace.gui;

import javafx.animation.AnimationTimer;
import javafx.scene.control.Tab;
import org.retrace.decoding.SequenceHistory;
import org.retrace.export.Figure.View;
import org.retrace.gui.sequence.SequenceView;
import org.retrace.model.Trace;

/**
 * The Sequence tab, for a diffusion decoding: shown when such a trace opens, following the replay
 * step by step; a click on a position selects its token in the tree. Disabled for other searches.
 */
final class SequenceTab {
    private final SequenceView view = new SequenceView();
    private final Tab tab = new Tab("Sequence", view);
    private final TraceViews views;
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            view.drawIfNeeded(now);
        }
    };
    private Trace shown;

    SequenceTab(TraceViews views, FileOpening opening) {
        this.views = views;
        tab.setId("sequence-tab");
        // The exports read which way round the grid is from the tab, to draw it as shown.
        tab.setUserData(View.SEQUENCE);
        view.transposedProperty().addListener((observable, was, is) -> tab.setUserData(is ? View.SEQUENCE_TRANSPOSED
                : View.SEQUENCE));
        tab.setDisable(true);
        views.addTab(tab);
        view.setOnSelect(views::select);
        views.replay().positionProperty().addListener((observable, old, position) -> follow(position.intValue()));
        opening.addOnDisplayed((file, trace) -> follow(views.replay().positionProperty().get()));
        tab.setOnSelectionChanged(event -> {
            if (tab.isSelected()) {
                frames.start();
            } else {
                frames.stop();
            }
        });
    }

    /** A newly shown decoding opens on this tab; the grid follows the step the replay is at. */
    private void follow(int position) {
        Trace trace = views.trace();
        if (trace != shown) {
            boolean first = shown == null || !shown.info().name().equals(trace == null ? null : trace.info().name());
            shown = trace;
            tab.setDisable(trace == null || !SequenceHistory.canShow(trace));
            if (!tab.isDisabled()) {
                view.show(SequenceHistory.of(trace));
                if (first) {
                    views.showTab(tab);
                }
            }
        }
        if (!tab.isDisabled()) {
            view.follow(SequenceHistory.stepAt(trace, position));
        }
    }
}
