package org.retrace.io;

import java.nio.file.Path;

/** Where Retrace keeps what the user made that belongs to no trace file: settings, recent files, notes. */
public final class SettingsFolder {
    private SettingsFolder() {
    }

    /** The settings folder: $RETRACE_CONFIG, else $XDG_CONFIG_HOME/retrace, else ~/.config/retrace. */
    public static Path standard() {
        String explicit = System.getenv("RETRACE_CONFIG");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("retrace");
    }
}
