package org.retrace.gui.menu;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** Menu items made the one way both menus make them. */
final class MenuItems {
    private MenuItems() {
    }

    /** An item that runs {@code action}, with {@code accelerator} ("Shortcut+O") or none for null. */
    static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }
}
