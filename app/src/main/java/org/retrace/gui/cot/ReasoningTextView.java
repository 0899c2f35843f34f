package org.retrace.gui.cot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.retrace.model.Trace;

/**
 * A chain of thought's text beside its tree, a paragraph per step: its cue word coloured by kind
 * (backtrack red, branch violet, verify blue, conclude green), the selected step underlaid, and
 * the steps the replay has not reached yet in grey, so the tree grows as the text advances.
 * Scrolling the text selects the step at the top of the view. Built once per trace, O(text);
 * a selection or a replay step restyles only what changes.
 */
public final class ReasoningTextView extends BorderPane {
    private static final Color WRITTEN = Color.web("#1f2933");
    private static final Color UNWRITTEN = Color.web("#adb5bd");
    private static final String SELECTED_STYLE = "-fx-background-color: rgba(255, 224, 102, 0.6); "
            + "-fx-background-radius: 3;";
    private static final Map<String, Color> CUE_COLOURS = Map.of("backtrack", Color.web("#e03131"), "branch",
            Color.web("#7048e8"), "verify", Color.web("#1c7ed6"), "conclude", Color.web("#2f9e44"));
    private static final Font TEXT_FONT = Font.font("DejaVu Sans", 13);
    private static final Font CUE_FONT = Font.font("DejaVu Sans", FontWeight.BOLD, 13);

    /** A step's paragraph: its node, the flow that holds it, and its cue piece and colour, if any. */
    private record StepText(int node, TextFlow flow, Text cue, Color cueColour) {
    }

    private final VBox paragraphs = new VBox(8);
    private final ScrollPane scroll;
    private final Label title = new Label("Reasoning");
    private final List<StepText> steps = new ArrayList<>();
    private IntConsumer onSelect = node -> { };
    private StepText selected;
    private int written = Integer.MAX_VALUE;
    private boolean scrollingByProgram;

    public ReasoningTextView() {
        paragraphs.setPadding(new Insets(8));
        scroll = new ScrollPane(paragraphs);
        scroll.setFitToWidth(true);
        scroll.vvalueProperty().addListener((observable, old, value) -> selectStepAtTop());
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

    /** Lays out {@code trace}'s steps; costs O(text + nodes). Ranges outside the text are left out. */
    public void show(Trace trace) {
        String text = trace.info().sourceText();
        int[] utf16 = utf16Offsets(text);
        paragraphs.getChildren().clear();
        steps.clear();
        selected = null;
        written = Integer.MAX_VALUE;
        for (int node = 0; node < trace.nodeCount(); node++) {
            int start = trace.sourceStart(node);
            int end = trace.sourceEnd(node);
            if (start >= 0 && start < end && end < utf16.length) {
                StepText step = stepText(trace, node, text, utf16, start, end);
                steps.add(step);
                paragraphs.getChildren().add(step.flow());
            }
        }
        title.setText("Reasoning: " + steps.size() + " steps");
    }

    /** Where each code point starts in UTF-16, and the text's length last: the trace counts code points. */
    private static int[] utf16Offsets(String text) {
        int[] offsets = new int[text.codePointCount(0, text.length()) + 1];
        int at = 0;
        for (int point = 0; point < offsets.length - 1; point++) {
            offsets[point] = at;
            at += Character.charCount(text.codePointAt(at));
        }
        offsets[offsets.length - 1] = text.length();
        return offsets;
    }

    private StepText stepText(Trace trace, int node, String text, int[] utf16, int startPoint, int endPoint) {
        int start = utf16[startPoint];
        int end = utf16[endPoint];
        TextFlow flow = new TextFlow();
        flow.setLineSpacing(3);
        flow.setPadding(new Insets(2, 4, 2, 4));
        Text cue = null;
        Color cueColour = null;
        Object cueRange = trace.attributes(node).get("cueRange");
        if (cueRange instanceof List<?> range && range.size() == 2 && range.get(0) instanceof Number from
                && range.get(1) instanceof Number to && from.intValue() >= startPoint && to.intValue() <= endPoint
                && from.intValue() < to.intValue()) {
            int cueStart = utf16[from.intValue()];
            int cueEnd = utf16[to.intValue()];
            cueColour = CUE_COLOURS.getOrDefault(trace.kind(node), WRITTEN);
            if (cueStart > start) {
                flow.getChildren().add(piece(text.substring(start, cueStart), TEXT_FONT, WRITTEN));
            }
            cue = piece(text.substring(cueStart, cueEnd), CUE_FONT, cueColour);
            flow.getChildren().add(cue);
            start = cueEnd;
        }
        if (start < end) {
            flow.getChildren().add(piece(text.substring(start, end), TEXT_FONT, WRITTEN));
        }
        return new StepText(node, flow, cue, cueColour);
    }

    private static Text piece(String content, Font font, Color colour) {
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
            for (Node child : step.flow().getChildren()) {
                ((Text) child).setFill(!done ? UNWRITTEN : child == step.cue() ? step.cueColour() : WRITTEN);
            }
        }
    }

    /** Underlays {@code node}'s step and scrolls it into view; -1 or a node without a step clears. */
    public void select(int node) {
        underlay(find(node));
        if (selected != null) {
            scrollTo(selected);
        }
    }

    private void underlay(StepText step) {
        if (selected != null) {
            selected.flow().setStyle("");
        }
        selected = step;
        if (selected != null) {
            selected.flow().setStyle(SELECTED_STYLE);
        }
    }

    /** The node whose step is underlaid, or -1. */
    public int selected() {
        return selected == null ? -1 : selected.node();
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
        Bounds bounds = step.flow().getBoundsInParent();
        double contentHeight = paragraphs.getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport || viewport <= 0) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        if (bounds.getMinY() >= top && bounds.getMaxY() <= top + viewport) {
            return;
        }
        scrollingByProgram = true;
        scroll.setVvalue(Math.max(0, Math.min(1, (bounds.getMinY() - viewport / 3) / (contentHeight - viewport))));
        scrollingByProgram = false;
    }

    private void selectStepAtTop() {
        if (scrollingByProgram || steps.isEmpty()) {
            return;
        }
        double contentHeight = paragraphs.getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double top = scroll.getVvalue() * Math.max(0, contentHeight - viewport);
        for (StepText step : steps) {
            if (step.flow().getBoundsInParent().getMaxY() > top) {
                if (step != selected) {
                    // Underlaid first, so that the window's selection finds it selected and does not scroll back.
                    underlay(step);
                    onSelect.accept(step.node());
                }
                return;
            }
        }
    }
}
