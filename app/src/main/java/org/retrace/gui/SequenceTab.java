package org.retrace.gui;

import java.io.IOException;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Tab;
import org.retrace.decoding.SequenceHistory;
import org.retrace.export.Figure.View;
import org.retrace.gui.sequence.SequenceView;
import org.retrace.gui.settings.SequenceSettings;
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
            // The tree's selection is read each frame rather than listened to: a field read costs nothing.
            if (views.treeView().shown() != null) {
                view.selectNode(views.treeView().scene().selected());
            }
            view.drawIfNeeded(now);
        }
    };
    private Trace shown;

    /**
     * The tab for {@code views}, following files {@code opening} displays; how the grid is turned
     * and sized is kept in {@code settingsDirectory}, a failure to save it said on {@code statusLine}.
     */
    SequenceTab(TraceViews views, FileOpening opening, Path settingsDirectory, StatusLine statusLine) {
        this.views = views;
        SequenceSettings settings = new SequenceSettings(settingsDirectory);
        view.transposedProperty().set(settings.positionsAsRows());
        view.readableProperty().set(settings.readableCells());
        ChangeListener<Boolean> save = (observable, was, is) -> {
            try {
                settings.save(view.transposedProperty().get(), view.readableProperty().get());
            } catch (IOException unwritable) {
                statusLine.say("The Sequence view's settings could not be saved: " + unwritable.getMessage());
            }
        };
        view.transposedProperty().addListener(save);
        view.readableProperty().addListener(save);
        tab.setId("sequence-tab");
        // The exports read which way round the grid is from the tab, to draw it as shown.
        tab.setUserData(settings.positionsAsRows() ? View.SEQUENCE_TRANSPOSED : View.SEQUENCE);
        view.transposedProperty().addListener((observable, was, is) -> tab.setUserData(is ? View.SEQUENCE_TRANSPOSED
                : View.SEQUENCE));
        tab.setDisable(true);
        views.addTab(tab);
        view.setOnSelect(views::select);
        view.setOnSeek(step -> views.replay().seek(SequenceHistory.positionAfter(views.trace(), step)));
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
