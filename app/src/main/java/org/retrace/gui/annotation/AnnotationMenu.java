package org.retrace.gui.annotation;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.retrace.annotation.Intervention;
import org.retrace.annotation.Labels;
import org.retrace.annotation.NodeNote;

/**
 * The menu a right-click on a node opens: bookmark it, write a note, put labels on it, or write
 * the step it should have taken (an intervention). Every choice is saved at once.
 */
public final class AnnotationMenu {
    private final NodeAnnotations annotations;

    public AnnotationMenu(NodeAnnotations annotations) {
        this.annotations = annotations;
    }

    /** The menu for the node {@code id}, whose recorded text {@code text} an intervention starts from. */
    public ContextMenu menuFor(String id, String text, Window owner) {
        NodeNote note = annotations.notes().of(id);
        CheckMenuItem bookmark = new CheckMenuItem("Bookmark");
        bookmark.setId("annotate-bookmark");
        // Shown for the key to learn; the tree view handles Ctrl+B itself, with or without this menu.
        bookmark.setAccelerator(KeyCombination.keyCombination("Shortcut+B"));
        bookmark.setSelected(note.bookmark());
        bookmark.setOnAction(event -> toggleBookmark(id));
        MenuItem writeNote = new MenuItem(note.note().isBlank() ? "Note…" : "Edit note…");
        writeNote.setId("annotate-note");
        writeNote.setOnAction(event -> ask(owner, "Note", "A note on this node, kept beside the trace.", note.note())
                .ifPresent(written -> annotations.change(notes -> notes.with(id, notes.of(id).withNote(written)))));
        Menu labels = new Menu("Labels");
        labels.setId("annotate-labels");
        for (String label : annotations.labels()) {
            CheckMenuItem item = new CheckMenuItem(label);
            item.setSelected(note.hasLabel(label));
            item.setOnAction(event -> annotations.change(notes -> notes.with(id,
                    notes.of(id).withLabel(label, item.isSelected()))));
            labels.getItems().add(item);
        }
        MenuItem newLabel = new MenuItem("New label…");
        newLabel.setOnAction(event -> newLabel(id, owner));
        labels.getItems().addAll(new SeparatorMenuItem(), newLabel);
        if (!annotations.ownLabels().isEmpty()) {
            MenuItem removeLabel = new MenuItem("Stop offering a label…");
            removeLabel.setOnAction(event -> {
                ChoiceDialog<String> dialog = new ChoiceDialog<>(annotations.ownLabels().get(0), annotations.ownLabels());
                dialog.initOwner(owner);
                dialog.setTitle("Stop offering a label");
                dialog.setHeaderText("One of your own labels, no longer offered. Nodes that carry it keep it.");
                dialog.showAndWait().ifPresent(annotations::removeLabel);
            });
            labels.getItems().add(removeLabel);
        }
        Intervention existing = annotations.notes().interventionOn(id);
        MenuItem intervene = new MenuItem(existing == null ? "Intervene here…" : "Edit intervention…");
        intervene.setId("annotate-intervene");
        intervene.setOnAction(event -> ask(owner, "Intervene here", "The step that should have been taken here. It is "
                + "drawn beside this one, on a dashed edge; the recorded trace is not changed.",
                existing == null ? text : existing.text())
                .ifPresent(written -> annotations.change(notes -> notes.with(new Intervention(id, written)))));
        ContextMenu menu = new ContextMenu(bookmark, writeNote, labels, new SeparatorMenuItem(), intervene);
        if (existing != null) {
            MenuItem remove = new MenuItem("Remove intervention");
            remove.setOnAction(event -> annotations.change(notes -> notes.with(new Intervention(id, ""))));
            menu.getItems().add(remove);
        }
        return menu;
    }

    /** Bookmarks node {@code id}, or takes its bookmark away. */
    public void toggleBookmark(String id) {
        annotations.change(notes -> notes.with(id, notes.of(id).withBookmark(!notes.of(id).bookmark())));
    }

    private void newLabel(String id, Window owner) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle("New label");
        dialog.setHeaderText("A label of your own, offered on every node from now on.");
        dialog.showAndWait().filter(label -> !label.isBlank()).ifPresent(label -> {
            annotations.addLabel(label);
            annotations.change(notes -> notes.with(id, notes.of(id).withLabel(Labels.canonical(label), true)));
        });
    }

    private static Optional<String> ask(Window owner, String title, String header, String initial) {
        TextArea area = new TextArea(initial);
        area.setWrapText(true);
        area.setPrefRowCount(8);
        area.setPrefColumnCount(50);
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(area);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? area.getText() : null);
        dialog.setOnShown(event -> area.requestFocus());
        return dialog.showAndWait();
    }
}
