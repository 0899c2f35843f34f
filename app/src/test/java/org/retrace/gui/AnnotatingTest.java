package org.retrace.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.annotation.Intervention;
import org.retrace.annotation.NodeNote;
import org.retrace.annotation.NotesFile;
import org.retrace.annotation.NotesLocation;
import org.retrace.annotation.TraceNotes;
import org.retrace.format.fixtures.Fixtures;
import org.retrace.gui.annotation.NotesPanel;
import org.retrace.gui.settings.RecentFiles;
import org.retrace.model.Trace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * HuatuoGPT-o1's first record (10 nodes) with notes written beside it by an earlier session: s1
 * bookmarked, s3 the first error with a note and a corrected step, and a note on a node "gone"
 * that the trace does not hold.
 */
@ExtendWith(ApplicationExtension.class)
class AnnotatingTest {
    private static final String NAME = "huatuo.json: record 1";

    @TempDir
    static Path settings;

    @TempDir
    Path directory;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, new RecentFiles(settings));
    }

    @AfterEach
    void closeTheWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    private Path annotatedTrace() throws Exception {
        Path trace = Files.copy(Fixtures.fixture("llm/cot/huatuo-o1-demo-40.json"), directory.resolve("huatuo.json"));
        NotesFile.empty().with(NAME, TraceNotes.NONE
                .with("s1", NodeNote.NONE.withBookmark(true))
                .with("s3", NodeNote.NONE.withLabel("first error", true).withNote("blames aplastic anemia"))
                .with("gone", NodeNote.NONE.withNote("kept though the node is gone"))
                .with(new Intervention("s3", "Only the red line fails: parvovirus B19."))).write(NotesLocation.besides(trace));
        return trace;
    }

    @Test
    void notesKeptBesideATraceAreDrawnListedAndReadInItsDetails(FxRobot robot) throws Exception {
        Path trace = annotatedTrace();

        robot.interact(() -> window.load(trace));
        FxWait.untilShown(window, shown -> shown.nodeCount() == 11);

        Trace shown = window.treeView().shown().trace();
        int corrected = shown.findNode("intervention: s3");
        assertEquals(10, corrected, "the intervention comes after the 10 recorded nodes");
        assertEquals("s2", shown.id(shown.parent(corrected)), "beside s3, under its parent");
        assertTrue(window.treeView().scene().isIntervention(corrected));
        assertEquals(2, window.treeView().scene().marks().count(), "s1 and s3; the gone node is not drawn");
        AtomicReference<String> details = new AtomicReference<>();
        AtomicReference<List<String>> listed = new AtomicReference<>();
        // Looked up on the JavaFX thread: the replay is playing and changes the scene meanwhile.
        robot.interact(() -> {
            window.replay().pause();
            window.select(shown.findNode("s3"));
            details.set(robot.lookup("#details").queryAs(TextArea.class).getText());
            TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
            tabs.getTabs().stream().filter(tab -> "notes-tab".equals(tab.getId())).findFirst()
                    .ifPresent(tabs.getSelectionModel()::select);
            listed.set(robot.lookup("#notes-panel").queryAs(NotesPanel.class).lines());
        });
        assertTrue(details.get().startsWith("labels: first error\nnote: blames aplastic anemia\nintervention: Only the "
                + "red line fails: parvovirus B19.\n\nid: s3\n"), details.get());
        List<String> lines = listed.get();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("⚑ ") && lines.get(0).contains("(s1)"), lines.get(0));
        assertTrue(lines.get(1).endsWith("(s3)  [first error]  ✎ blames aplastic anemia  → Only the red line fails: "
                + "parvovirus B19."), lines.get(1));
        assertEquals("gone  (not in this trace any more)  ✎ kept though the node is gone", lines.get(2));
    }

    @Test
    void ctrlBBookmarksTheSelectedNodeAndSavesAtOnceKeepingTheRest(FxRobot robot) throws Exception {
        Path trace = annotatedTrace();
        robot.interact(() -> window.load(trace));
        FxWait.untilShown(window, shown -> shown.nodeCount() == 11);
        Trace shown = window.treeView().shown().trace();

        robot.interact(() -> {
            window.select(shown.findNode("s2"));
            window.treeView().requestFocus();
        });
        robot.press(KeyCode.CONTROL).press(KeyCode.B).release(KeyCode.B).release(KeyCode.CONTROL);

        FxWait.until(() -> NotesFile.read(NotesLocation.besides(trace)).notes(NAME).of("s2").bookmark());
        TraceNotes saved = NotesFile.read(NotesLocation.besides(trace)).notes(NAME);
        assertEquals("kept though the node is gone", saved.of("gone").note());
        assertEquals("Only the red line fails: parvovirus B19.", saved.interventionOn("s3").text());
        FxWait.until(() -> window.treeView().scene().marks().count() == 3);
    }
}
