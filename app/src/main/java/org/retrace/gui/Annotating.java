package org.retrace.gui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.retrace.annotation.Intervention;
import org.retrace.annotation.InterventionTrace;
import org.retrace.annotation.NodeNote;
import org.retrace.annotation.TraceNotes;
import org.retrace.gui.annotation.AnnotationMenu;
import org.retrace.gui.annotation.NodeAnnotations;
import org.retrace.gui.annotation.NotesPanel;
import org.retrace.model.Trace;
import org.retrace.render.AnnotationMarks;

/**
 * Bookmarks, notes, labels and interventions on the trace on display: a right-click on a node
 * (or Ctrl+B) marks it, the tree draws the marks, the details panel and find read them, and the
 * Notes tab lists them. Interventions are drawn into a copy of the recorded trace.
 */
final class Annotating {
    private final TraceViews views;
    private final StatusLine statusLine;
    private final NodeAnnotations annotations;
    private final AnnotationMenu menu;
    private final NotesPanel panel = new NotesPanel();
    private final Tab tab = new Tab("Notes", panel);
    /** The trace as recorded, and as shown with its interventions. */
    private Trace recorded;
    private Trace shown;
    /** The interventions {@link #shown} holds. */
    private List<Intervention> drawnInterventions = List.of();

    Annotating(TraceViews views, FileOpening opening, Path settings, StatusLine statusLine) {
        this.views = views;
        this.statusLine = statusLine;
        annotations = new NodeAnnotations(settings, statusLine::say);
        menu = new AnnotationMenu(annotations);
        annotations.addListener(this::apply);
        tab.setId("notes-tab");
        views.addTab(tab);
        opening.addOnDisplayed(this::show);
        panel.setOnShow(node -> {
            views.select(node);
            views.showTree();
            views.treeView().centreOn(node);
        });
        views.treeView().setOnContextMenuRequested(event -> {
            int node = views.treeView().nodeAt(event.getX(), event.getY());
            if (node >= 0 && current()) {
                views.select(node);
                Trace trace = views.trace();
                menu.menuFor(recordedId(trace, node), trace.text(node), views.treeView().getScene().getWindow())
                        .show(views.treeView(), event.getScreenX(), event.getScreenY());
                event.consume();
            }
        });
        views.treeView().addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            int selected = views.treeView().scene().selected();
            if (event.getCode() == KeyCode.B && event.isShortcutDown() && selected >= 0 && current()) {
                menu.toggleBookmark(recordedId(views.trace(), selected));
                event.consume();
            }
        });
        views.sidePanels().setExtraDetails(this::details);
        views.searchBar().setExtraText(this::searchable);
        tab.setOnSelectionChanged(event -> {
            if (tab.isSelected()) {
                current();
            }
        });
    }

    /**
     * The notes of {@code trace}, read from {@code file}, shown with it. A demo's, from no file, and a
     * bundled sample's, from a copy deleted on exit, are kept in the settings folder.
     */
    void show(Path file, Trace trace) {
        recorded = trace;
        shown = trace;
        drawnInterventions = List.of();
        annotations.open(file == null || Samples.isExtracted(file) ? null : file, trace.info().name());
    }

    /** Whether the trace on display is the one annotated; one shown some other way gets its notes now. */
    private boolean current() {
        Trace trace = views.trace();
        if (trace == null) {
            return false;
        }
        if (trace != recorded && trace != shown) {
            show(null, trace);
        }
        return true;
    }

    /** An intervention node stands for the node it replaces. */
    private static String recordedId(Trace trace, int node) {
        String id = trace.id(node);
        return id.startsWith(InterventionTrace.ID_PREFIX) ? id.substring(InterventionTrace.ID_PREFIX.length()) : id;
    }

    private void apply() {
        if (recorded == null) {
            return;
        }
        TraceNotes notes = annotations.notes();
        try {
            // Copying the trace costs a pass over it: only a change of the interventions calls for one.
            Trace withInterventions = notes.interventions().equals(drawnInterventions) ? views.trace()
                    : InterventionTrace.of(recorded, notes);
            drawnInterventions = notes.interventions();
            if (withInterventions != views.trace()) {
                boolean added = withInterventions.nodeCount() > views.trace().nodeCount();
                if (views.treeView().scene().selected() >= withInterventions.nodeCount()) {
                    views.select(-1);
                }
                shown = withInterventions;
                views.refresh(withInterventions);
                if (added) {
                    views.replay().toEnd();
                }
            }
        } catch (IOException unwritable) {
            statusLine.say("Could not draw the interventions: " + unwritable.getMessage());
        }
        views.treeView().scene().setMarks(AnnotationMarks.of(views.trace(), notes));
        views.treeView().markDirty();
        panel.show(views.trace(), notes, String.valueOf(annotations.notesPath()));
        views.outlineView.setMarks(this::outlineMarks);
        views.select(views.treeView().scene().selected());
    }

    private String details(int node) {
        Trace trace = views.trace();
        if (trace == null || recorded == null || node < 0 || node >= trace.nodeCount()) {
            return "";
        }
        String id = recordedId(trace, node);
        NodeNote note = annotations.notes().of(id);
        Intervention intervention = annotations.notes().interventionOn(id);
        List<String> lines = new ArrayList<>();
        if (InterventionTrace.isIntervention(trace, node)) {
            lines.add("intervention: written in place of " + id);
        }
        if (note.bookmark()) {
            lines.add("bookmarked");
        }
        if (!note.labels().isEmpty()) {
            lines.add("labels: " + String.join(", ", note.labels()));
        }
        if (!note.note().isBlank()) {
            lines.add("note: " + note.note());
        }
        if (intervention != null && !InterventionTrace.isIntervention(trace, node)) {
            lines.add("intervention: " + intervention.text());
        }
        return String.join("\n", lines);
    }

    private String outlineMarks(int node) {
        Trace trace = views.trace();
        if (trace == null || node >= trace.nodeCount()) {
            return "";
        }
        NodeNote note = annotations.notes().of(trace.id(node));
        String labels = note.labels().isEmpty() ? "" : "[" + String.join(", ", note.labels()) + "]";
        return ((note.bookmark() ? "⚑ " : "") + labels + (note.note().isBlank() ? "" : " ✎")).strip();
    }

    private String searchable(int node) {
        NodeNote note = annotations.notes().of(views.trace().id(node));
        return note.isEmpty() ? "" : note.note() + " " + String.join(" ", note.labels());
    }
}
