package org.retrace.gui.menu;

import static org.retrace.gui.menu.MenuItems.item;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.retrace.gui.settings.RecentFiles;

/**
 * The File menu: open (as it is, or as a chain of thought), the recent files, the samples, save,
 * follow a growing file, the solver receiver's items, the exports, and quit.
 */
public final class FileMenu {
    /** What the menu's commands do to the window. */
    public interface Commands {
        void open(Path file);

        void openAsReasoning(Path file);

        void openSample(String name);

        void saveAs();
    }

    /**
     * Opening a dataset (a file of many records, or a folder of trace files), and comparing runs.
     *
     * @param openDataset opens a file or folder as a dataset
     * @param compareWith compares the trace on display with the first of a file
     */
    public record Datasets(Consumer<Path> openDataset, Consumer<Path> compareWith) {
    }

    /** Following a file that grows while it is shown. */
    public interface Following {
        void follow(Path file);

        void stopFollowing();
    }

    private final Window owner;
    private final RecentFiles recentFiles;
    private final Commands commands;
    private final Menu recent = new Menu("Open Recent");
    private final Menu menu;

    /**
     * The menu, with {@code listening} (the solver receiver's items) after following and
     * {@code exports} before Quit.
     */
    public FileMenu(Window owner, RecentFiles recentFiles, List<String> samples, Commands commands,
            Datasets datasets, Following following, List<MenuItem> listening, List<MenuItem> exports) {
        this.owner = owner;
        this.recentFiles = recentFiles;
        this.commands = commands;
        Menu sampleMenu = new Menu("Samples");
        for (String name : samples) {
            sampleMenu.getItems().add(item(name, null, () -> commands.openSample(name)));
        }
        refreshRecent();
        menu = new Menu("File", null, item("Open...", "Shortcut+O", () -> choose(commands::open)),
                item("Open as chain of thought...", null, () -> choose(commands::openAsReasoning)),
                item("Open dataset...", "Shortcut+D", () -> choose(datasets.openDataset())),
                item("Open folder as dataset...", null, () -> chooseFolder(datasets.openDataset())),
                item("Compare with...", null, () -> choose(datasets.compareWith())), recent, sampleMenu,
                item("Save as...", "Shortcut+S", commands::saveAs), new SeparatorMenuItem(),
                item("Follow file...", "Shortcut+Shift+O", () -> choose(following::follow)),
                item("Stop following", null, following::stopFollowing));
        menu.getItems().addAll(listening);
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().addAll(exports);
        menu.getItems().addAll(new SeparatorMenuItem(), item("Quit", "Shortcut+Q", Platform::exit));
    }

    private void choose(Consumer<Path> then) {
        File chosen = new FileChooser().showOpenDialog(owner);
        if (chosen != null) {
            then.accept(chosen.toPath());
        }
    }

    private void chooseFolder(Consumer<Path> then) {
        File chosen = new DirectoryChooser().showDialog(owner);
        if (chosen != null) {
            then.accept(chosen.toPath());
        }
    }

    public Menu menu() {
        return menu;
    }

    /** Lists the recent files again, after one was added. */
    public void refreshRecent() {
        recent.getItems().clear();
        for (Path file : recentFiles.list()) {
            recent.getItems().add(item(file.toString(), null, () -> commands.open(file)));
        }
        recent.setDisable(recent.getItems().isEmpty());
    }
}
