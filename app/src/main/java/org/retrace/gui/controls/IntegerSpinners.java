package org.retrace.gui.controls;

import javafx.scene.control.Spinner;

/** Editable number spinners, whose typed text counts only once committed. */
public final class IntegerSpinners {
    private IntegerSpinners() {
    }

    /**
     * Takes what was typed into {@code spinner} as its value, clamped to its range; text that is no
     * number is put back to the value it had. Returns the value.
     */
    public static int commit(Spinner<Integer> spinner) {
        try {
            spinner.increment(0);
        } catch (NumberFormatException notANumber) {
            spinner.getEditor().setText(String.valueOf(spinner.getValue()));
        }
        return spinner.getValue();
    }
}
