package org.retrace.gui.export;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.retrace.export.PngFiles;
import org.retrace.io.AtomicFiles;

/**
 * File > Export PNG, Export SVG and Copy view as image. The picture is drawn on the JavaFX thread (one frame,
 * a few milliseconds) and encoded and written on a background thread, so the window stays
 * responsive while a 4x figure of a large view is compressed. The last choices are remembered for
 * the next export.
 */
public final class PictureExport {
    /** Where the pictures come from: the view as it is on screen, or the whole trace fitted to it. */
    public interface Pictures {
        /** Null when no trace is open. */
        WritableImage currentView(double scale);

        /** Null when no trace is open. */
        WritableImage wholeTrace(double scale);

        /** The view as shown, as an SVG document; null when no trace is open. */
        String currentViewSvg();

        /** The whole trace fitted to the view, as an SVG document; null when no trace is open. */
        String wholeTraceSvg();
    }

    /** What the dialog asked for. */
    private record Choice(boolean wholeTrace, int scale) {
    }

    private static final List<String> SCALES = List.of("1x", "2x", "3x", "4x");
    private static final String CURRENT_VIEW = "The view as shown";
    private static final String WHOLE_TRACE = "The whole trace";

    private final Window owner;
    private final Pictures pictures;
    private final Consumer<String> status;
    private final Consumer<String> problem;
    private String lastWhat = CURRENT_VIEW;
    private String lastScale = "2x";
    private File lastDirectory;

    /** {@code status} shows a line in the status bar; {@code problem} shows an error dialog. */
    public PictureExport(Window owner, Pictures pictures, Consumer<String> status, Consumer<String> problem) {
        this.owner = owner;
        this.pictures = pictures;
        this.status = status;
        this.problem = problem;
    }

    public MenuItem exportMenuItem() {
        MenuItem item = new MenuItem("Export PNG...");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        item.setOnAction(event -> exportInteractively());
        return item;
    }

    public MenuItem exportSvgMenuItem() {
        MenuItem item = new MenuItem("Export SVG...");
        item.setOnAction(event -> exportSvgInteractively());
        return item;
    }

    public MenuItem copyMenuItem() {
        MenuItem item = new MenuItem("Copy view as image");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        item.setOnAction(event -> copyView());
        return item;
    }

    /** Puts the view as shown on the clipboard as an image; returns whether there was one. */
    public boolean copyView() {
        WritableImage picture = pictures.currentView(1);
        if (picture == null) {
            return false;
        }
        ClipboardContent content = new ClipboardContent();
        content.putImage(picture);
        Clipboard.getSystemClipboard().setContent(content);
        status.accept(String.format("Copied the view, %d x %d pixels", (int) picture.getWidth(),
                (int) picture.getHeight()));
        return true;
    }

    /**
     * Draws the chosen picture now and writes it to {@code target} in the background. The future
     * completes with the target once the file is whole, or exceptionally with the reason it is not.
     */
    public CompletableFuture<Path> export(Path target, boolean wholeTrace, double scale) {
        WritableImage picture = wholeTrace ? pictures.wholeTrace(scale) : pictures.currentView(scale);
        if (picture == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no trace is open"));
        }
        return writeInBackground(target, () -> PngFiles.write(picture, target), String.format(
                "Exported %s, %d x %d pixels", target.getFileName(), (int) picture.getWidth(),
                (int) picture.getHeight()));
    }

    /**
     * Writes the chosen picture as SVG to {@code target} in the background, as {@link #export}
     * does for PNG; the document is made on the JavaFX thread (one frame).
     */
    public CompletableFuture<Path> exportSvg(Path target, boolean wholeTrace) {
        String document = wholeTrace ? pictures.wholeTraceSvg() : pictures.currentViewSvg();
        if (document == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no trace is open"));
        }
        return writeInBackground(target,
                () -> AtomicFiles.write(target, out -> out.write(document.getBytes(StandardCharsets.UTF_8))),
                String.format("Exported %s, %,d bytes", target.getFileName(), document.length()));
    }

    /** What writes an export's file. */
    @FunctionalInterface
    private interface FileWrite {
        void run() throws IOException;
    }

    /** Runs {@code write} off the JavaFX thread, then says {@code done} in the status bar or shows why it failed. */
    private CompletableFuture<Path> writeInBackground(Path target, FileWrite write, String done) {
        status.accept("Writing " + target.getFileName() + "...");
        return CompletableFuture.supplyAsync(() -> {
            try {
                write.run();
                return target;
            } catch (IOException unwritable) {
                throw new UncheckedIOException(unwritable);
            }
        }).whenComplete((written, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                status.accept(done);
            } else {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                problem.accept(target + " could not be written: " + cause.getMessage());
            }
        }));
    }

    private void exportInteractively() {
        Optional<Choice> choice = askWhatAndScale("Export PNG", true);
        Path target = choice.isEmpty() ? null : chooseTarget("Export PNG", "PNG image", "png");
        if (target != null) {
            export(target, choice.get().wholeTrace(), choice.get().scale());
        }
    }

    private void exportSvgInteractively() {
        Optional<Choice> choice = askWhatAndScale("Export SVG", false);
        Path target = choice.isEmpty() ? null : chooseTarget("Export SVG", "SVG drawing", "svg");
        if (target != null) {
            exportSvg(target, choice.get().wholeTrace());
        }
    }

    /** The file the user picks, with {@code extension} added if missing; null when cancelled. */
    private Path chooseTarget(String title, String kind, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*." + extension));
        chooser.setInitialFileName("retrace." + extension);
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return null;
        }
        lastDirectory = chosen.getParentFile();
        return chosen.getName().toLowerCase(Locale.ROOT).endsWith("." + extension) ? chosen.toPath()
                : chosen.toPath().resolveSibling(chosen.getName() + "." + extension);
    }

    private Optional<Choice> askWhatAndScale(String title, boolean withScale) {
        ChoiceBox<String> what = new ChoiceBox<>();
        what.getItems().addAll(CURRENT_VIEW, WHOLE_TRACE);
        what.setValue(lastWhat);
        ChoiceBox<String> scale = new ChoiceBox<>();
        scale.getItems().addAll(SCALES);
        scale.setValue(lastScale);
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Picture:"), what);
        if (withScale) {
            form.addRow(1, new Label("Scale:"), scale);
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(withScale ? "A 2x picture stays sharp in print and on high-density screens."
                : "Shapes stay shapes and labels stay text, for Inkscape, Illustrator or a browser.");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != ButtonType.OK) {
            return Optional.empty();
        }
        lastWhat = what.getValue();
        lastScale = scale.getValue();
        return Optional.of(new Choice(WHOLE_TRACE.equals(lastWhat), SCALES.indexOf(lastScale) + 1));
    }
}
