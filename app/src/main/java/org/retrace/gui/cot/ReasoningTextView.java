package org.retrace.gui.cot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.retrace.model.Trace;

/**
 * A chain of thought's text beside its tree: every step's span, its cue word coloured by kind
 * (backtrack red, branch violet, verify blue, conclude green), the selected step underlaid, and
 * the text the replay has not reached yet in grey, so the tree grows as the text advances.
 * Scrolling the text selects the step at the top of the view. Built once per trace, O(text);
 * a selection or a replay step restyles only the steps that change.
 */
public final class ReasoningTextView extends BorderPane {
    private static final Color WRITTEN = Color.web("#1f2933");
    private static final Color UNWRITTEN = Color.web("#adb5bd");
    private static final Color SELECTED = Color.web("#ffe066", 0.6);
    private static final Map<String, Color> CUE_COLOURS = Map.of("backtrack", Color.web("#e03131"), "branch",
            Color.web("#7048e8"), "verify", Color.web("#1c7ed6"), "conclude", Color.web("#2f9e44"));
    private static final Font TEXT_FONT = Font.font("DejaVu Sans", 13);
    private static final Font CUE_FONT = Font.font("DejaVu Sans", FontWeight.BOLD, 13);

    /** A step's place in the text flow: its node, its UTF-16 span, and the Text pieces that draw it. */
    private record StepText(int node, int start, int end, List<Text> pieces, Text cue, Color cueColour) {
    }

    private final TextFlow flow = new TextFlow();
    private final Path highlight = new Path();
    private final ScrollPane scroll;
    private final Label title = new Label("Reasoning");
    private final List<StepText> steps = new ArrayList<>();
    private IntConsumer onSelect = node -> { };
    private int selected = -1;
    private int written = Integer.MAX_VALUE;
    private boolean scrollingByProgram;

    public ReasoningTextView() {
        highlight.setFill(SELECTED);
        highlight.setStroke(null);
        highlight.setManaged(false);
        flow.setPadding(new Insets(8));
        flow.setLineSpacing(3);
        StackPane content = new StackPane(highlight, flow);
        content.setAlignment(Pos.TOP_LEFT);
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.vvalueProperty().addListener((observable, old, value) -> selectStepAtTop());
        // A new width rewraps the text, so the underlay is drawn again where the step now is.
        flow.widthProperty().addListener((observable, old, width) -> underlay());
        title.setStyle("-fx-font-weight: bold; -fx-padding: 4 8 4 8;");
        setTop(title);
        setCenter(scroll);
        setId("reasoning-text");
    }

    /** True when {@code trace} carries a text its nodes point into, as a chain of thought does. */
    public static boolean canShow(Trace trace) {
        if (trace.info().sourceText().isEmpty()) {
            return false;
        }
        for (int node = 0; node < trace.nodeCount(); node++) {
            if (trace.sourceStart(node) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Called with the step a scroll brings to the top. */
    public void setOnSelect(IntConsumer onSelect) {
        this.onSelect = onSelect;
    }

    /** Lays out {@code trace}'s text; costs O(text + nodes). */
    public void show(Trace trace) {
        String text = trace.info().sourceText();
        flow.getChildren().clear();
        steps.clear();
        selected = -1;
        written = Integer.MAX_VALUE;
        int at = 0;
        for (int node = 0; node < trace.nodeCount(); node++) {
            if (trace.sourceStart(node) < 0) {
                continue;
            }
            int start = text.offsetByCodePoints(0, trace.sourceStart(node));
            int end = text.offsetByCodePoints(0, trace.sourceEnd(node));
            if (start < at) {
                continue;
            }
            if (start > at) {
                flow.getChildren().add(piece(text.substring(at, start), TEXT_FONT, WRITTEN));
            }
            steps.add(stepText(trace, node, text, start, end));
            at = end;
        }
        if (at < text.length()) {
            flow.getChildren().add(piece(text.substring(at), TEXT_FONT, WRITTEN));
        }
        highlight.getElements().clear();
        title.setText("Reasoning: " + steps.size() + " steps");
    }

    private StepText stepText(Trace trace, int node, String text, int start, int end) {
        List<Text> pieces = new ArrayList<>();
        Text cue = null;
        Color cueColour = null;
        Object cueRange = trace.attributes(node).get("cueRange");
        if (cueRange instanceof List<?> range && range.size() == 2) {
            int cueStart = text.offsetByCodePoints(0, ((Number) range.get(0)).intValue());
            int cueEnd = text.offsetByCodePoints(0, ((Number) range.get(1)).intValue());
            if (cueStart >= start && cueEnd <= end && cueStart < cueEnd) {
                cueColour = CUE_COLOURS.getOrDefault(trace.kind(node), WRITTEN);
                if (cueStart > start) {
                    pieces.add(piece(text.substring(start, cueStart), TEXT_FONT, WRITTEN));
                }
                cue = piece(text.substring(cueStart, cueEnd), CUE_FONT, cueColour);
                pieces.add(cue);
                if (end > cueEnd) {
                    pieces.add(piece(text.substring(cueEnd, end), TEXT_FONT, WRITTEN));
                }
            }
        }
        if (pieces.isEmpty()) {
            pieces.add(piece(text.substring(start, end), TEXT_FONT, WRITTEN));
        }
        flow.getChildren().addAll(pieces);
        return new StepText(node, start, end, pieces, cue, cueColour);
    }

    private Text piece(String content, Font font, Color colour) {
        Text piece = new Text(content);
        piece.setFont(font);
        piece.setFill(colour);
        return piece;
    }

    /** Greys the steps of nodes the replay has not created yet ({@code nodeCount} and beyond). */
    public void setWritten(int nodeCount) {
        if (nodeCount == written) {
            return;
        }
        written = nodeCount;
        for (StepText step : steps) {
            boolean done = step.node() < nodeCount;
            for (Text piece : step.pieces()) {
                piece.setFill(!done ? UNWRITTEN : piece == step.cue() ? step.cueColour() : WRITTEN);
            }
        }
    }

    /** Underlays {@code node}'s step and scrolls it into view; -1 clears. */
    public void select(int node) {
        selected = node;
        StepText step = underlay();
        if (step != null) {
            scrollTo(step);
        }
    }

    /** Draws the underlay of the selected step; returns that step, or null when none is selected. */
    private StepText underlay() {
        highlight.getElements().clear();
        StepText step = find(selected);
        if (step != null) {
            highlight.getElements().addAll(flow.rangeShape(step.start(), step.end()));
        }
        return step;
    }

    /** The node whose step is underlaid, or -1. */
    public int selected() {
        return selected;
    }

    private StepText find(int node) {
        for (StepText step : steps) {
            if (step.node() == node) {
                return step;
            }
        }
        return null;
    }

    private void scrollTo(StepText step) {
        Bounds piece = step.pieces().get(0).getBoundsInParent();
        double contentHeight = flow.getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport || viewport <= 0) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        if (piece.getMinY() >= top && piece.getMaxY() <= top + viewport) {
            return;
        }
        scrollingByProgram = true;
        scroll.setVvalue(Math.max(0, Math.min(1, (piece.getMinY() - viewport / 3) / (contentHeight - viewport))));
        scrollingByProgram = false;
    }

    private void selectStepAtTop() {
        if (scrollingByProgram || steps.isEmpty()) {
            return;
        }
        double contentHeight = flow.getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double top = scroll.getVvalue() * Math.max(0, contentHeight - viewport);
        for (StepText step : steps) {
            if (step.pieces().get(step.pieces().size() - 1).getBoundsInParent().getMaxY() > top) {
                if (step.node() != selected) {
                    onSelect.accept(step.node());
                }
                return;
            }
        }
    }
}
