package org.retrace.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Tab;
import org.retrace.dataset.TraceRow;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFiles;
import org.retrace.format.TraceFormatException;
import org.retrace.format.bak.BakTraceReader;
import org.retrace.format.vbc.VbcTraceReader;
import org.retrace.gui.compare.CompareView;
import org.retrace.gui.loading.BackgroundLoading;
import org.retrace.model.Trace;

/**
 * The Compare tab and what fills it: two rows of a dataset, or the trace on display and the first
 * of another file, loaded in the background with progress and Cancel.
 */
final class ComparisonOpening {
    /** The two runs loaded, and whether they are solver trees (matched by branch position). */
    private record Runs(Trace a, Trace b, boolean solverTrees) {
    }

    private final CompareView view = new CompareView();
    private final Tab tab = new Tab("Compare", view);
    private final TraceViews views;
    private final FileOpening opening;
    private final BackgroundLoading<Runs> loading;

    ComparisonOpening(TraceViews views, FileOpening opening, StatusLine statusLine, BiConsumer<String, String> problem) {
        this.views = views;
        this.opening = opening;
        tab.setId("compare-tab");
        views.addTab(tab);
        tab.setOnSelectionChanged(event -> views.setSidePanelsShown(!tab.isSelected()));
        loading = new BackgroundLoading<>(new BackgroundLoading.Listener<>() {
            @Override
            public void started(Path file, ObservableValue<? extends Number> fraction) {
                statusLine.setOnCancel(loading::cancel);
                statusLine.loading("Loading the runs to compare...", fraction);
            }

            @Override
            public void ended() {
                statusLine.loaded();
            }

            @Override
            public void loaded(Path file, Runs runs) {
                view.show(runs.a(), runs.b(), runs.solverTrees());
                views.showTab(tab);
                statusLine.say("Compared " + runs.a().info().name() + " with " + runs.b().info().name());
            }

            @Override
            public void failed(String description) {
                problem.accept("These runs cannot be compared", description);
            }
        });
    }

    /** Compares the traces of two dataset rows, read from the dataset at {@code dataset} (a file or a folder). */
    void compareRows(TraceRow first, TraceRow second, Path dataset) {
        Path fileA = Files.isDirectory(dataset) ? dataset.resolve(first.source()) : dataset;
        Path fileB = Files.isDirectory(dataset) ? dataset.resolve(second.source()) : dataset;
        loading.load(fileA, (path, progress) -> {
            LoadedTraces loadedA = TraceFiles.load(fileA, progress, opening.readers());
            LoadedTraces loadedB = fileB.equals(fileA) ? loadedA : TraceFiles.load(fileB, progress, opening.readers());
            return new Runs(named(loadedA, first.trace(), fileA), named(loadedB, second.trace(), fileB),
                    solverTrees(loadedA.format()));
        });
    }

    /** Compares the trace on display with the first trace of {@code file}. */
    void compareWith(Path file) {
        Trace shown = views.trace();
        if (shown == null) {
            return;
        }
        loading.load(file, (path, progress) -> {
            LoadedTraces other = TraceFiles.load(path, progress, opening.readers());
            return new Runs(shown, other.first(), solverTrees(other.format()));
        });
    }

    private static boolean solverTrees(String format) {
        return format.equals(VbcTraceReader.FORMAT) || format.equals(BakTraceReader.FORMAT);
    }

    private static Trace named(LoadedTraces loaded, String name, Path file) throws IOException {
        for (Trace trace : loaded.traces()) {
            if (trace.info().name().equals(name)) {
                return trace;
            }
        }
        throw new TraceFormatException(file.toString(), 1, 1, "no trace named '" + name + "' in the file any more");
    }

    CompareView view() {
        return view;
    }

    /** Stops a load under way and the view's redrawing, for when the window goes away. */
    void stop() {
        loading.cancel();
        view.stop();
    }
}
