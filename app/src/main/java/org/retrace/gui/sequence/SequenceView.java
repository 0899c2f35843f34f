package org.retrace.gui.sequence;

import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.retrace.decoding.SequenceHistory;
import org.retrace.decoding.SequenceHistory.CellState;
import org.retrace.layout.SequenceGrid;
import org.retrace.render.SequenceRenderer;
import org.retrace.render.Theme;

/**
 * The Sequence view of a diffusion decoding: the grid of steps by positions (or transposed) up to
 * the replay's step, the tokens decided and taken back per step beside it, and under it the
 * history of the position clicked. Fitted, the grid fills the view; with readable cells every
 * token shows and the grid scrolls, following the replay's step. Redrawn only when the step, the
 * selection, the scroll or the size changed.
 */
public final class SequenceView extends BorderPane {
    /** How long a remasked token takes to lift out of its cell. */
    private static final double LIFT_NANOS = 450e6;
    private static final long NO_LIFT = Long.MIN_VALUE;
    private static final long LIFT_PENDING = Long.MIN_VALUE + 1;
    private static final String STEPS_AS_ROWS = "Rows: steps, columns: positions.";
    private static final String POSITIONS_AS_ROWS = "Rows: positions, columns: steps.";
    private static final String COLOURS = " Green: decided now; blue: kept, darker when surer; orange: taken back "
            + "now; grey: the prompt; pale: masked. Bars: tokens decided and taken back per step.";
    private final Canvas canvas = new Canvas();
    private final Pane area = new Pane(canvas);
    private final ScrollBar across = new ScrollBar();
    private final ScrollBar down = new ScrollBar();
    private final CheckBox transposed = new CheckBox("Positions as rows");
    private final CheckBox readable = new CheckBox("Readable cells");
    private final Label legend = new Label(STEPS_AS_ROWS + COLOURS);
    private static final String HINT = "Click a position to see every token it held; double-click a step to go back to it.";
    private final Label positionHistory = new Label(HINT);
    private final SequenceRenderer renderer = new SequenceRenderer(Theme.standard());
    private final Tooltip cellTip = new Tooltip();
    private boolean cellTipInstalled;
    private SequenceHistory history;
    private int step;
    private int selected = -1;
    /** The first position the decoding generates, after the prompt: where a scrolled grid starts. */
    private int firstGenerated;
    /** Whether the next layout scrolls to {@link #firstGenerated}, the grid having been shown or turned. */
    private boolean toGeneration;
    /** The node last selected elsewhere, which {@link #selectNode} compares with. */
    private int selectedNode = -1;
    private boolean dirty;
    /** When the lift of the tokens the shown step takes back began, or one of the two markers below. */
    private long liftStarted = NO_LIFT;
    private IntConsumer onSelect = node -> { };
    private IntConsumer onSeek = wanted -> { };

    public SequenceView() {
        setId("sequence");
        canvas.setId("sequence-grid");
        positionHistory.setId("sequence-position");
        transposed.setId("sequence-transposed");
        readable.setId("sequence-readable");
        legend.setWrapText(true);
        positionHistory.setWrapText(true);
        positionHistory.setPadding(new Insets(4, 8, 6, 8));
        area.setMinSize(100, 60);
        canvas.widthProperty().bind(area.widthProperty());
        canvas.heightProperty().bind(area.heightProperty());
        canvas.widthProperty().addListener((observable, was, is) -> relayout());
        canvas.heightProperty().addListener((observable, was, is) -> relayout());
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScrolled);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::onHovered);
        cellTip.setShowDelay(Duration.millis(150));
        across.setOrientation(Orientation.HORIZONTAL);
        down.setOrientation(Orientation.VERTICAL);
        across.valueProperty().addListener((observable, was, is) -> scrolled());
        down.valueProperty().addListener((observable, was, is) -> scrolled());
        transposed.setTooltip(new Tooltip("A row per position and a column per step"));
        readable.setTooltip(new Tooltip("Cells large enough for every token; the grid scrolls"));
        transposed.selectedProperty().addListener((observable, was, is) -> {
            renderer.setTransposed(is);
            legend.setText((is ? POSITIONS_AS_ROWS : STEPS_AS_ROWS) + COLOURS);
            toGeneration = true;
            relayout();
        });
        readable.selectedProperty().addListener((observable, was, is) -> {
            renderer.setReadable(is);
            toGeneration = true;
            relayout();
        });
        transposed.setMinWidth(Region.USE_PREF_SIZE);
        readable.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(legend, Priority.ALWAYS);
        HBox top = new HBox(12, transposed, readable, legend);
        top.setPadding(new Insets(4, 8, 4, 8));
        top.setAlignment(Pos.CENTER_LEFT);
        BorderPane grid = new BorderPane(area, null, down, across, null);
        setTop(top);
        setCenter(grid);
        setBottom(positionHistory);
        showScrollBars(false, false);
    }

    /** Called with the node a click picks: the token the position holds at the shown step, else the position. */
    public void setOnSelect(IntConsumer onSelect) {
        this.onSelect = onSelect;
    }

    /** Called with the step of a double-clicked cell, for the replay to go back to it. */
    public void setOnSeek(IntConsumer onSeek) {
        this.onSeek = onSeek;
    }

    /** Whether positions are the rows and steps the columns, as the check box above the grid sets it. */
    public BooleanProperty transposedProperty() {
        return transposed.selectedProperty();
    }

    /** Whether every cell has room for its token, the grid scrolling, as the check box above the grid sets it. */
    public BooleanProperty readableProperty() {
        return readable.selectedProperty();
    }

    /** Shows {@code shown}; costs one pass over its grid. */
    public void show(SequenceHistory shown) {
        history = shown;
        renderer.show(shown);
        selected = -1;
        selectedNode = -1;
        liftStarted = NO_LIFT;
        positionHistory.setText(HINT);
        firstGenerated = 0;
        while (firstGenerated < shown.positions() - 1 && shown.state(0, firstGenerated) == CellState.PROMPT) {
            firstGenerated++;
        }
        across.setValue(0);
        down.setValue(0);
        toGeneration = true;
        relayout();
    }

    /** Shows the grid up to {@code shownStep}, scrolled to show it; one step forward lifts out the tokens it takes back. */
    public void follow(int shownStep) {
        if (shownStep != step) {
            liftStarted = shownStep == step + 1 ? LIFT_PENDING : NO_LIFT;
            step = shownStep;
            keepStepInView();
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

    /** The grid's size changed (the view, the orientation, the cells): the scroll bars follow it. */
    private void relayout() {
        dirty = true;
        if (history == null || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        SequenceGrid grid = renderer.grid(canvas.getWidth(), canvas.getHeight());
        showScrollBars(grid.maxScrollX() > 0, grid.maxScrollY() > 0);
        across.setMax(grid.maxScrollX());
        across.setVisibleAmount(grid.maxScrollX() * grid.viewportWidth() / grid.contentWidth());
        across.setUnitIncrement(grid.cellWidth());
        across.setBlockIncrement(grid.viewportWidth() * 0.9);
        down.setMax(grid.maxScrollY());
        down.setVisibleAmount(grid.maxScrollY() * grid.viewportHeight() / grid.contentHeight());
        down.setUnitIncrement(grid.cellHeight());
        down.setBlockIncrement(grid.viewportHeight() * 0.9);
        if (toGeneration) {
            // A long prompt would fill a readable grid: it opens on the generation, a cell of prompt before it.
            toGeneration = false;
            double start = Math.max(0, firstGenerated - 1);
            if (grid.stepsAsRows()) {
                across.setValue(Math.min(grid.maxScrollX(), start * grid.cellWidth()));
            } else {
                down.setValue(Math.min(grid.maxScrollY(), start * grid.cellHeight()));
            }
        }
        keepStepInView();
    }

    private void showScrollBars(boolean sideways, boolean upAndDown) {
        across.setVisible(sideways);
        across.setManaged(sideways);
        down.setVisible(upAndDown);
        down.setManaged(upAndDown);
    }

    private void keepStepInView() {
        if (history == null || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        SequenceGrid grid = renderer.grid(canvas.getWidth(), canvas.getHeight());
        double[] scroll = grid.scrollToShow(Math.min(step, history.steps() - 1), across.getValue(), down.getValue());
        across.setValue(scroll[0]);
        down.setValue(scroll[1]);
    }

    private void scrolled() {
        renderer.setScroll(across.getValue(), down.getValue());
        dirty = true;
    }

    /** The wheel scrolls the grid: up and down, or sideways with Shift or a sideways swipe. */
    private void onScrolled(ScrollEvent event) {
        boolean sideways = event.isShiftDown() || Math.abs(event.getDeltaX()) > Math.abs(event.getDeltaY());
        double delta = sideways && event.getDeltaX() == 0 ? event.getDeltaY() : sideways ? event.getDeltaX()
                : event.getDeltaY();
        ScrollBar bar = sideways ? across : down;
        if (bar.isVisible()) {
            bar.setValue(Math.max(0, Math.min(bar.getMax(), bar.getValue() - delta)));
            event.consume();
        }
    }

    /** The cell under the mouse says what it holds in a tooltip, a step's bars what it did; elsewhere there is none. */
    private void onHovered(MouseEvent event) {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        int position = history == null ? -1 : renderer.positionAt(event.getX(), event.getY(), width, height);
        int cellStep = history == null ? -1 : renderer.stepAt(event.getX(), event.getY(), width, height);
        int barStep = history == null ? -1 : renderer.barStepAt(event.getX(), event.getY(), width, height);
        boolean onCell = position >= 0 && cellStep >= 0 && cellStep <= step || barStep >= 0 && barStep <= step;
        if (onCell) {
            cellTip.setText(position >= 0 ? CellDescription.of(history, cellStep, position)
                    : CellDescription.ofStep(history, barStep));
        }
        if (onCell != cellTipInstalled) {
            cellTipInstalled = onCell;
            if (onCell) {
                Tooltip.install(canvas, cellTip);
            } else {
                Tooltip.uninstall(canvas, cellTip);
            }
        }
    }

    /**
     * Marks the position {@code node} stands for, when it is not marked yet: a token or position
     * selected elsewhere (the tree, the outline) shows here too; costs O(1) when nothing changed.
     */
    public void selectNode(int node) {
        if (history == null || node == selectedNode) {
            return;
        }
        selectedNode = node;
        int position = history.positionOf(node);
        if (position >= 0 && position != selected) {
            selected = position;
            positionHistory.setText(CellDescription.ofPosition(history, position));
            dirty = true;
        }
    }

    private void onClicked(MouseEvent event) {
        int position = renderer.positionAt(event.getX(), event.getY(), canvas.getWidth(), canvas.getHeight());
        if (history == null || position < 0) {
            return;
        }
        selected = position;
        dirty = true;
        positionHistory.setText(CellDescription.ofPosition(history, position));
        int token = history.tokenNode(Math.min(step, history.steps() - 1), position);
        onSelect.accept(token >= 0 ? token : position + 1);
        int clickedStep = renderer.stepAt(event.getX(), event.getY(), canvas.getWidth(), canvas.getHeight());
        if (event.getClickCount() == 2 && clickedStep >= 0 && clickedStep <= step) {
            onSeek.accept(clickedStep);
        }
    }
}
