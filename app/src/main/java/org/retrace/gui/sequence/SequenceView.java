package org.retrace.gui.sequence;

import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import org.retrace.decoding.SequenceHistory;
import org.retrace.decoding.SequenceHistory.Change;
import org.retrace.gui.details.NodeDetails;
import org.retrace.render.SequenceRenderer;
import org.retrace.render.Theme;

/**
 * The Sequence view of a diffusion decoding: the grid of steps by positions up to the replay's
 * step, the tokens decided and taken back per step beside it, and under it the history of the
 * position clicked. Redrawn only when the step, the selection or the size changed.
 */
public final class SequenceView extends BorderPane {
    /** How long a remasked token takes to lift out of its cell. */
    private static final double LIFT_NANOS = 450e6;
    private static final long NO_LIFT = Long.MIN_VALUE;
    private static final long LIFT_PENDING = Long.MIN_VALUE + 1;
    private final Canvas canvas = new Canvas();
    private final Pane area = new Pane(canvas);
    private final Label legend = new Label("Rows are steps, columns positions. Green: decided at this step; blue: "
            + "kept, darker when more confident; orange: taken back at this step; grey: the prompt; pale: masked. "
            + "Bars: tokens decided and taken back per step.");
    private final Label positionHistory = new Label("Click a position to see every token it held.");
    private final SequenceRenderer renderer = new SequenceRenderer(Theme.standard());
    private SequenceHistory history;
    private int step;
    private int selected = -1;
    private boolean dirty;
    /** When the lift of the tokens the shown step takes back began, or one of the two markers below. */
    private long liftStarted = NO_LIFT;
    private IntConsumer onSelect = node -> { };

    public SequenceView() {
        setId("sequence");
        canvas.setId("sequence-grid");
        positionHistory.setId("sequence-position");
        legend.setWrapText(true);
        positionHistory.setWrapText(true);
        legend.setPadding(new Insets(4, 8, 4, 8));
        positionHistory.setPadding(new Insets(4, 8, 6, 8));
        area.setMinSize(100, 60);
        canvas.widthProperty().bind(area.widthProperty());
        canvas.heightProperty().bind(area.heightProperty());
        canvas.widthProperty().addListener((observable, was, is) -> dirty = true);
        canvas.heightProperty().addListener((observable, was, is) -> dirty = true);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        setTop(legend);
        setCenter(area);
        setBottom(positionHistory);
    }

    /** Called with the node a click picks: the token the position holds at the shown step, else the position. */
    public void setOnSelect(IntConsumer onSelect) {
        this.onSelect = onSelect;
    }

    /** Shows {@code shown}; costs one pass over its grid. */
    public void show(SequenceHistory shown) {
        history = shown;
        renderer.show(shown);
        selected = -1;
        positionHistory.setText("Click a position to see every token it held.");
        dirty = true;
    }

    /** Shows the grid up to {@code shownStep}; one step forward lifts out the tokens it takes back. */
    public void follow(int shownStep) {
        if (shownStep != step) {
            liftStarted = shownStep == step + 1 ? LIFT_PENDING : NO_LIFT;
            step = shownStep;
            dirty = true;
        }
    }

    /** Redraws when something changed, and at every frame of a remask's lift; {@code now} in nanoseconds. */
    public void drawIfNeeded(long now) {
        if (history == null || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        if (liftStarted == LIFT_PENDING) {
            liftStarted = now;
        }
        double lift = liftStarted == NO_LIFT ? Double.NaN : (now - liftStarted) / LIFT_NANOS;
        if (lift >= 1) {
            liftStarted = NO_LIFT;
            lift = Double.NaN;
            dirty = true;
        }
        if (dirty || !Double.isNaN(lift)) {
            dirty = false;
            renderer.draw(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(), step, selected, lift);
        }
    }

    private void onClicked(MouseEvent event) {
        int position = renderer.positionAt(event.getX(), canvas.getWidth());
        if (history == null || position < 0) {
            return;
        }
        selected = position;
        dirty = true;
        StringBuilder text = new StringBuilder("Position " + position + ":");
        for (Change change : history.history(position)) {
            text.append("  step ").append(change.step()).append(change.token() == null ? " taken back"
                    : " \u201c" + change.token() + "\u201d" + (Double.isNaN(change.confidence()) ? ""
                    : " (" + NodeDetails.formatNumber(change.confidence()) + ")")).append(';');
        }
        positionHistory.setText(history.history(position).isEmpty() ? text + " masked throughout"
                : text.substring(0, text.length() - 1));
        int token = history.tokenNode(Math.min(step, history.steps() - 1), position);
        onSelect.accept(token >= 0 ? token : position + 1);
    }
}
