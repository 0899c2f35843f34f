package org.retrace.gui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.retrace.format.LoadFailures;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFiles;
import org.retrace.model.Trace;
import org.retrace.stats.TraceStatistics;

/**
 * The main window: the trace's tree as an outline, the selected node's details, and a status bar.
 * Files load on a background thread, so the window never freezes; a file that cannot be read gets a
 * dialog with its reason and position, and the trace shown before stays open.
 */
public final class MainWindow {
    private final TreeView<Integer> outline = new TreeView<>();
    private final TextArea details = new TextArea();
    private final Label statusBar = new Label("Loading...");
    private final Stage stage;
    private Trace trace;

    /** Builds the window's content on {@code stage} and shows it, with no trace yet. */
    public MainWindow(Stage stage) {
        this.stage = stage;
        details.setEditable(false);
        details.setWrapText(true);
        details.setId("details");
        outline.setId("outline");
        outline.setCellFactory(view -> new NodeCell());
        outline.getSelectionModel().selectedItemProperty().addListener((observable, old, selected) ->
                details.setText(selected == null || trace == null ? "" : NodeDetails.describe(trace, selected.getValue())));
        statusBar.setId("status-bar");
        statusBar.setPadding(new Insets(3, 8, 3, 8));
        SplitPane center = new SplitPane(outline, details);
        center.setOrientation(Orientation.HORIZONTAL);
        center.setDividerPositions(0.6);
        BorderPane root = new BorderPane(center);
        root.setTop(menuBar());
        root.setBottom(statusBar);
        Scene scene = new Scene(root, 1100, 720);
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().getFiles();
            if (!files.isEmpty()) {
                load(files.get(0).toPath());
            }
            event.setDropCompleted(!files.isEmpty());
            event.consume();
        });
        stage.setTitle("Retrace");
        stage.setScene(scene);
        stage.show();
    }

    /** The trace on display, or null while none has loaded. */
    Trace trace() {
        return trace;
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("Open...");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(event -> {
            File chosen = new FileChooser().showOpenDialog(stage);
            if (chosen != null) {
                load(chosen.toPath());
            }
        });
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(event -> Platform.exit());
        Menu samples = new Menu("Samples");
        for (String name : Samples.NAMES) {
            MenuItem item = new MenuItem(name);
            item.setOnAction(event -> loadSample(name));
            samples.getItems().add(item);
        }
        return new MenuBar(new Menu("File", null, open, samples, quit));
    }

    /** Opens a bundled sample, in the background. */
    public void loadSample(String name) {
        try {
            load(Samples.extract(name));
        } catch (IOException missing) {
            showProblem("The sample " + name + " could not be opened: " + missing.getMessage());
        }
    }

    /** Opens {@code file} in the background; on failure a dialog says why and the current trace stays. */
    public void load(Path file) {
        statusBar.setText("Loading " + file.getFileName() + "...");
        Task<LoadedTraces> loading = new Task<>() {
            @Override
            protected LoadedTraces call() throws IOException {
                return TraceFiles.load(file);
            }
        };
        loading.setOnSucceeded(event -> show(file, loading.getValue()));
        loading.setOnFailed(event -> {
            Throwable failure = loading.getException();
            showProblem(failure instanceof IOException unreadable ? LoadFailures.describe(file, unreadable)
                    : file + ": could not be loaded: " + failure);
            showStatus();
        });
        Thread worker = new Thread(loading, "retrace-load");
        worker.setDaemon(true);
        worker.start();
    }

    private void show(Path file, LoadedTraces loaded) {
        trace = loaded.first();
        TreeItem<Integer> root = new TraceTreeItem(trace, 0);
        root.setExpanded(true);
        outline.setRoot(root);
        outline.getSelectionModel().select(root);
        stage.setTitle(file.getFileName() + " - Retrace");
        statusBar.setUserData(loaded.format());
        showStatus();
        if (!loaded.warnings().isEmpty()) {
            Alert warning = new Alert(Alert.AlertType.WARNING, String.join("\n", loaded.warnings()));
            warning.setHeaderText("Loaded with warnings");
            warning.show();
        }
    }

    private void showStatus() {
        if (trace == null) {
            statusBar.setText("No trace open");
            return;
        }
        TraceStatistics stats = TraceStatistics.of(trace, String.valueOf(statusBar.getUserData()));
        statusBar.setText(String.format("%,d nodes   depth %d   %,d events   %,d backtracks   %d solutions   %s",
                stats.nodes(), stats.maxDepth(), stats.events(), stats.backtracks(), stats.solutions(), stats.format()));
    }

    private void showProblem(String message) {
        Alert problem = new Alert(Alert.AlertType.ERROR, message);
        problem.setHeaderText("This file cannot be opened");
        problem.show();
    }

    /** One outline row: label (or id), then status. */
    private final class NodeCell extends TreeCell<Integer> {
        @Override
        protected void updateItem(Integer node, boolean empty) {
            super.updateItem(node, empty);
            if (empty || node == null || trace == null) {
                setText(null);
                return;
            }
            String label = trace.label(node).isEmpty() ? trace.id(node) : trace.label(node);
            setText(label + "   [" + trace.status(node).wireName() + "]");
        }
    }
}
