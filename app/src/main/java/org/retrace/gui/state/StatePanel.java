package org.retrace.gui.state;

import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.retrace.demo.DemoRecorder;
import org.retrace.model.Trace;
import org.retrace.model.TraceState;

/**
 * The state a demo's node stands for, drawn as its demo sees it: the chess board, the Sudoku
 * grid, the Countdown numbers, the tic-tac-toe board, the assignment and learned clauses, the
 * knapsack. Redrawn only when the node, the replay's state or the panel's size changes.
 */
public final class StatePanel extends BorderPane {
    private static final Map<String, StatePainter> PAINTERS = Map.of("nqueens", new QueensPainter(), "sudoku",
            new SudokuPainter(), "countdown", new CountdownPainter(), "mcts", new GameBoardPainter(), "sat",
            new SatPainter(), "knapsack", new KnapsackPainter());
    private static final Color BACKGROUND = Color.web("#fbfbfa");

    private final Canvas canvas = new Canvas();
    private final Label title = new Label();
    private Trace trace;
    private StatePainter painter;
    private int node = -1;
    private TraceState now;

    public StatePanel() {
        Pane holder = new Pane(canvas);
        holder.setMinSize(0, 0);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener((observable, old, width) -> draw());
        canvas.heightProperty().addListener((observable, old, height) -> draw());
        title.setStyle("-fx-font-weight: bold; -fx-padding: 4 8 4 8;");
        setTop(title);
        setCenter(holder);
        setId("state-panel");
    }

    /** True when {@code trace} was written by a demo this panel can draw. */
    public static boolean canShow(Trace trace) {
        return PAINTERS.containsKey(String.valueOf(trace.info().attributes().get(DemoRecorder.DEMO)));
    }

    /** Starts showing {@code trace}'s states; nothing is drawn until {@link #show(int, TraceState)}. */
    public void setTrace(Trace trace) {
        this.trace = trace;
        painter = PAINTERS.get(String.valueOf(trace.info().attributes().get(DemoRecorder.DEMO)));
        node = -1;
        draw();
    }

    /** Draws {@code node}'s state as it stands at the replay's {@code now}. */
    public void show(int node, TraceState now) {
        this.node = node;
        this.now = now;
        draw();
    }

    /** The node whose state is drawn, or -1. */
    public int node() {
        return node;
    }

    private void draw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(BACKGROUND);
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (trace == null || painter == null || node < 0 || node >= trace.nodeCount()) {
            title.setText("State");
            return;
        }
        String label = trace.label(node).isEmpty() ? trace.id(node) : trace.label(node);
        title.setText("State of " + label);
        if (canvas.getWidth() > 20 && canvas.getHeight() > 20) {
            gc.save();
            gc.translate(8, 4);
            painter.paint(gc, canvas.getWidth() - 16, canvas.getHeight() - 12, trace, node, now);
            gc.restore();
        }
    }
}
