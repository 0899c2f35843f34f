package org.retrace.gui.replay;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * The line under the tree that says what the last event did. It takes at most
 * {@value #COLLAPSED_LINES} lines, so that a long observation or thought cannot push the tree out of
 * the window; a longer text ends in an ellipsis and a "more" link shows the rest, "less" folds it
 * again. The fold stays as chosen while the replay moves on.
 */
public final class NarrationBar extends BorderPane {
    static final int COLLAPSED_LINES = 3;
    private static final String STYLE = "-fx-font-size: 15px; -fx-padding: 6 10 6 10;";
    private static final String LARGE_STYLE = "-fx-font-size: 24px; -fx-padding: 10 16 10 16;";

    private final Label line = new Label();
    private final Hyperlink toggle = new Hyperlink("more");
    private final Text probe = new Text();
    private boolean expanded;

    public NarrationBar() {
        line.setId("narration");
        line.setWrapText(true);
        line.setMaxWidth(Double.MAX_VALUE);
        toggle.setId("narration-more");
        toggle.setFocusTraversable(false);
        toggle.setOnAction(event -> {
            expanded = !expanded;
            fold();
        });
        BorderPane.setAlignment(toggle, Pos.BOTTOM_RIGHT);
        BorderPane.setMargin(toggle, new Insets(0, 8, 2, 0));
        setStyle("-fx-background-color: #fff9db;");
        line.setStyle(STYLE);
        setCenter(line);
        setRight(toggle);
        widthProperty().addListener((observable, old, width) -> fold());
        line.fontProperty().addListener((observable, old, font) -> fold());
        fold();
    }

    /** The label itself, for its style and for tests. */
    public Label label() {
        return line;
    }

    /** Large text for presentation mode, or the usual size. */
    public void setLarge(boolean large) {
        line.setStyle(large ? LARGE_STYLE : STYLE);
    }

    public void setText(String text) {
        line.setText(text);
        fold();
    }

    public String getText() {
        return line.getText();
    }

    /** Whether the whole text is shown, past {@value #COLLAPSED_LINES} lines. */
    public boolean isExpanded() {
        return expanded;
    }

    /** Limits the label to its lines, and shows the toggle only when the text needs more. */
    private void fold() {
        probe.setFont(line.getFont());
        probe.setText("X");
        double lineHeight = probe.getLayoutBounds().getHeight();
        Insets padding = line.getPadding() == null ? Insets.EMPTY : line.getPadding();
        double width = getWidth() - toggleWidth() - padding.getLeft() - padding.getRight();
        probe.setText(line.getText() == null ? "" : line.getText());
        probe.setWrappingWidth(Math.max(1, width));
        boolean overflows = width > 0 && probe.getLayoutBounds().getHeight() > COLLAPSED_LINES * lineHeight + 1;
        toggle.setVisible(overflows);
        toggle.setManaged(overflows);
        toggle.setText(expanded ? "less" : "more");
        double collapsed = COLLAPSED_LINES * lineHeight + padding.getTop() + padding.getBottom();
        line.setMaxHeight(expanded || !overflows ? Region.USE_PREF_SIZE : collapsed);
        line.setMinHeight(expanded || !overflows ? Region.USE_PREF_SIZE : collapsed);
    }

    /** The toggle's room, counted whether it shows or not, so that showing it cannot change the verdict. */
    private double toggleWidth() {
        return toggle.prefWidth(-1) + 8;
    }
}
