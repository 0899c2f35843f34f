package org.retrace.gui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The JavaFX application: one main window, on the file given or on the first bundled sample. */
public final class RetraceApplication extends Application {
    /** Starts JavaFX and opens the window on {@code args[0]}, or on the first bundled sample. */
    public static void open(String[] args) {
        Application.launch(RetraceApplication.class, args);
    }

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        for (int size : new int[] {16, 32, 64, 256}) {
            stage.getIcons().add(new Image(RetraceApplication.class.getResource(
                    "/org/retrace/icons/retrace-" + size + ".png").toExternalForm()));
        }
        window = new MainWindow(stage);
        List<String> arguments = getParameters().getRaw();
        if (arguments.isEmpty()) {
            window.loadSample(Samples.NAMES.get(0));
        } else {
            window.load(Path.of(arguments.get(0)));
        }
    }

    /** The window went away: its receiver's port is freed and its background work ends. */
    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
