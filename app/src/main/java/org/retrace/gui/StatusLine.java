package org.retrace.gui;

import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.retrace.model.Trace;

/**
 * The line at the window's foot: what is shown (nodes, depth, event, time, format) or what is
 * being done, a live source's last word on the right, and a load's progress with Cancel.
 */
final class StatusLine extends HBox {
    private final Label status = new Label("Loading...");
    private final Label live = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");

    StatusLine() {
        super(8);
        status.setId("status-bar");
        live.setId("live-status");
        progress.setVisible(false);
        progress.setPrefWidth(160);
        cancel.setVisible(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(status, spacer, live, progress, cancel);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 8, 3, 8));
    }

    /** Runs {@code onCancel} when Cancel is pressed during a load. */
    void setOnCancel(Runnable onCancel) {
        cancel.setOnAction(event -> onCancel.run());
    }

    /** Says {@code text} where the trace's counts stand. */
    void say(String text) {
        status.setText(text);
    }

    /** A live source's last word, or "" for none. */
    void sayLive(String text) {
        live.setText(text);
    }

    /** Shows a load's progress, following {@code fraction}, with Cancel. */
    void loading(String what, ObservableValue<? extends Number> fraction) {
        status.setText(what);
        progress.progressProperty().bind(fraction);
        progress.setVisible(true);
        cancel.setVisible(true);
    }

    /** Hides the load's progress. */
    void loaded() {
        progress.progressProperty().unbind();
        progress.setVisible(false);
        cancel.setVisible(false);
    }

    /** The counts of {@code trace} at {@code position}: "12 of 40 nodes   depth 5   event 30 of 84   t = 1.2 s   lats". */
    void showTrace(Trace trace, int created, int position, String format) {
        if (trace == null) {
            status.setText("No trace open");
            return;
        }
        double time = position == 0 ? Double.NaN : trace.timeline().time(position - 1);
        status.setText(String.format(Locale.ROOT, "%,d of %,d nodes   depth %d   event %,d of %,d%s   %s", created,
                trace.nodeCount(), trace.maxDepth(), position, trace.timeline().size(),
                Double.isNaN(time) ? "" : String.format(Locale.ROOT, "   t = %.3f s", time), format));
    }
}
