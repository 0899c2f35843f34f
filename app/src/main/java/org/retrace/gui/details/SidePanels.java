package org.retrace.gui.details;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.retrace.gui.cot.ReasoningTextView;
import org.retrace.gui.state.StatePanel;
import org.retrace.model.Trace;
import org.retrace.render.ShownTrace;

/**
 * The column beside the tree: a chain of thought's text (for traces that have one), the selected
 * node's details, and the board or state of the node under the cursor (for traces that have
 * one). Each shows the trace at the replay's position, as the {@link ShownTrace} holds it.
 */
public final class SidePanels extends SplitPane {
    private final TextArea details = new TextArea();
    private final StatePanel statePanel = new StatePanel();
    private final ReasoningTextView reasoningView = new ReasoningTextView();
    private IntFunction<String> extraDetails = node -> "";

    /** The panels, with {@code onSelect} called when a step is picked in the reasoning text. */
    public SidePanels(IntConsumer onSelect) {
        super();
        details.setEditable(false);
        details.setWrapText(true);
        details.setId("details");
        reasoningView.setOnSelect(onSelect);
        setOrientation(Orientation.VERTICAL);
        getItems().add(details);
    }

    /** Shows the panels {@code trace} has: the reasoning text and the state panel only where they apply. */
    public void show(Trace trace) {
        if (ReasoningTextView.canShow(trace)) {
            reasoningView.show(trace);
            if (!getItems().contains(reasoningView)) {
                getItems().add(0, reasoningView);
                setDividerPositions(0.7);
            }
        } else {
            getItems().remove(reasoningView);
        }
        if (StatePanel.canShow(trace)) {
            statePanel.setTrace(trace);
            if (!getItems().contains(statePanel)) {
                getItems().add(statePanel);
                setDividerPositions(0.35);
            }
        } else {
            getItems().remove(statePanel);
        }
    }

    /** Brings every panel to the shown position; the state panel shows {@code current}, the node the last event touched. */
    public void follow(ShownTrace shown, int current) {
        if (getItems().contains(reasoningView)) {
            reasoningView.setWritten(shown.scene().state().nodeCount());
        }
        if (getItems().contains(statePanel)) {
            statePanel.show(current, shown.scene().state());
        }
        showDetails(shown, shown.scene().selected());
    }

    /** Shows {@code node} (or nothing for -1) as selected, at the shown position. */
    public void select(ShownTrace shown, int node) {
        showDetails(shown, node);
        if (node >= 0 && getItems().contains(statePanel)) {
            statePanel.show(node, shown.scene().state());
        }
        if (getItems().contains(reasoningView) && reasoningView.selected() != node) {
            reasoningView.select(node);
        }
    }

    /**
     * The details of {@code node} as they stand at the replay's position. Called at every position
     * change, so the text area is only touched when the text changed: laying out a long step's text
     * sixty times a second would stall the replay.
     */
    private void showDetails(ShownTrace shown, int node) {
        String extra = node < 0 ? "" : extraDetails.apply(node);
        // A person's notes come first: they are what an annotator looks for, above a long step's text.
        String text = node < 0 ? "" : (extra.isEmpty() ? "" : extra + "\n\n")
                + NodeDetails.describe(shown.trace(), shown.scene().state(), node);
        if (!text.equals(details.getText())) {
            details.setText(text);
        }
    }

    /** Puts what {@code extra} says of a node (a person's notes on it) above its details. */
    public void setExtraDetails(IntFunction<String> extra) {
        extraDetails = extra;
    }

    /** Shows or hides the details, which presentation mode leaves out. */
    public void showDetails(boolean shown) {
        if (!shown) {
            getItems().remove(details);
        } else if (!getItems().contains(details)) {
            getItems().add(getItems().contains(reasoningView) ? 1 : 0, details);
            setDividerPositions(0.35);
        }
    }

    public boolean detailsShown() {
        return getItems().contains(details);
    }

    public StatePanel statePanel() {
        return statePanel;
    }

    public ReasoningTextView reasoningView() {
        return reasoningView;
    }
}
