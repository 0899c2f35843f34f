package org.retrace.gui.about;

import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.retrace.version.RetraceVersion;

/**
 * Help > About Retrace: which Retrace this is, on which Java and JavaFX, and where its settings
 * live, with a button that copies it all for a bug report.
 */
public final class AboutDialog {
    /** The button that copies the facts; pressing it leaves the dialog open. */
    public static final ButtonType COPY = new ButtonType("Copy", ButtonBar.ButtonData.LEFT);

    private AboutDialog() {
    }

    /** The facts the dialog shows, one a line. */
    public static String facts(Path settings) {
        return String.join("\n", RetraceVersion.describe()) + "\nSettings: " + settings;
    }

    /** Shows the dialog over {@code owner}, without waiting for it to close. */
    public static Alert show(Window owner, Path settings) {
        String facts = facts(settings);
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle("About Retrace");
        about.setHeaderText("Retrace\nReplays how programs search: reasoning, solvers, video memories");
        about.setGraphic(new ImageView(new Image(AboutDialog.class.getResource("/org/retrace/icons/retrace-64.png")
                .toExternalForm())));
        Label shown = new Label(facts);
        shown.setId("about-facts");
        // A dialog would otherwise cut the facts to their first line.
        shown.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        about.getDialogPane().setContent(shown);
        about.getButtonTypes().add(COPY);
        about.getDialogPane().lookupButton(COPY).addEventFilter(ActionEvent.ACTION, pressed -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(facts);
            Clipboard.getSystemClipboard().setContent(content);
            pressed.consume();
        });
        about.show();
        return about;
    }
}
