package org.retrace.gui.menu;

import static org.retrace.gui.menu.MenuItems.item;

import java.util.BitSet;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import org.retrace.render.ViewStyle;

/**
 * The View menu: fit and zoom, find, collapse and expand, and the view's dress (colour by value,
 * edge width by visits, metric badges, actions on edges, the overview), which it keeps as the {@link ViewStyle}
 * every trace opened is shown with; whether new files keep the replay's speed; presentation mode last.
 */
public final class ViewMenu {
    /** What the menu's commands do to the window. */
    public interface Commands {
        void fit();

        void zoom(double factor);

        void find();

        void collapseFailed();

        void expandAll();

        /** The dress changed: show the trace as {@link ViewMenu#style} now says. */
        void dressed();

        void present(boolean on);

        /** New files keep the replay's speed, or start at the default. */
        void keepSpeed(boolean on);
    }

    private final CheckMenuItem colourByValue = new CheckMenuItem("Colour by value");
    private final CheckMenuItem edgeWidthByVisits = new CheckMenuItem("Edge width by visits");
    private final CheckMenuItem badges = new CheckMenuItem("Metric badges");
    private final CheckMenuItem edgeLabels = new CheckMenuItem("Actions on edges");
    private final CheckMenuItem overview = new CheckMenuItem("Show overview");
    private final CheckMenuItem presentation = new CheckMenuItem("Presentation mode");
    private final CheckMenuItem keepSpeed = new CheckMenuItem("Keep replay speed for new files");
    private final Menu menu;

    /** The menu, with Keep replay speed ticked if {@code keepingSpeed}. */
    public ViewMenu(Commands commands, boolean keepingSpeed) {
        badges.setSelected(true);
        overview.setSelected(true);
        for (CheckMenuItem dress : new CheckMenuItem[] {colourByValue, edgeWidthByVisits, badges, edgeLabels}) {
            dress.setOnAction(event -> commands.dressed());
        }
        keepSpeed.setSelected(keepingSpeed);
        keepSpeed.setOnAction(event -> commands.keepSpeed(keepSpeed.isSelected()));
        presentation.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        presentation.setOnAction(event -> commands.present(presentation.isSelected()));
        menu = new Menu("View", null, item("Fit to window", "Shortcut+0", commands::fit),
                item("Zoom in", "Shortcut+Plus", () -> commands.zoom(1.25)),
                item("Zoom out", "Shortcut+Minus", () -> commands.zoom(0.8)),
                item("Find...", "Shortcut+F", commands::find), new SeparatorMenuItem(),
                item("Collapse failed subtrees", null, commands::collapseFailed),
                item("Expand all", null, commands::expandAll), new SeparatorMenuItem(),
                colourByValue, edgeWidthByVisits, badges, edgeLabels, overview, new SeparatorMenuItem(), keepSpeed, presentation);
    }

    public Menu menu() {
        return menu;
    }

    /** The dress the menu sets, with a legend and {@code collapsed} as the collapsed subtrees. */
    public ViewStyle style(BitSet collapsed) {
        return new ViewStyle(true, colourByValue.isSelected(), edgeWidthByVisits.isSelected(), badges.isSelected(),
                edgeLabels.isSelected(), collapsed);
    }

    /** Whether the user wants the overview, when there is something off screen for it to show. */
    public ReadOnlyBooleanProperty overviewWanted() {
        return overview.selectedProperty();
    }

    public ReadOnlyBooleanProperty presenting() {
        return presentation.selectedProperty();
    }

    /** Ticks or clears Presentation mode, as leaving full screen does. */
    public void setPresenting(boolean on) {
        presentation.setSelected(on);
    }
}
