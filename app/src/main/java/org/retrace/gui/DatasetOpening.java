package org.retrace.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.scene.control.Tab;
import org.retrace.dataset.DatasetReading;
import org.retrace.dataset.TraceRow;
import org.retrace.format.LoadedTraces;
import org.retrace.gui.dataset.DatasetView;
import org.retrace.gui.loading.BackgroundLoading;

/**
 * The Dataset tab and what fills it: a file of many records or a folder of files read in the
 * background, rows shown as they come, with progress and Cancel; a file of several records opened
 * as a trace fills it too. A double-click on a row opens its trace, and the row of the record on
 * show stays selected, whichever way it was picked.
 */
final class DatasetOpening {
    /** Rows handed to the window together: often enough to watch, rarely enough to stay smooth. */
    private static final int ROWS_PER_UPDATE = 200;

    private final DatasetView view = new DatasetView();
    private final Tab tab = new Tab("Dataset", view);
    private final TraceViews views;
    private final FileOpening opening;
    private final StatusLine statusLine;
    private final BackgroundLoading<DatasetReading.Result> loading;
    private Path shown;

    DatasetOpening(TraceViews views, FileOpening opening, StatusLine statusLine, BiConsumer<String, String> problem) {
        this.views = views;
        this.opening = opening;
        this.statusLine = statusLine;
        tab.setId("dataset-tab");
        views.addTab(tab);
        view.setOnOpen(this::open);
        tab.setOnSelectionChanged(event -> views.setSidePanelsShown(!tab.isSelected()));
        loading = new BackgroundLoading<>(new BackgroundLoading.Listener<>() {
            @Override
            public void started(Path file, ObservableValue<? extends Number> fraction) {
                statusLine.setOnCancel(loading::cancel);
                statusLine.loading("Reading the dataset " + file.getFileName() + "...", fraction);
            }

            @Override
            public void ended() {
                statusLine.loaded();
            }

            @Override
            public void loaded(Path file, DatasetReading.Result result) {
                view.finished();
                statusLine.say(String.format(Locale.ROOT, "Dataset %s: %,d traces from %,d file%s", file.getFileName(),
                        result.rows(), result.files(), result.files() == 1 ? "" : "s"));
                if (!result.problems().isEmpty()) {
                    Alert warning = new Alert(Alert.AlertType.WARNING, String.join("\n", result.problems()));
                    warning.setHeaderText("Some files of the dataset could not be read");
                    warning.show();
                }
            }

            @Override
            public void failed(String description) {
                view.finished();
                problem.accept("This dataset cannot be read", description);
            }
        });
        opening.setRecords(new FileOpening.Records() {
            @Override
            public void opened(Path file, LoadedTraces loaded) {
                if (!file.equals(shown) && (file.getParent() == null || !file.getParent().equals(shown))) {
                    showTraces(file, loaded);
                }
            }

            @Override
            public void shown(Path file, String name) {
                view.select(file.getFileName().toString(), name);
            }
        });
    }

    /** Reads {@code fileOrFolder} as a dataset in the background, showing the Dataset tab. */
    void openDataset(Path fileOrFolder) {
        shown = fileOrFolder;
        view.clear();
        views.showTab(tab);
        loading.load(fileOrFolder, (path, progress) -> {
            List<TraceRow> batch = new ArrayList<>();
            DatasetReading.Result result = DatasetReading.read(path, opening.readers(), progress, row -> {
                batch.add(row);
                if (batch.size() == ROWS_PER_UPDATE) {
                    publish(batch);
                }
            });
            publish(batch);
            return result;
        });
    }

    private void publish(List<TraceRow> batch) {
        List<TraceRow> rows = List.copyOf(batch);
        batch.clear();
        Platform.runLater(() -> view.addRows(rows));
    }

    /** Fills the tab with the traces of a file of several records, just opened. */
    private void showTraces(Path file, LoadedTraces loaded) {
        shown = file;
        view.clear();
        view.addRows(loaded.traces().stream()
                .map(trace -> TraceRow.of(trace, file.getFileName().toString(), loaded.format())).toList());
        view.finished();
    }

    /** Opens the trace of {@code row}, from the dataset's file or from its file in the dataset's folder. */
    private void open(TraceRow row) {
        Path file = Files.isDirectory(shown) ? shown.resolve(row.source()) : shown;
        opening.openRecord(file, row.trace());
    }

    /** Stops a reading under way, for when the window goes away. */
    void stop() {
        loading.cancel();
    }

    /** The dataset shown: a file or a folder; null before one is. */
    Path shown() {
        return shown;
    }

    DatasetView view() {
        return view;
    }
}
