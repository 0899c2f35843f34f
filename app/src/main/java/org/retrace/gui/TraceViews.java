package org.retrace.gui;

import java.util.BitSet;
import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.retrace.export.Figure.View;
import org.retrace.gui.details.SidePanels;
import org.retrace.gui.memory.MemoryView;
import org.retrace.gui.memory.RoundsPanel;
import org.retrace.gui.outline.OutlineView;
import org.retrace.gui.replay.NarrationBar;
import org.retrace.gui.replay.ReplayController;
import org.retrace.gui.replay.ReplayControls;
import org.retrace.gui.replay.TimelineBar;
import org.retrace.gui.settings.ReplaySettings;
import org.retrace.gui.tree.TreeCanvasView;
import org.retrace.layout.FailedSubtrees;
import org.retrace.model.Trace;
import org.retrace.narration.Narration;
import org.retrace.render.ShownTrace;
import org.retrace.render.Theme;
import org.retrace.render.ViewStyle;

/**
 * Everything the window shows of one trace, kept in step: the Start, Tree, Memory and Outline
 * tabs, the narration, timeline and replay controls under them, the side panels, and the find
 * bar. All of them read the tree view's {@link ShownTrace}: the replay moves its position, and
 * each view is brought to that position here, once per change.
 */
final class TraceViews {
    /** How much larger nodes and labels are drawn in presentation mode. */
    private static final double PRESENTATION_MAGNIFICATION = 1.6;

    private final TreeCanvasView treeView = new TreeCanvasView();
    private final MemoryView memoryView = new MemoryView();
    private final RoundsPanel roundsPanel = new RoundsPanel();
    private final SplitPane memoryArea = new SplitPane(memoryView);
    final OutlineView outlineView = new OutlineView();
    private final Tab startTab = new Tab("Start");
    private final Tab treeTab = new Tab("Tree");
    private final Tab memoryTab = new Tab("Memory", memoryArea);
    private final Tab outlineTab = new Tab("Outline", outlineView);
    private final TabPane tabs = new TabPane(startTab, treeTab, memoryTab, outlineTab);
    private final TimelineBar timelineBar = new TimelineBar();
    private final ReplayController replay = new ReplayController(treeView);
    private final NarrationBar narration = new NarrationBar();
    private final ReplayControls replayControls = new ReplayControls(replay);
    private final SidePanels sidePanels = new SidePanels(this::select);
    private final Legend legend = new Legend(Theme.standard());
    private final SearchBar searchBar = new SearchBar(this::showMatches, this::goTo);
    private final Function<BitSet, ViewStyle> style;
    private final StatusLine statusLine;
    private final ReplaySettings replaySettings;
    private final SplitPane content;
    private final FrameLoop frameLoop = new FrameLoop(replay, treeView, memoryView, timelineBar);
    private Trace trace;
    private String format = "";

    /**
     * The views, dressed as {@code style} says for a set of collapsed subtrees, with the counts
     * of what is shown on {@code statusLine}, each file replayed at the speed {@code replaySettings} say.
     */
    TraceViews(Function<BitSet, ViewStyle> style, StatusLine statusLine, ReplaySettings replaySettings) {
        this.style = style;
        this.statusLine = statusLine;
        this.replaySettings = replaySettings;
        replay.speedProperty().set(replaySettings.firstSpeed());
        treeView.setId("tree");
        memoryView.setId("memory");
        timelineBar.setId("timeline");
        treeView.setOnSelect(this::select);
        memoryView.setOnSelect(this::select);
        outlineView.setOnSelect(this::select);
        timelineBar.setOnSeek(replay::seek);
        roundsPanel.setOnSeek(position -> {
            replay.pause();
            replay.seek(position);
        });
        replay.positionProperty().addListener((observable, old, position) -> positionChanged(position.intValue()));
        // The outline follows the replay while it is shown, and catches up when it is shown again.
        outlineTab.setOnSelectionChanged(event -> {
            if (outlineTab.isSelected() && treeView.shown() != null) {
                outlineView.setState(treeView.scene().state());
            }
        });
        StackPane treeArea = new StackPane(treeView, legend, treeView.miniMap());
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setMargin(legend, new Insets(8));
        StackPane.setAlignment(treeView.miniMap(), Pos.TOP_RIGHT);
        StackPane.setMargin(treeView.miniMap(), new Insets(8));
        treeTab.setContent(treeArea);
        SplitPane.setResizableWithParent(roundsPanel, false);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        BorderPane replayArea = new BorderPane(tabs);
        replayArea.setBottom(new VBox(narration, timelineBar, replayControls));
        content = new SplitPane(replayArea, sidePanels);
        content.setOrientation(Orientation.HORIZONTAL);
        content.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(sidePanels, false);
        frameLoop.start();
    }

    /** Adds a tab after the others, e.g. the Dataset tab. */
    void addTab(Tab tab) {
        tabs.getTabs().add(tab);
    }

    void showTab(Tab tab) {
        tabs.getSelectionModel().select(tab);
    }

    void showTree() {
        showTab(treeTab);
    }

    /** Shows the side panels beside the tabs, or gives their room to the tabs (a dataset's table wants it). */
    void setSidePanelsShown(boolean shown) {
        if (!shown) {
            content.getItems().remove(sidePanels);
        } else if (!content.getItems().contains(sidePanels)) {
            content.getItems().add(sidePanels);
            content.setDividerPositions(0.7);
        }
    }

    /** The tabs, the replay under them and the side panels beside. */
    Node content() {
        return content;
    }

    void setStartPage(Node page) {
        startTab.setContent(page);
    }

    void showStartPage() {
        tabs.getSelectionModel().select(startTab);
    }

    /** Shows the overview while {@code wanted} holds and part of the tree is off screen. */
    void showOverviewWhen(ObservableBooleanValue wanted) {
        treeView.miniMap().visibleProperty().bind(treeView.wholeTreeShownProperty().not().and(wanted));
    }

    /** Shows {@code shown}, read as {@code shownFormat}, from its start (or its end, if long) at the starting speed. */
    void display(Trace shown, String shownFormat) {
        trace = shown;
        format = shownFormat;
        attach(treeView.show(trace, style.apply(new BitSet())));
        tabs.getSelectionModel().select(MemoryView.canShow(trace) ? memoryTab : treeTab);
        replay.load(trace);
        replay.speedProperty().set(replaySettings.startSpeed(replay.speedProperty().get()));
        if (trace.timeline().size() > ReplayController.OPEN_AT_END_EVENTS) {
            replay.toEnd();
        }
        select(0);
        positionChanged(replay.positionProperty().get());
    }

    /** A live trace's newer snapshot: view, dress, selection stay; a replay at the end follows it. */
    void refresh(Trace grown) {
        int position = replay.positionProperty().get();
        boolean following = position == trace.timeline().size();
        boolean playing = replay.playingProperty().get();
        trace = grown;
        ShownTrace shown = treeView.refresh(grown);
        attach(shown);
        replay.load(grown);
        replay.seek(following ? grown.timeline().size() : Math.min(position, grown.timeline().size()));
        if (playing) {
            replay.play();
        }
        select(shown.scene().selected());
        positionChanged(replay.positionProperty().get());
    }

    /** Points every view at {@code shown}'s trace. */
    private void attach(ShownTrace shown) {
        timelineBar.show(trace.timeline());
        outlineView.show(trace);
        boolean memory = MemoryView.canShow(trace);
        memoryTab.setDisable(!memory);
        if (memory) {
            memoryView.show(shown.scene());
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
        sidePanels.show(trace);
    }

    private void positionChanged(int position) {
        ShownTrace shown = treeView.shown();
        timelineBar.setPosition(position);
        roundsPanel.follow(position);
        narration.setText(position > 0 ? Narration.of(trace, position - 1) : trace.info().name().isEmpty()
                ? "Press Space or Play to replay the search."
                : trace.info().name() + ": press Space or Play to replay the search.");
        int touched = position == 0 ? 0 : trace.timeline().node(position - 1);
        sidePanels.follow(shown, touched >= 0 ? touched : Math.max(0, shown.scene().cursor()));
        replayControls.showPosition(position, trace.timeline().size());
        if (outlineTab.isSelected()) {
            outlineView.setState(shown.scene().state());
        }
        showStatus();
    }

    /** Selects {@code node} everywhere: tree, memory, outline, details, state panel and reasoning text. */
    void select(int node) {
        ShownTrace shown = treeView.shown();
        if (shown == null) {
            return;
        }
        shown.scene().select(node);
        sidePanels.select(shown, node);
        outlineView.select(node);
        treeView.markDirty();
        memoryView.markDirty();
    }

    /** Selects {@code node} and centres it; a node not created yet moves the replay to its creation. */
    private void goTo(int node) {
        if (node >= treeView.scene().state().nodeCount()) {
            replay.seek(trace.createdAt(node) + 1);
            searchBar.markLater(trace.createdAt(node) + 1);
        }
        select(node);
        treeView.centreOn(node);
    }

    /** Lights up {@code matches} in the tree, as a search does. */
    void showMatches(BitSet matches) {
        if (treeView.shown() != null) {
            treeView.scene().setMatches(matches);
            treeView.markDirty();
        }
    }

    /** Dresses the shown trace as the View menu now says. */
    void dress() {
        ViewStyle dress = style.apply(treeView.collapsed());
        legend.showValueScale(dress.colourByValue());
        treeView.dress(dress);
        memoryView.markDirty();
    }

    /** Collapses the subtrees with no solution and no open node, or with {@code failed} false expands all. */
    void collapse(boolean failed) {
        if (trace != null) {
            treeView.setCollapsed(failed ? FailedSubtrees.roots(trace, treeView.scene().state()) : new BitSet());
        }
    }

    /** Shows the counts of what is on display, in the status line. */
    void showStatus() {
        statusLine.showTrace(trace, trace == null ? 0 : treeView.scene().state().nodeCount(),
                replay.positionProperty().get(), format);
    }

    /** Presentation mode: larger nodes and narration, no details, the tree shown, the replay paused. */
    void present(boolean on) {
        sidePanels.showDetails(!on);
        treeView.setMagnification(on ? PRESENTATION_MAGNIFICATION : 1);
        narration.setLarge(on);
        if (on) {
            replay.pause();
            if (startTab.isSelected()) {
                tabs.getSelectionModel().select(treeTab);
            }
        }
        treeView.fitToWindow();
    }

    /** Stops the frame loop and the replay, for when the window goes away. */
    void stop() {
        frameLoop.stop();
        replay.pause();
    }

    View shownView() {
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        return shown == memoryTab ? View.MEMORY
                : shown != null && shown.getUserData() instanceof View sequence ? sequence : View.TREE;
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

    MemoryView memoryView() {
        return memoryView;
    }

    SidePanels sidePanels() {
        return sidePanels;
    }

    SearchBar searchBar() {
        return searchBar;
    }

    Label narrationLine() {
        return narration.label();
    }
}
