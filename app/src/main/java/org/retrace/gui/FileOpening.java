package org.retrace.gui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuItem;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.retrace.demo.VariantComparison;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFiles;
import org.retrace.format.TraceReader;
import org.retrace.gui.menu.FileMenu;
import org.retrace.gui.loading.BackgroundLoading;
import org.retrace.gui.settings.CueFiles;
import org.retrace.gui.settings.RecentFiles;
import org.retrace.model.Trace;

/**
 * Opening traces into the window: files (chosen, recent, dropped, the bundled samples), a file's
 * several records through the record picker, demos, and saving what is shown. Files load on a
 * background thread with progress and Cancel, so the window never freezes; a file that cannot be
 * read gets a dialog with its reason and position, and the trace shown before stays open.
 */
final class FileOpening implements FileMenu.Commands {
    private final Stage stage;
    private final TraceViews views;
    private final StatusLine statusLine;
    private final RecentFiles recentFiles;
    private final CueFiles cueFiles;
    private final BiConsumer<String, String> problem;
    private final ComboBox<String> recordPicker = new ComboBox<>();
    private final BackgroundLoading<LoadedTraces> loading = new BackgroundLoading<>(new BackgroundLoading.Listener<>() {
        @Override
        public void started(Path file, ObservableValue<? extends Number> fraction) {
            statusLine.setOnCancel(FileOpening.this::cancelLoad);
            statusLine.loading("Loading " + file.getFileName() + "...", fraction);
        }

        @Override
        public void ended() {
            statusLine.loaded();
            views.showStatus();
        }

        @Override
        public void loaded(Path file, LoadedTraces traces) {
            show(file, traces);
        }

        @Override
        public void failed(String description) {
            problem.accept("This file cannot be opened", description);
        }
    });
    private FileMenu fileMenu;
    private LoadedTraces shownFile;
    private Path shownPath;
    /** The record to show once the file loading now has loaded, or null for its first. */
    private String wantedRecord;
    private Records records = new Records() {
        @Override
        public void opened(Path file, LoadedTraces loaded) {
        }

        @Override
        public void shown(Path file, String name) {
        }
    };
    /** Whether the file being loaded goes into Open Recent. */
    private boolean rememberNextLoad;
    private boolean fillingPicker;
    private Runnable beforeOpening = () -> { };
    private final List<BiConsumer<Path, Trace>> displayed = new ArrayList<>();

    /** Opens into {@code views}; {@code problem} shows a header and a reason in a dialog. */
    FileOpening(Stage stage, TraceViews views, StatusLine statusLine, RecentFiles recentFiles,
            BiConsumer<String, String> problem) {
        this.stage = stage;
        this.views = views;
        this.statusLine = statusLine;
        this.recentFiles = recentFiles;
        this.cueFiles = new CueFiles(recentFiles.settingsDirectory());
        this.problem = problem;
        recordPicker.setId("records");
        recordPicker.setPromptText("Record");
        recordPicker.setOnAction(event -> pickRecord());
        recordPicker.setVisible(false);
        recordPicker.setManaged(false);
    }

    /** The File menu, with {@code following}, the solver receiver's {@code listening} items and the {@code exports}. */
    FileMenu fileMenu(FileMenu.Datasets datasets, FileMenu.Following following, List<MenuItem> listening,
            List<MenuItem> exports) {
        fileMenu = new FileMenu(stage, recentFiles, Samples.NAMES, this, datasets, following, listening, exports);
        return fileMenu;
    }

    /** What is told of a file of several records: that it opened, and which record is shown. */
    interface Records {
        void opened(Path file, LoadedTraces loaded);

        void shown(Path file, String name);
    }

    void setRecords(Records listener) {
        records = listener;
    }

    /** Opens {@code file} (a file of several records) and shows its record named {@code name}. */
    void openRecord(Path file, String name) {
        if (file.equals(shownPath) && shownFile != null) {
            showRecord(name);
            return;
        }
        load(file, true, false);
        wantedRecord = name;
    }

    /** Runs {@code action} before anything else is opened: a followed file stops being followed. */
    void setBeforeOpening(Runnable action) {
        beforeOpening = action;
    }

    /** The toolbar's picker of a file's records, shown only for a file that holds several. */
    ComboBox<String> recordPicker() {
        return recordPicker;
    }

    @Override
    public void open(Path file) {
        load(file, true, false);
    }

    @Override
    public void openAsReasoning(Path file) {
        load(file, true, true);
    }

    @Override
    public void openSample(String name) {
        try {
            load(Samples.extract(name), false, false);
        } catch (IOException missing) {
            problem.accept("This file cannot be opened", "The sample " + name + " could not be opened: "
                    + missing.getMessage());
        }
    }

    private void load(Path file, boolean remember, boolean asReasoning) {
        beforeOpening.run();
        wantedRecord = null;
        rememberNextLoad = remember;
        loading.load(file, (path, progress) -> asReasoning ? cueFiles.reasoningReader().read(path, progress)
                : TraceFiles.load(path, progress, cueFiles.readers()));
    }

    /** The readers to try first: the chain-of-thought readers with the user's cue files. */
    List<TraceReader> readers() throws IOException {
        return cueFiles.readers();
    }

    void cancelLoad() {
        loading.cancel();
    }

    private void show(Path file, LoadedTraces loaded) {
        statusLine.sayLive("");
        showRecords(loaded);
        shownPath = file;
        display(file.getFileName().toString(), loaded.first(), loaded.format());
        if (shownFile != null) {
            records.opened(file, loaded);
            if (wantedRecord != null) {
                showRecord(wantedRecord);
            }
            records.shown(file, views.trace().info().name());
        }
        if (!loaded.warnings().isEmpty()) {
            Alert warning = new Alert(Alert.AlertType.WARNING, String.join("\n", loaded.warnings()));
            warning.setHeaderText("Loaded with warnings");
            warning.show();
        }
        if (rememberNextLoad) {
            remember(file);
        }
        views.replay().play();
    }

    /** Shows {@code trace} under {@code title}, as read from {@code format}. */
    void display(String title, Trace trace, String format) {
        views.display(trace, format);
        stage.setTitle(title + " - Retrace");
        displayed.forEach(listener -> listener.accept(shownPath, trace));
    }

    /** Calls {@code listener} with each trace shown and the file it was read from (null for a demo's). */
    void addOnDisplayed(BiConsumer<Path, Trace> listener) {
        displayed.add(listener);
    }

    /** Offers the traces of a file that holds several (the records of a chain-of-thought file, say) in the toolbar. */
    void showRecords(LoadedTraces loaded) {
        shownFile = loaded.traces().size() > 1 ? loaded : null;
        shownPath = null;
        // Filling the picker is not the user picking: the caller shows the record it wants.
        fillingPicker = true;
        recordPicker.getItems().setAll(loaded.traces().stream().map(each -> each.info().name()).toList());
        recordPicker.getSelectionModel().select(0);
        fillingPicker = false;
        recordPicker.setVisible(shownFile != null);
        recordPicker.setManaged(shownFile != null);
    }

    private void pickRecord() {
        if (fillingPicker) {
            return;
        }
        int index = recordPicker.getSelectionModel().getSelectedIndex();
        if (shownFile != null && index >= 0 && shownFile.traces().get(index) != views.trace()) {
            Trace picked = shownFile.traces().get(index);
            display(picked.info().name(), picked, shownFile.format());
            views.replay().play();
            if (shownPath != null) {
                // A file's record; a demo's runs come from no file.
                records.shown(shownPath, picked.info().name());
            }
        }
    }

    /** Shows the record named {@code name} of the file shown, through the picker, which then shows it too. */
    private void showRecord(String name) {
        for (int index = 0; index < shownFile.traces().size(); index++) {
            if (shownFile.traces().get(index).info().name().equals(name)) {
                recordPicker.getSelectionModel().select(index);
                pickRecord();
                return;
            }
        }
    }

    /** Shows a demo's runs, the first on display and the others in the record picker, replayed at {@code eventsPerSecond}. */
    void replayDemo(String title, List<Trace> runs, double eventsPerSecond) {
        beforeOpening.run();
        showRecords(new LoadedTraces(runs, "demo", List.of()));
        display(title, runs.get(0), "demo");
        views.replay().speedProperty().set(eventsPerSecond);
        views.replay().play();
        statusLine.sayLive(runs.size() > 1 ? String.join("   |   ", VariantComparison.summary(runs)) : "");
    }

    /** Puts {@code file} first in Open Recent. */
    void remember(Path file) {
        try {
            recentFiles.add(file);
        } catch (IOException unwritable) {
            statusLine.say("Could not save the recent-files list: " + unwritable.getMessage());
        }
        if (fileMenu != null) {
            fileMenu.refreshRecent();
        }
    }

    @Override
    public void saveAs() {
        Trace trace = views.trace();
        if (trace == null) {
            return;
        }
        try {
            Path saved = TraceSaving.saveInteractively(stage, trace);
            if (saved != null) {
                statusLine.say(String.format("Saved %s: %,d nodes, %,d events", saved.getFileName(),
                        trace.nodeCount(), trace.timeline().size()));
            }
        } catch (IOException unwritable) {
            problem.accept("The trace was not saved", unwritable.getMessage());
        }
    }

    /** Opens the first file dropped on {@code scene}. */
    void acceptDroppedFiles(Scene scene) {
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().getFiles();
            if (!files.isEmpty()) {
                open(files.get(0).toPath());
            }
            event.setDropCompleted(!files.isEmpty());
            event.consume();
        });
    }
}
