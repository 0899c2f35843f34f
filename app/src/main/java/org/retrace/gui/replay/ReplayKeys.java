package org.retrace.gui.replay;

import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The window's keys for the replay: Space plays or pauses, arrows step, Home and End jump, + and -
 * change the speed, Ctrl++ and Ctrl+- zoom. A presenter's Space steps instead, Backspace steps
 * back and P plays. Keys typed into a text field are left to it.
 */
public final class ReplayKeys {
    private final ReplayController replay;
    private final DoubleConsumer zoom;
    private final BooleanSupplier presenting;

    /** Keys for {@code replay}; {@code zoom} zooms the view by a factor; {@code presenting} says whether presentation mode is on. */
    public ReplayKeys(ReplayController replay, DoubleConsumer zoom, BooleanSupplier presenting) {
        this.replay = replay;
        this.zoom = zoom;
        this.presenting = presenting;
    }

    /** Handles {@code event} when it is one of these keys, consuming it. */
    public void handle(KeyEvent event) {
        // Alt and a key moves through the tree instead (the window's navigation keys).
        if (event.getTarget() instanceof TextInputControl || replay.trace() == null || event.isAltDown()) {
            return;
        }
        KeyCode code = event.getCode();
        boolean handled;
        if (presenting.getAsBoolean() && (code == KeyCode.SPACE || code == KeyCode.BACK_SPACE || code == KeyCode.P)) {
            handled = presenterKey(code);
        } else if (event.isShortcutDown()) {
            handled = zoomKey(code);
        } else {
            handled = replayKey(code);
        }
        if (handled) {
            event.consume();
        }
    }

    /** A presenter talks through one step at a time: Space steps, P plays. */
    private boolean presenterKey(KeyCode code) {
        switch (code) {
            case SPACE -> replay.stepForward();
            case BACK_SPACE -> replay.stepBack();
            default -> replay.togglePlaying();
        }
        return true;
    }

    /** Ctrl++ and Ctrl+- zoom, whichever key makes '+' on this keyboard; plain + and - set the speed. */
    private boolean zoomKey(KeyCode code) {
        switch (code) {
            case PLUS, EQUALS, ADD -> zoom.accept(1.25);
            case MINUS, SUBTRACT -> zoom.accept(0.8);
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean replayKey(KeyCode code) {
        switch (code) {
            case SPACE -> replay.togglePlaying();
            case RIGHT -> replay.stepForward();
            case LEFT -> replay.stepBack();
            case HOME -> replay.toStart();
            case END -> replay.toEnd();
            case PLUS, EQUALS, ADD -> replay.faster();
            case MINUS, SUBTRACT -> replay.slower();
            default -> {
                return false;
            }
        }
        return true;
    }
}
