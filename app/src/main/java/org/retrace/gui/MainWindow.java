package org.retrace.gui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.retrace.gui.about.AboutDialog;
import org.retrace.gui.cot.ReasoningTextView;
import org.retrace.gui.compare.CompareView;
import org.retrace.gui.dataset.DatasetView;
import org.retrace.gui.demo.DemoLauncher;
import org.retrace.gui.export.GifExport;
import org.retrace.gui.export.PictureExport;
import org.retrace.gui.live.SolverListening;
import org.retrace.gui.menu.FileMenu;
import org.retrace.gui.menu.ViewMenu;
import org.retrace.gui.replay.ReplayController;
import org.retrace.gui.replay.ReplayKeys;
import org.retrace.gui.settings.RecentFiles;
import org.retrace.gui.settings.ReplaySettings;
import org.retrace.gui.state.StatePanel;
import org.retrace.gui.tree.TreeCanvasView;
import org.retrace.model.Trace;

/**
 * The main window, put together: the menus and toolbar over the trace's views ({@link TraceViews}),
 * the status line under them. Opening files is {@link FileOpening}'s, growing traces are
 * {@link LiveViewing}'s, exports are {@link ExportedViews}'; this class wires them to the menus
 * and keys, and switches presentation mode.
 */
public final class MainWindow {
    private final Stage stage;
    private final RecentFiles recentFiles;
    private final ReplaySettings replaySettings;
    private final StatusLine statusLine;
    private final ViewMenu viewMenu;
    private final TraceViews views;
    private final FileOpening opening;
    private final LiveViewing live;
    private final DatasetOpening datasets;
    private final ComparisonOpening comparisons;
    private final ExportedViews exports;
    private final DemoLauncher demoLauncher;
    private final ToolBar toolBar;

    /** Builds the window's content on {@code stage} and shows it, with no trace yet. */
    public MainWindow(Stage stage) {
        this(stage, new RecentFiles(RecentFiles.defaultDirectory()));
    }

    MainWindow(Stage stage, RecentFiles recentFiles) {
        this.stage = stage;
        this.recentFiles = recentFiles;
        replaySettings = new ReplaySettings(recentFiles.settingsDirectory(), ReplayController.DEFAULT_SPEED);
        statusLine = new StatusLine();
        viewMenu = new ViewMenu(new ViewMenu.Commands() {
            @Override
            public void fit() {
                views.treeView().fitToWindow();
            }

            @Override
            public void zoom(double factor) {
                views.treeView().zoom(factor);
            }

            @Override
            public void find() {
                views.searchBar().focus();
            }

            @Override
            public void collapseFailed() {
                views.collapse(true);
            }

            @Override
            public void expandAll() {
                views.collapse(false);
            }

            @Override
            public void dressed() {
                views.dress();
            }

            @Override
            public void present(boolean on) {
                setPresentationMode(on);
            }

            @Override
            public void keepSpeed(boolean on) {
                saveReplaySettings(on);
            }
        }, replaySettings.keepsSpeed());
        views = new TraceViews(viewMenu::style, statusLine, replaySettings);
        views.showOverviewWhen(viewMenu.overviewWanted().and(viewMenu.presenting().not()));
        opening = new FileOpening(stage, views, statusLine, recentFiles, this::showProblem);
        live = new LiveViewing(stage, opening, views, statusLine, this::showProblem);
        opening.setBeforeOpening(live::stopFollowing);
        datasets = new DatasetOpening(views, opening, statusLine, this::showProblem);
        comparisons = new ComparisonOpening(views, opening, statusLine, this::showProblem);
        // The Bounds, Overview and Similar subtrees tabs follow the trace through the views they join.
        new BoundsTab(views);
        new OverviewTab(views);
        new SimilarTab(views);
        new SequenceTab(views, opening, recentFiles.settingsDirectory(), statusLine);
        new Annotating(views, opening, recentFiles.settingsDirectory(), statusLine);
        datasets.view().setOnCompare((first, second) -> comparisons.compareRows(first, second, datasets.shown()));
        exports = new ExportedViews(stage, views, statusLine::say, this::showProblem);
        demoLauncher = new DemoLauncher(stage, new DemoLauncher.Replayer() {
            @Override
            public void replay(String title, Trace demo, double eventsPerSecond) {
                opening.replayDemo(title, List.of(demo), eventsPerSecond);
            }

            @Override
            public void replayVariants(String title, List<Trace> traces, double eventsPerSecond) {
                opening.replayDemo(title, traces, eventsPerSecond);
            }
        }, message -> showProblem("The demo could not run", message), views::showStartPage);
        views.setStartPage(demoLauncher.startPage(Samples.NAMES, opening::openSample));
        MenuItem about = new MenuItem("About Retrace");
        about.setOnAction(event -> showAbout());
        MenuBar menus = new MenuBar(opening.fileMenu(
                new FileMenu.Datasets(datasets::openDataset, comparisons::compareWith), live, live.menuItems(),
                exports.menuItems()).menu(),
                demoLauncher.menu(), viewMenu.menu(), new Menu("Help", null, about));
        toolBar = new ToolBar(views.searchBar(), fitButton(), opening.recordPicker());
        BorderPane root = new BorderPane(views.content());
        root.setTop(new VBox(menus, toolBar));
        root.setBottom(statusLine);
        show(root);
    }

    private void show(BorderPane root) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1280, screen.getWidth() * 0.92);
        double height = Math.min(800, screen.getHeight() * 0.9);
        Scene scene = new Scene(root, width, height);
        ReplayKeys keys = new ReplayKeys(views.replay(), views.treeView()::zoom, viewMenu.presenting()::get);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys::handle);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, new NavigationKeys(views)::handle);
        opening.acceptDroppedFiles(scene);
        stage.setTitle("Retrace");
        stage.setScene(scene);
        stage.setFullScreenExitHint("Space steps, Backspace steps back, P plays, Esc leaves");
        stage.fullScreenProperty().addListener((observable, was, full) -> {
            if (!full && viewMenu.presenting().get()) {
                setPresentationMode(false);
            }
        });
        stage.setMinWidth(480);
        stage.setMinHeight(360);
        stage.show();
        // Asked again once shown: under some Linux window managers JavaFX 21 opens a window at
        // 200x200 whatever its scene asks for (JDK-8316423, fixed in JavaFX 22).
        Platform.runLater(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
    }

    private Button fitButton() {
        Button fit = new Button("Fit");
        fit.setFocusTraversable(false);
        fit.setOnAction(event -> views.treeView().fitToWindow());
        return fit;
    }

    /** Opens a bundled sample, in the background, and replays it from the start. */
    public void loadSample(String name) {
        opening.openSample(name);
    }

    /** Opens {@code file} in the background; on failure a dialog says why and the current trace stays. */
    public void load(Path file) {
        opening.open(file);
    }

    /** Opens {@code file} as a chain of thought, whatever it looks like: text with no cue is one line of steps. */
    void loadAsReasoning(Path file) {
        opening.openAsReasoning(file);
    }

    /** Opens {@code file} and keeps showing what is added to it, until something else is opened. */
    void follow(Path file) {
        live.follow(file);
    }

    /**
     * Presentation mode: the tree, its narration, the state panel and the timeline, large, on the
     * whole screen; the menu, toolbar, details and status line step aside. Space steps, Backspace
     * steps back, P plays; F5 or Escape leaves.
     */
    void setPresentationMode(boolean on) {
        viewMenu.setPresenting(on);
        toolBar.setVisible(!on);
        toolBar.setManaged(!on);
        statusLine.setVisible(!on);
        statusLine.setManaged(!on);
        stage.setFullScreen(on);
        views.present(on);
    }

    private void saveReplaySettings(boolean keepSpeed) {
        try {
            replaySettings.save(keepSpeed, views.replay().speedProperty().get());
        } catch (IOException unwritable) {
            statusLine.say("Could not save the replay settings: " + unwritable.getMessage());
        }
    }

    /** Help > About Retrace, over this window. */
    Alert showAbout() {
        return AboutDialog.show(stage, recentFiles.settingsDirectory());
    }

    /**
     * Stops everything the window keeps running: its frame loop, the replay, a load under way, a
     * followed file and the solver receiver, whose port is freed. For when the window goes away.
     */
    public void close() {
        if (replaySettings.keepsSpeed()) {
            // The speed replayed at last is the one kept for the next session.
            saveReplaySettings(true);
        }
        views.stop();
        opening.cancelLoad();
        datasets.stop();
        comparisons.stop();
        live.stop();
    }

    private void showProblem(String header, String message) {
        Alert problem = new Alert(Alert.AlertType.ERROR, message);
        problem.setHeaderText(header);
        problem.show();
    }

    /** The trace on display, or null while none has loaded. */
    Trace trace() {
        return views.trace();
    }

    ReplayController replay() {
        return views.replay();
    }

    TreeCanvasView treeView() {
        return views.treeView();
    }

    void select(int node) {
        views.select(node);
    }

    ComboBox<String> recordPicker() {
        return opening.recordPicker();
    }

    ReasoningTextView reasoningView() {
        return views.sidePanels().reasoningView();
    }

    StatePanel statePanel() {
        return views.sidePanels().statePanel();
    }

    Label narrationLine() {
        return views.narrationLine();
    }

    /** False in presentation mode, which leaves the details out. */
    boolean detailsShown() {
        return views.sidePanels().detailsShown();
    }

    DatasetView datasetView() {
        return datasets.view();
    }

    void openDataset(Path fileOrFolder) {
        datasets.openDataset(fileOrFolder);
    }

    void compareWith(Path file) {
        comparisons.compareWith(file);
    }

    CompareView compareView() {
        return comparisons.view();
    }

    DemoLauncher demoLauncher() {
        return demoLauncher;
    }

    SolverListening solverListening() {
        return live.solverListening();
    }

    PictureExport pictureExport() {
        return exports.pictureExport();
    }

    GifExport gifExport() {
        return exports.gifExport();
    }

    GifExport.Source animationSource() {
        return exports.animationSource();
    }
}
