package org.retrace.gui.live;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * One window that gathers what went wrong with live input, source by source, so that a solver
 * sending a thousand broken frames opens one window, not a thousand; it does not block the view.
 */
public final class LiveProblemsWindow {
    private final Window owner;
    /** The most lines listed: past them the window says so once, and stays light. */
    private static final int MAX_LINES = 1000;

    private final TextArea lines = new TextArea();
    private Alert window;
    private int listed;

    public LiveProblemsWindow(Window owner) {
        this.owner = owner;
        lines.setEditable(false);
        lines.setWrapText(true);
    }

    /** Adds {@code problems} of {@code source} and shows the window if it is hidden. */
    public void add(String source, List<String> problems) {
        if (window == null) {
            window = new Alert(Alert.AlertType.WARNING);
            window.initOwner(owner);
            window.initModality(Modality.NONE);
            window.setHeaderText("Problems in the live input (what arrived around them is kept)");
            window.getDialogPane().setContent(lines);
        }
        for (String problem : problems) {
            if (listed < MAX_LINES) {
                lines.appendText(source + ": " + problem + "\n");
            } else if (listed == MAX_LINES) {
                lines.appendText("More problems are not listed here.\n");
            }
            listed++;
        }
        if (!window.isShowing()) {
            window.show();
        }
    }
}
