package org.retrace.gui.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.retrace.demo.sat.Formula;
import org.retrace.model.Trace;
import org.retrace.model.TraceState;

/**
 * A CDCL node's partial assignment, one cell per variable (green true, red false, grey unset,
 * a thick outline on decisions), and the clauses learned so far, newest first: those of the nodes
 * made up to this one (O(node) to gather, once per change of node).
 */
final class SatPainter implements StatePainter {
    private static final Color TRUE = Color.web("#2f9e44");
    private static final Color FALSE = Color.web("#e03131");
    private static final Color UNSET = Color.web("#dee2e6");
    private static final Color TEXT = Color.web("#1f2933");

    @Override
    public void paint(GraphicsContext gc, double width, double height, Trace trace, int node, TraceState now) {
        Map<?, ?> state = StateValues.map(StateValues.state(trace, node));
        int variables = StateValues.integer(trace.info().attributes().get("variables"), 0);
        int[] assignment = StateValues.ints(state.get("assignment"));
        int[] decisions = StateValues.ints(state.get("decisions"));
        int[] value = new int[variables + 1];
        for (int literal : assignment) {
            if (Math.abs(literal) <= variables) {
                value[Math.abs(literal)] = literal > 0 ? 1 : -1;
            }
        }
        boolean[] decided = new boolean[variables + 1];
        for (int variable : decisions) {
            if (variable > 0 && variable <= variables) {
                decided[variable] = true;
            }
        }
        int perRow = Math.max(1, Math.min(variables, 10));
        double cell = Math.min(40, (width - 16) / perRow);
        double left = (width - perRow * cell) / 2;
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, cell * 0.32));
        for (int variable = 1; variable <= variables; variable++) {
            double x = left + (variable - 1) % perRow * cell;
            double y = 8 + (variable - 1) / perRow * cell;
            gc.setFill(value[variable] > 0 ? TRUE : value[variable] < 0 ? FALSE : UNSET);
            gc.fillRect(x + 2, y + 2, cell - 4, cell - 4);
            if (decided[variable]) {
                gc.setStroke(TEXT);
                gc.setLineWidth(3);
                gc.strokeRect(x + 2, y + 2, cell - 4, cell - 4);
            }
            gc.setFill(value[variable] == 0 ? TEXT : Color.WHITE);
            gc.fillText("x" + variable, x + cell / 2, y + cell / 2);
        }
        double y = 8 + Math.ceil(variables / (double) perRow) * cell + 16;
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.setFill(TEXT);
        gc.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, 13));
        List<Object> clauses = new ArrayList<>();
        for (int earlier = 0; earlier <= node; earlier++) {
            // Only the nodes a learned clause forces carry one; the kind says so without building a map.
            if ("learned".equals(trace.kind(earlier))) {
                clauses.add(trace.attributes(earlier).get("learned"));
            }
        }
        gc.fillText(clauses.isEmpty() ? "No clause learned yet" : "Learned clauses (" + clauses.size() + "), newest first",
                8, y);
        gc.setFont(Font.font("DejaVu Sans", 13));
        for (int i = clauses.size() - 1; i >= 0 && y + 40 < height; i--) {
            y += 18;
            gc.fillText(Formula.clause(StateValues.ints(clauses.get(i))), 16, y);
        }
    }
}
