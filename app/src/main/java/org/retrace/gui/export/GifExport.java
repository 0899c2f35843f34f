package org.retrace.gui.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.retrace.export.Figure;
import org.retrace.export.FramePalette;
import org.retrace.export.GifSequence;
import org.retrace.export.ReplayAnimation;
import org.retrace.io.AtomicFiles;
import org.retrace.model.Trace;
import org.retrace.render.Theme;
import org.retrace.render.ViewStyle;

/**
 * File > Export GIF: a stretch of the replay as an animated GIF. Frames are drawn on the JavaFX
 * thread one at a time and encoded on a background thread, so the window stays responsive; a
 * progress dialog counts the frames and can cancel, and a cancelled or failed export leaves no file.
 */
public final class GifExport {
    /** What the window shows: the trace, the view and its size on screen. */
    public record Source(Trace trace, Figure.View view, int width, int height, ViewStyle style) {
    }

    /** The dialog's answers. */
    public record Settings(int from, int to, int fps, int framesPerEvent, boolean loop) {
    }

    private final Window owner;
    private final Supplier<Source> source;
    private final Consumer<String> status;
    private final Consumer<String> problem;
    private Settings last;
    private File lastDirectory;

    public GifExport(Window owner, Supplier<Source> source, Consumer<String> status, Consumer<String> problem) {
        this.owner = owner;
        this.source = source;
        this.status = status;
        this.problem = problem;
    }

    public MenuItem exportMenuItem() {
        MenuItem item = new MenuItem("Export GIF...");
        item.setOnAction(event -> exportInteractively());
        return item;
    }

    /**
     * Starts writing {@code settings}' frames of {@code shown} to {@code target} in the background
     * and returns the task, whose progress counts frames; cancelling it stops between two frames.
     */
    public Task<Path> export(Source shown, Settings settings, Path target) {
        ReplayAnimation.Request request = new ReplayAnimation.Request(shown.view(), shown.width(), shown.height(),
                settings.from(), settings.to(), settings.framesPerEvent(), shown.style());
        int delay = Math.max(2, Math.round(100f / settings.fps()));
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                int total = request.frameCount();
                int[] written = {0};
                AtomicFiles.write(target, out -> {
                    try (GifSequence gif = new GifSequence(out, delay, settings.loop(), FramePalette.of(Theme.standard()))) {
                        ReplayAnimation.render(shown.trace(), request, Theme.standard(), frame -> {
                            if (isCancelled()) {
                                throw new IOException("cancelled");
                            }
                            gif.add(frame);
                            written[0]++;
                            updateProgress(written[0], total);
                            updateMessage(String.format("Frame %,d of %,d", written[0], total));
                        });
                    } catch (IOException | RuntimeException passOn) {
                        throw passOn;
                    } catch (Exception drawing) {
                        throw new IOException("drawing a frame failed: " + drawing.getMessage(), drawing);
                    }
                });
                return target;
            }
        };
        task.setOnSucceeded(event -> status.accept(String.format("Exported %s, %,d frames", target.getFileName(),
                request.frameCount())));
        task.setOnCancelled(event -> status.accept("GIF export cancelled; nothing was written"));
        task.setOnFailed(event -> problem.accept(target + " could not be written: " + task.getException().getMessage()));
        Thread worker = new Thread(task, "gif-export");
        worker.setDaemon(true);
        worker.start();
        return task;
    }

    private void exportInteractively() {
        Source shown = source.get();
        if (shown == null) {
            return;
        }
        Optional<Settings> settings = ask(shown);
        if (settings.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export GIF");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Animated GIF", "*.gif"));
        chooser.setInitialFileName("retrace.gif");
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return;
        }
        lastDirectory = chosen.getParentFile();
        Path target = chosen.getName().toLowerCase(Locale.ROOT).endsWith(".gif") ? chosen.toPath()
                : chosen.toPath().resolveSibling(chosen.getName() + ".gif");
        showProgress(export(shown, settings.get(), target));
    }

    private Optional<Settings> ask(Source shown) {
        int events = shown.trace().timeline().size();
        Settings defaults = last != null && last.to() <= events ? last
                : new Settings(0, events, 8, 1, true);
        Spinner<Integer> from = new Spinner<>(0, events, defaults.from());
        Spinner<Integer> to = new Spinner<>(0, events, defaults.to());
        Spinner<Integer> fps = new Spinner<>(1, 50, defaults.fps());
        Spinner<Integer> framesPerEvent = new Spinner<>(1, 30, defaults.framesPerEvent());
        for (Spinner<Integer> spinner : List.of(from, to, fps, framesPerEvent)) {
            spinner.setEditable(true);
        }
        CheckBox loop = new CheckBox("Loop");
        loop.setSelected(defaults.loop());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("From event:"), from);
        form.addRow(1, new Label("To event:"), to);
        form.addRow(2, new Label("Frames per second:"), fps);
        form.addRow(3, new Label("Frames per event:"), framesPerEvent);
        form.addRow(4, new Label(""), loop);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export GIF");
        dialog.setHeaderText(String.format("The replay as the %s view shows it, %d x %d pixels per frame.",
                shown.view().name().toLowerCase(Locale.ROOT), shown.width(), shown.height()));
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != ButtonType.OK) {
            return Optional.empty();
        }
        for (Spinner<Integer> spinner : List.of(from, to, fps, framesPerEvent)) {
            commitTypedValue(spinner);
        }
        int first = Math.min(from.getValue(), to.getValue());
        int lastEvent = Math.max(from.getValue(), to.getValue());
        last = new Settings(first, lastEvent, fps.getValue(), framesPerEvent.getValue(), loop.isSelected());
        return Optional.of(last);
    }

    /**
     * An editable spinner takes typed text only on Enter; a number typed before pressing OK would
     * otherwise be lost. Text that is not a number leaves the value as it was.
     */
    private static void commitTypedValue(Spinner<Integer> spinner) {
        try {
            spinner.getValueFactory().setValue(Integer.parseInt(spinner.getEditor().getText().trim()));
        } catch (NumberFormatException notANumber) {
            spinner.getEditor().setText(Integer.toString(spinner.getValue()));
        }
    }

    private void showProgress(Task<Path> task) {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(320);
        bar.progressProperty().bind(task.progressProperty());
        Label frames = new Label();
        frames.textProperty().bind(task.messageProperty());
        Alert progress = new Alert(Alert.AlertType.NONE);
        progress.initOwner(owner);
        progress.setTitle("Exporting GIF");
        progress.setHeaderText("Writing the animation...");
        progress.getDialogPane().setContent(new VBox(8, bar, frames));
        progress.getButtonTypes().setAll(ButtonType.CANCEL);
        progress.setOnHidden(event -> {
            if (task.isRunning()) {
                task.cancel();
            }
        });
        task.runningProperty().addListener((observable, was, running) -> {
            if (!running) {
                progress.close();
            }
        });
        progress.show();
    }
}
