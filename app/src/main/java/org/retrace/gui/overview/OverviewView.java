package org.retrace.gui.overview;

import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.retrace.layout.OverviewPicture;
import org.retrace.model.Trace;
import org.retrace.model.TraceState;
import org.retrace.render.OverviewRenderer;
import org.retrace.render.Theme;

/**
 * An overview picture of the trace on display (its pixel tree or its icicle) filling the view
 * across, at the replay's position. Drawn only when the position or the size changed; a click
 * selects the node under it.
 */
public final class OverviewView extends Region {
    private final Canvas canvas = new Canvas();
    private final Function<Trace, OverviewPicture> drawing;
    /** The tallest a depth's row is drawn, in pixels. */
    private final double mostRow;
    private final OverviewRenderer renderer;
    private OverviewPicture picture;
    private TraceState state;
    private boolean dirty;
    private IntConsumer onSelect = node -> { };

    /**
     * A view drawing what {@code drawing} makes of a trace, with rows at most {@code mostRow}
     * pixels tall (infinity to fill the height).
     */
    public OverviewView(String id, Theme theme, Function<Trace, OverviewPicture> drawing, double mostRow) {
        setId(id);
        this.drawing = drawing;
        this.mostRow = mostRow;
        renderer = new OverviewRenderer(theme);
        getChildren().add(canvas);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        setMinSize(100, 40);
    }

    /** Called with the node a click lands on. */
    public void setOnSelect(IntConsumer onSelect) {
        this.onSelect = onSelect;
    }

    /** Shows {@code trace}; costs O(n) for its depth-first order. */
    public void show(Trace trace) {
        picture = drawing.apply(trace);
        dirty = true;
    }

    /** Shows the replay's position. */
    public void follow(TraceState now) {
        state = now;
        dirty = true;
    }

    /** Redraws if the position or size changed; costs O(n) then, nothing otherwise. */
    public void drawIfNeeded() {
        if (!dirty || picture == null || state == null || !isVisible() || canvas.getWidth() < 1) {
            return;
        }
        dirty = false;
        renderer.draw(canvas.getGraphicsContext2D(), picture, state, canvas.getWidth(), canvas.getHeight(), mostRow);
    }

    private void onClicked(MouseEvent event) {
        if (picture == null || state == null) {
            return;
        }
        int node = OverviewRenderer.nodeAt(picture, state, canvas.getWidth(), canvas.getHeight(), mostRow, event.getX(),
                event.getY());
        if (node >= 0) {
            onSelect.accept(node);
        }
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            dirty = true;
        }
    }
}
