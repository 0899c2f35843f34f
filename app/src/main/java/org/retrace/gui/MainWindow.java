package org.retrace.gui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ObservableValue;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.retrace.demo.VariantComparison;
import org.retrace.export.Figure;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFiles;
import org.retrace.gui.about.AboutDialog;
import org.retrace.gui.cot.ReasoningTextView;
import org.retrace.gui.demo.DemoLauncher;
import org.retrace.gui.details.NodeDetails;
import org.retrace.gui.export.GifExport;
import org.retrace.gui.export.PictureExport;
import org.retrace.gui.live.LiveFollower;
import org.retrace.gui.live.LiveProblemsWindow;
import org.retrace.gui.live.SolverListening;
import org.retrace.gui.loading.TraceLoading;
import org.retrace.gui.memory.MemoryView;
import org.retrace.gui.outline.OutlineView;
import org.retrace.gui.memory.RoundsPanel;
import org.retrace.gui.replay.NarrationBar;
import org.retrace.gui.replay.ReplayController;
import org.retrace.gui.replay.ReplayControls;
import org.retrace.gui.replay.ReplayKeys;
import org.retrace.gui.replay.TimelineBar;
import org.retrace.gui.settings.CueFiles;
import org.retrace.gui.settings.RecentFiles;
import org.retrace.gui.state.StatePanel;
import org.retrace.gui.tree.TreeCanvasView;
import org.retrace.layout.FailedSubtrees;
import org.retrace.live.FollowedFile;
import org.retrace.model.Trace;
import org.retrace.narration.Narration;
import org.retrace.render.Theme;
import org.retrace.render.TreeScene;
import org.retrace.render.ViewStyle;

/**
 * The main window: the search tree replaying on a canvas, the timeline under it, the selected
 * node's details beside it. Files load on a background thread with a progress bar and a Cancel
 * button, so the window never freezes; a file that cannot be read gets a dialog with its reason
 * and position, and the trace shown before stays open.
 */
public final class MainWindow {
    private final Stage stage;
    private final TreeCanvasView treeView = new TreeCanvasView();
    private final MemoryView memoryView = new MemoryView();
    private final RoundsPanel roundsPanel = new RoundsPanel();
    private final SplitPane memoryArea = new SplitPane();
    private final TabPane views = new TabPane();
    private final Tab treeTab = new Tab("Tree");
    private final Tab memoryTab = new Tab("Memory");
    private final OutlineView outlineView = new OutlineView();
    private final Tab outlineTab = new Tab("Outline", outlineView);
    private final TimelineBar timelineBar = new TimelineBar();
    private final ReplayController replay = new ReplayController(treeView);
    private final TextArea details = new TextArea();
    private final StatePanel statePanel = new StatePanel();
    private final ReasoningTextView reasoningView = new ReasoningTextView();
    private final ComboBox<String> recordPicker = new ComboBox<>();
    private LoadedTraces shownFile;
    private final SplitPane sidePanel = new SplitPane(details);
    private final NarrationBar narration = new NarrationBar();
    private final ReplayControls replayControls = new ReplayControls(replay);
    private final Label narrationLine = narration.label();
    private final Tab startTab = new Tab("Start");
    private final CheckMenuItem presentationMode = new CheckMenuItem("Presentation mode");
    private final DemoLauncher demoLauncher;
    private VBox topBar;
    private final StatusLine statusLine = new StatusLine(this::cancelLoad);
    private final LiveFollower liveFollower;
    private final SolverListening solverListening;
    private final LiveProblemsWindow liveProblems;
    private final SearchBar searchBar;
    private final RecentFiles recentFiles;
    private final CueFiles cueFiles;
    private final Menu recentMenu = new Menu("Open Recent");
    private final AnimationTimer frameLoop = new AnimationTimer() {
        @Override
        public void handle(long now) {
            replay.onFrame(now);
            if (treeView.drawIfNeeded()) {
                memoryView.markDirty();
            }
            memoryView.drawIfNeeded();
            timelineBar.drawIfNeeded();
        }
    };
    private final CheckMenuItem colourByValue = new CheckMenuItem("Colour by value");
    private final CheckMenuItem edgeWidthByVisits = new CheckMenuItem("Edge width by visits");
    private final CheckMenuItem badges = new CheckMenuItem("Metric badges");
    private final Legend legend = new Legend(Theme.standard());
    private final PictureExport pictureExport;
    private final GifExport gifExport;
    private Trace trace;
    private String format = "";
    private final TraceLoading loading = new TraceLoading(new TraceLoading.Listener() {
        @Override
        public void started(Path file, ObservableValue<? extends Number> fraction) {
            statusLine.loading("Loading " + file.getFileName() + "...", fraction);
        }

        @Override
        public void ended() {
            statusLine.loaded();
            showStatus();
        }

        @Override
        public void loaded(Path file, LoadedTraces traces) {
            show(file, traces, rememberNextLoad);
        }

        @Override
        public void failed(String description) {
            showProblem(description);
        }
    });
    /** Whether the file being loaded goes into Open Recent. */
    private boolean rememberNextLoad;

    /** How much larger nodes and labels are drawn in presentation mode. */
    private static final double PRESENTATION_MAGNIFICATION = 1.6;

    /** Builds the window's content on {@code stage} and shows it, with no trace yet. */
    public MainWindow(Stage stage) {
        this(stage, new RecentFiles(RecentFiles.defaultDirectory()));
    }

    MainWindow(Stage stage, RecentFiles recentFiles) {
        this.stage = stage;
        this.recentFiles = recentFiles;
        this.cueFiles = new CueFiles(recentFiles.settingsDirectory());
        searchBar = new SearchBar(this::showMatches, this::goTo);
        pictureExport = new PictureExport(stage, new PictureExport.Pictures() {
            @Override
            public WritableImage currentView(double scale) {
                return currentPicture(scale);
            }

            @Override
            public WritableImage wholeTrace(double scale) {
                return wholeTracePicture(scale);
            }

            @Override
            public String currentViewSvg() {
                if (trace == null) {
                    return null;
                }
                return showingMemory() ? memoryView.svg() : treeView.svg();
            }

            @Override
            public String wholeTraceSvg() {
                GifExport.Source shown = animationSource();
                return shown == null ? null : Figure.svg(trace, wholeTraceRequest(shown, 1), Theme.standard());
            }
        }, statusLine::say, message -> showProblem("The picture was not exported", message));
        gifExport = new GifExport(stage, this::animationSource, statusLine::say,
                message -> showProblem("The animation was not exported", message));
        liveProblems = new LiveProblemsWindow(stage);
        liveFollower = new LiveFollower(new LiveFollower.Viewer() {
            @Override
            public void first(String title, Trace snapshot) {
                format = "live";
                showRecords(new LoadedTraces(List.of(snapshot), format, List.of()));
                display(title, snapshot, List.of());
                replay.toEnd();
            }

            @Override
            public void grown(String title, Trace snapshot) {
                refresh(title, snapshot);
            }

            @Override
            public void status(String line) {
                statusLine.sayLive(line);
            }

            @Override
            public void problems(String title, List<String> problems) {
                liveProblems.add(title, problems);
            }
        });
        solverListening = new SolverListening(stage, liveFollower::follow, statusLine::sayLive,
                message -> showProblem("Retrace cannot listen", message));
        demoLauncher = new DemoLauncher(stage, new DemoLauncher.Replayer() {
            @Override
            public void replay(String title, Trace demo, double eventsPerSecond) {
                replayDemo(title, demo, eventsPerSecond);
            }

            @Override
            public void replayVariants(String title, List<Trace> traces, double eventsPerSecond) {
                replayDemoVariants(title, traces, eventsPerSecond);
            }
        }, message -> showProblem("The demo could not run", message),
                () -> views.getSelectionModel().select(startTab));
        details.setEditable(false);
        details.setWrapText(true);
        details.setId("details");
        treeView.setId("tree");
        timelineBar.setId("timeline");
        treeView.setOnSelect(this::select);
        timelineBar.setOnSeek(replay::seek);
        replay.positionProperty().addListener((observable, old, position) -> positionChanged(position.intValue()));
        colourByValue.setOnAction(event -> {
            legend.showValueScale(colourByValue.isSelected());
            redrawWith(scene -> scene.setColourByValue(colourByValue.isSelected()));
        });
        edgeWidthByVisits.setOnAction(event ->
                redrawWith(scene -> scene.setEdgeWidthByVisits(edgeWidthByVisits.isSelected())));
        badges.setSelected(true);
        badges.setOnAction(event -> redrawWith(scene -> scene.setBadges(badges.isSelected())));

        StackPane treeArea = new StackPane(treeView, legend, treeView.miniMap());
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setMargin(legend, new Insets(8));
        StackPane.setAlignment(treeView.miniMap(), Pos.TOP_RIGHT);
        StackPane.setMargin(treeView.miniMap(), new Insets(8));
        treeTab.setContent(treeArea);
        memoryArea.getItems().add(memoryView);
        SplitPane.setResizableWithParent(roundsPanel, false);
        memoryTab.setContent(memoryArea);
        roundsPanel.setOnSeek(position -> {
            replay.pause();
            replay.seek(position);
        });
        startTab.setContent(demoLauncher.startPage(Samples.NAMES, this::loadSample));
        views.getTabs().addAll(startTab, treeTab, memoryTab, outlineTab);
        outlineView.setOnSelect(this::select);
        // The outline follows the replay while it is shown, and catches up when it is shown again.
        outlineTab.setOnSelectionChanged(event -> {
            if (outlineTab.isSelected() && treeView.scene() != null) {
                outlineView.setState(treeView.scene().state());
            }
        });
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        memoryView.setId("memory");
        memoryView.setOnSelect(this::select);
        BorderPane replayArea = new BorderPane(views);
        replayArea.setBottom(new VBox(narration, timelineBar, replayControls));
        sidePanel.setOrientation(Orientation.VERTICAL);
        SplitPane center = new SplitPane(replayArea, sidePanel);
        center.setOrientation(Orientation.HORIZONTAL);
        center.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(sidePanel, false);
        BorderPane root = new BorderPane(center);
        recordPicker.setId("records");
        recordPicker.setPromptText("Record");
        recordPicker.setOnAction(event -> pickRecord());
        recordPicker.setVisible(false);
        recordPicker.setManaged(false);
        reasoningView.setOnSelect(this::select);
        topBar = new VBox(menuBar(), new ToolBar(searchBar, fitButton(), recordPicker));
        root.setTop(topBar);
        root.setBottom(statusLine);
        applyNarrationStyle(false);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1280, screen.getWidth() * 0.92);
        double height = Math.min(800, screen.getHeight() * 0.9);
        Scene scene = new Scene(root, width, height);
        ReplayKeys keys = new ReplayKeys(replay, treeView::zoom, presentationMode::isSelected);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys::handle);
        acceptDroppedFiles(scene);
        stage.setTitle("Retrace");
        stage.setScene(scene);
        stage.setFullScreenExitHint("Space steps, Backspace steps back, P plays, Esc leaves");
        stage.fullScreenProperty().addListener((observable, was, full) -> {
            if (!full && presentationMode.isSelected()) {
                setPresentationMode(false);
            }
        });
        stage.setMinWidth(480);
        stage.setMinHeight(360);
        frameLoop.start();
        stage.show();
        // Asked again once shown: under some Linux window managers JavaFX 21 opens a window at
        // 200x200 whatever its scene asks for (JDK-8316423, fixed in JavaFX 22).
        Platform.runLater(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
    }

    /** The trace on display, or null while none has loaded. */
    Trace trace() {
        return trace;
    }

    ReplayController replay() {
        return replay;
    }

    TreeCanvasView treeView() {
        return treeView;
    }

    /** Opens a bundled sample, in the background, and replays it from the start. */
    public void loadSample(String name) {
        try {
            load(Samples.extract(name), false, false);
        } catch (IOException missing) {
            showProblem("The sample " + name + " could not be opened: " + missing.getMessage());
        }
    }

    /** Opens {@code file} in the background; on failure a dialog says why and the current trace stays. */
    public void load(Path file) {
        load(file, true, false);
    }

    /** Opens {@code file} as a chain of thought, whatever it looks like: text with no cue is one line of steps. */
    void loadAsReasoning(Path file) {
        load(file, true, true);
    }

    private void load(Path file, boolean remember, boolean asReasoning) {
        stopFollowing();
        rememberNextLoad = remember;
        loading.load(file, (path, progress) -> asReasoning ? cueFiles.reasoningReader().read(path, progress)
                : TraceFiles.load(path, progress, cueFiles.readers()));
    }

    private void cancelLoad() {
        loading.cancel();
    }

    private void show(Path file, LoadedTraces loaded, boolean remember) {
        format = loaded.format();
        statusLine.sayLive("");
        showRecords(loaded);
        display(file.getFileName().toString(), loaded.first(), loaded.warnings());
        if (remember) {
            rememberRecent(file);
        }
        replay.play();
    }

    /** Offers the traces of a file that holds several (the records of a chain-of-thought file, say) in the toolbar. */
    private void showRecords(LoadedTraces loaded) {
        shownFile = loaded.traces().size() > 1 ? loaded : null;
        recordPicker.getItems().setAll(loaded.traces().stream().map(each -> each.info().name()).toList());
        recordPicker.getSelectionModel().select(0);
        recordPicker.setVisible(shownFile != null);
        recordPicker.setManaged(shownFile != null);
    }

    private void pickRecord() {
        int index = recordPicker.getSelectionModel().getSelectedIndex();
        if (shownFile != null && index >= 0 && shownFile.traces().get(index) != trace) {
            Trace picked = shownFile.traces().get(index);
            display(picked.info().name(), picked, List.of());
            replay.play();
        }
    }

    ComboBox<String> recordPicker() {
        return recordPicker;
    }

    ReasoningTextView reasoningView() {
        return reasoningView;
    }

    /** Shows a demo's trace and replays it at {@code eventsPerSecond}. */
    void replayDemo(String title, Trace demo, double eventsPerSecond) {
        stopFollowing();
        statusLine.sayLive("");
        showRecords(new LoadedTraces(List.of(demo), "demo", List.of()));
        format = "demo";
        display(title, demo, List.of());
        replay.speedProperty().set(eventsPerSecond);
        replay.play();
    }

    /** Shows the first of a demo's variant runs, the others in the record picker, and how they compare. */
    void replayDemoVariants(String title, List<Trace> traces, double eventsPerSecond) {
        stopFollowing();
        format = "demo";
        showRecords(new LoadedTraces(traces, format, List.of()));
        display(title, traces.get(0), List.of());
        replay.speedProperty().set(eventsPerSecond);
        replay.play();
        statusLine.sayLive(String.join("   |   ", VariantComparison.summary(traces)));
    }

    DemoLauncher demoLauncher() {
        return demoLauncher;
    }

    StatePanel statePanel() {
        return statePanel;
    }

    Label narrationLine() {
        return narrationLine;
    }

    /** False in presentation mode, which leaves the details out. */
    boolean detailsShown() {
        return sidePanel.getItems().contains(details);
    }

    private void display(String title, Trace shown, List<String> warnings) {
        trace = shown;
        TreeScene scene = treeView.show(trace);
        attach(scene);
        outlineView.show(trace);
        views.getSelectionModel().select(MemoryView.canShow(trace) ? memoryTab : treeTab);
        replay.load(trace);
        replay.speedProperty().set(ReplayController.DEFAULT_SPEED);
        if (trace.timeline().size() > ReplayController.OPEN_AT_END_EVENTS) {
            replay.toEnd();
        }
        select(0);
        positionChanged(replay.positionProperty().get());
        stage.setTitle(title + " - Retrace");
        if (!warnings.isEmpty()) {
            Alert warning = new Alert(Alert.AlertType.WARNING, String.join("\n", warnings));
            warning.setHeaderText("Loaded with warnings");
            warning.show();
        }
    }

    /**
     * Shows a newer snapshot of a live trace: zoom, collapsed subtrees, selection and tab stay;
     * a replay that was at the end follows the new end, one that was not keeps its position.
     */
    private void refresh(String title, Trace grown) {
        int position = replay.positionProperty().get();
        boolean following = position == trace.timeline().size();
        boolean playing = replay.playingProperty().get();
        trace = grown;
        TreeScene scene = treeView.refresh(grown);
        attach(scene);
        outlineView.show(grown);
        replay.load(grown);
        replay.seek(following ? grown.timeline().size() : Math.min(position, grown.timeline().size()));
        if (playing) {
            replay.play();
        }
        select(scene.selected());
        positionChanged(replay.positionProperty().get());
        stage.setTitle(title + " - Retrace");
    }

    /** Points every view at {@code scene}'s trace, with the settings of the View menu. */
    private void attach(TreeScene scene) {
        scene.setColourByValue(colourByValue.isSelected());
        scene.setEdgeWidthByVisits(edgeWidthByVisits.isSelected());
        scene.setBadges(badges.isSelected());
        timelineBar.show(trace.timeline());
        boolean memory = MemoryView.canShow(trace);
        memoryTab.setDisable(!memory);
        if (memory) {
            memoryView.show(scene);
        }
        if (roundsPanel.show(trace)) {
            if (!memoryArea.getItems().contains(roundsPanel)) {
                memoryArea.getItems().add(roundsPanel);
                memoryArea.setDividerPositions(0.75);
            }
        } else {
            memoryArea.getItems().remove(roundsPanel);
        }
        searchBar.show(trace);
        if (ReasoningTextView.canShow(trace)) {
            reasoningView.show(trace);
            if (!sidePanel.getItems().contains(reasoningView)) {
                sidePanel.getItems().add(0, reasoningView);
                sidePanel.setDividerPositions(0.7);
            }
        } else {
            sidePanel.getItems().remove(reasoningView);
        }
        if (StatePanel.canShow(trace)) {
            statePanel.setTrace(trace);
            if (!sidePanel.getItems().contains(statePanel)) {
                sidePanel.getItems().add(statePanel);
                sidePanel.setDividerPositions(0.35);
            }
        } else {
            sidePanel.getItems().remove(statePanel);
        }
    }

    private void rememberRecent(Path file) {
        try {
            recentFiles.add(file);
        } catch (IOException unwritable) {
            statusLine.say("Could not save the recent-files list: " + unwritable.getMessage());
        }
        refreshRecentMenu();
    }

    private void refreshRecentMenu() {
        recentMenu.getItems().clear();
        for (Path file : recentFiles.list()) {
            MenuItem item = new MenuItem(file.toString());
            item.setOnAction(event -> load(file));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void positionChanged(int position) {
        timelineBar.setPosition(position);
        roundsPanel.follow(position);
        narration.setText(position == 0 ? trace.info().name().isEmpty() ? "Press Space or Play to replay the search."
                : trace.info().name() + ": press Space or Play to replay the search." : Narration.of(trace, position - 1));
        // The replay has put the scene at this position already.
        TreeScene scene = treeView.scene();
        if (sidePanel.getItems().contains(reasoningView)) {
            reasoningView.setWritten(scene.state().nodeCount());
        }
        if (sidePanel.getItems().contains(statePanel)) {
            int node = position == 0 ? 0 : trace.timeline().node(position - 1);
            statePanel.show(node >= 0 ? node : Math.max(0, scene.cursor()), scene.state());
        }
        replayControls.showPosition(position, trace.timeline().size());
        if (views.getSelectionModel().getSelectedItem() == outlineTab) {
            outlineView.setState(scene.state());
        }
        showDetails(scene.selected());
        showStatus();
    }

    /** Selects {@code node} everywhere: tree, details, state panel and reasoning text. */
    void select(int node) {
        TreeScene scene = treeView.scene();
        if (scene == null) {
            return;
        }
        scene.select(node);
        showDetails(node);
        outlineView.select(node);
        if (node >= 0 && sidePanel.getItems().contains(statePanel)) {
            statePanel.show(node, scene.state());
        }
        if (sidePanel.getItems().contains(reasoningView) && reasoningView.selected() != node) {
            reasoningView.select(node);
        }
        treeView.markDirty();
        memoryView.markDirty();
    }

    /**
     * The details of {@code node} as they stand at the replay's position. Called at every position
     * change, so the text area is only touched when the text changed: laying out a long step's text
     * sixty times a second would stall the replay.
     */
    private void showDetails(int node) {
        String text = node < 0 ? "" : NodeDetails.describe(trace, treeView.scene().state(), node);
        if (!text.equals(details.getText())) {
            details.setText(text);
        }
    }

    private void goTo(int node) {
        if (node >= trace.stateAt(replay.positionProperty().get()).nodeCount()) {
            replay.seek(trace.createdAt(node) + 1);
            searchBar.markLater(trace.createdAt(node) + 1);
        }
        select(node);
        treeView.centreOn(node);
    }

    private void showMatches(BitSet matches) {
        redrawWith(scene -> scene.setMatches(matches));
    }

    private void redrawWith(Consumer<TreeScene> change) {
        if (treeView.scene() != null) {
            change.accept(treeView.scene());
            treeView.markDirty();
        }
    }

    /**
     * Stops everything the window keeps running: its frame loop, the replay, a load under way, a
     * followed file and the solver receiver, whose port is freed. For when the window goes away.
     */
    public void close() {
        frameLoop.stop();
        replay.pause();
        loading.cancel();
        stopFollowing();
        solverListening.stop();
    }

    private Button fitButton() {
        Button fit = new Button("Fit");
        fit.setFocusTraversable(false);
        fit.setOnAction(event -> treeView.fitToWindow());
        return fit;
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
        MenuItem openAsReasoning = new MenuItem("Open as chain of thought...");
        openAsReasoning.setOnAction(event -> {
            File chosen = new FileChooser().showOpenDialog(stage);
            if (chosen != null) {
                loadAsReasoning(chosen.toPath());
            }
        });
        refreshRecentMenu();
        Menu samples = new Menu("Samples");
        for (String name : Samples.NAMES) {
            MenuItem item = new MenuItem(name);
            item.setOnAction(event -> loadSample(name));
            samples.getItems().add(item);
        }
        MenuItem follow = new MenuItem("Follow file...");
        follow.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        follow.setOnAction(event -> {
            File chosen = new FileChooser().showOpenDialog(stage);
            if (chosen != null) {
                follow(chosen.toPath());
            }
        });
        MenuItem stopFollowing = new MenuItem("Stop following");
        stopFollowing.setOnAction(event -> stopFollowing());
        MenuItem saveAs = new MenuItem("Save as...");
        saveAs.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        saveAs.setOnAction(event -> saveAs());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(event -> Platform.exit());
        MenuItem fit = new MenuItem("Fit to window");
        fit.setAccelerator(KeyCombination.keyCombination("Shortcut+0"));
        fit.setOnAction(event -> treeView.fitToWindow());
        MenuItem zoomIn = new MenuItem("Zoom in");
        zoomIn.setAccelerator(KeyCombination.keyCombination("Shortcut+Plus"));
        zoomIn.setOnAction(event -> treeView.zoom(1.25));
        MenuItem zoomOut = new MenuItem("Zoom out");
        zoomOut.setAccelerator(KeyCombination.keyCombination("Shortcut+Minus"));
        zoomOut.setOnAction(event -> treeView.zoom(0.8));
        MenuItem find = new MenuItem("Find...");
        find.setAccelerator(KeyCombination.keyCombination("Shortcut+F"));
        find.setOnAction(event -> searchBar.focus());
        MenuItem collapseFailed = new MenuItem("Collapse failed subtrees");
        collapseFailed.setOnAction(event -> {
            if (trace != null) {
                treeView.setCollapsed(FailedSubtrees.roots(trace, treeView.scene().state()));
            }
        });
        MenuItem expandAll = new MenuItem("Expand all");
        expandAll.setOnAction(event -> treeView.setCollapsed(new BitSet()));
        CheckMenuItem showMiniMap = new CheckMenuItem("Show overview");
        showMiniMap.setSelected(true);
        treeView.miniMap().visibleProperty().bind(showMiniMap.selectedProperty()
                .and(presentationMode.selectedProperty().not()).and(treeView.wholeTreeShownProperty().not()));
        presentationMode.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        presentationMode.setOnAction(event -> setPresentationMode(presentationMode.isSelected()));
        Menu file = new Menu("File", null, open, openAsReasoning, recentMenu, samples, saveAs, new SeparatorMenuItem(), follow,
                stopFollowing);
        file.getItems().addAll(solverListening.menuItems());
        file.getItems().add(new SeparatorMenuItem());
        file.getItems().addAll(pictureExport.exportMenuItem(), pictureExport.exportSvgMenuItem(),
                gifExport.exportMenuItem(), pictureExport.copyMenuItem(), new SeparatorMenuItem(), quit);
        MenuItem about = new MenuItem("About Retrace");
        about.setOnAction(event -> showAbout());
        return new MenuBar(file, demoLauncher.menu(),
                new Menu("View", null, fit, zoomIn, zoomOut, find, new SeparatorMenuItem(), collapseFailed, expandAll,
                        new SeparatorMenuItem(), colourByValue, edgeWidthByVisits, badges, showMiniMap,
                        new SeparatorMenuItem(), presentationMode),
                new Menu("Help", null, about));
    }

    /** Help > About Retrace, over this window. */
    Alert showAbout() {
        return AboutDialog.show(stage, recentFiles.settingsDirectory());
    }

    /**
     * Presentation mode: the tree, its narration, the state panel and the timeline, large, on the
     * whole screen; the menu, toolbar, details and status line step aside. Space steps, Backspace
     * steps back, P plays; F5 or Escape leaves.
     */
    void setPresentationMode(boolean on) {
        presentationMode.setSelected(on);
        topBar.getChildren().get(1).setVisible(!on);
        topBar.getChildren().get(1).setManaged(!on);
        statusLine.setVisible(!on);
        statusLine.setManaged(!on);
        if (on) {
            sidePanel.getItems().remove(details);
        } else if (!sidePanel.getItems().contains(details)) {
            sidePanel.getItems().add(0, details);
            sidePanel.setDividerPositions(0.35);
        }
        treeView.setMagnification(on ? PRESENTATION_MAGNIFICATION : 1);
        applyNarrationStyle(on);
        stage.setFullScreen(on);
        if (on) {
            replay.pause();
            if (views.getSelectionModel().getSelectedItem() == startTab) {
                views.getSelectionModel().select(treeTab);
            }
        }
        treeView.fitToWindow();
    }

    private void applyNarrationStyle(boolean large) {
        narration.setStyle("-fx-background-color: #fff9db;");
        narrationLine.setStyle(large ? "-fx-font-size: 24px; -fx-padding: 10 16 10 16;"
                : "-fx-font-size: 15px; -fx-padding: 6 10 6 10;");
    }

    /** Opens {@code file} and keeps showing what is added to it, until something else is opened. */
    void follow(Path file) {
        liveFollower.follow(new FollowedFile(file));
        rememberRecent(file);
    }

    private void stopFollowing() {
        if (liveFollower.source() != null) {
            liveFollower.stop();
            statusLine.sayLive("");
        }
    }

    SolverListening solverListening() {
        return solverListening;
    }

    private void saveAs() {
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
            showProblem("The trace was not saved", unwritable.getMessage());
        }
    }

    private void acceptDroppedFiles(Scene scene) {
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
    }

    private void showStatus() {
        statusLine.showTrace(trace, trace == null ? 0 : treeView.scene().state().nodeCount(),
                replay.positionProperty().get(), format);
    }

    PictureExport pictureExport() {
        return pictureExport;
    }

    GifExport gifExport() {
        return gifExport;
    }

    /** The trace and the view on screen, for an animation of the same size; null with no trace. */
    GifExport.Source animationSource() {
        if (trace == null) {
            return null;
        }
        boolean memory = showingMemory();
        Region view = memory ? memoryView : treeView;
        return new GifExport.Source(trace, memory ? Figure.View.MEMORY : Figure.View.TREE,
                (int) Math.max(1, view.getWidth()), (int) Math.max(1, view.getHeight()),
                new ViewStyle(true, colourByValue.isSelected(), edgeWidthByVisits.isSelected(), badges.isSelected(),
                        treeView.collapsed()));
    }

    private boolean showingMemory() {
        return views.getSelectionModel().getSelectedItem() == memoryTab;
    }

    private WritableImage currentPicture(double scale) {
        if (trace == null) {
            return null;
        }
        return showingMemory() ? memoryView.picture(scale) : treeView.picture(scale);
    }

    /** The whole trace at the replay's position, fitted to the size of the view on screen. */
    private WritableImage wholeTracePicture(double scale) {
        GifExport.Source shown = animationSource();
        if (shown == null) {
            return null;
        }
        return Figure.draw(trace, wholeTraceRequest(shown, scale), Theme.standard());
    }

    private Figure.Request wholeTraceRequest(GifExport.Source shown, double scale) {
        return new Figure.Request(shown.view(), shown.width(), shown.height(), scale,
                replay.positionProperty().get(), treeView.scene().selected(), shown.style());
    }

    private void showProblem(String message) {
        showProblem("This file cannot be opened", message);
    }

    private void showProblem(String header, String message) {
        Alert problem = new Alert(Alert.AlertType.ERROR, message);
        problem.setHeaderText(header);
        problem.show();
    }
}
