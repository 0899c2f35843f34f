package org.retrace.gui.demo;

import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.retrace.demo.Demo;
import org.retrace.demo.DemoSettings;
import org.retrace.gui.controls.IntegerSpinners;

/**
 * The parameters of one demo as controls: size, seed, variant, node limit (the same budget lets
 * backtracking and sampling be compared fairly) and replay speed, starting at the demo's defaults.
 */
final class DemoForm {
    /** Replay speeds a teacher can follow out loud, in events per second. */
    static final List<Integer> SPEEDS = List.of(1, 2, 5, 10, 25, 100, 1000);
    private static final int DEFAULT_SPEED = 5;

    private final Demo demo;
    private final Spinner<Integer> size;
    private final Spinner<Integer> seed;
    private final Spinner<Integer> nodeLimit;
    private final ChoiceBox<String> variant = new ChoiceBox<>();
    private final ChoiceBox<Integer> speed = new ChoiceBox<>();

    DemoForm(Demo demo) {
        this.demo = demo;
        DemoSettings defaults = demo.defaults();
        size = new Spinner<>(demo.minSize(), demo.maxSize(), defaults.size());
        seed = new Spinner<>(0, Integer.MAX_VALUE, (int) defaults.seed());
        nodeLimit = new Spinner<>(1, DemoSettings.MAX_NODES, defaults.nodeLimit(), 100);
        for (Spinner<Integer> spinner : List.of(size, seed, nodeLimit)) {
            spinner.setEditable(true);
            spinner.setPrefWidth(100);
        }
        variant.getItems().addAll(demo.variants());
        variant.setValue(demo.variants().get(0));
        variant.setDisable(demo.variants().size() == 1);
        speed.getItems().addAll(SPEEDS);
        speed.setValue(DEFAULT_SPEED);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer perSecond) {
                return perSecond == null ? "" : perSecond + (perSecond == 1 ? " step/s" : " steps/s");
            }

            @Override
            public Integer fromString(String text) {
                return Integer.valueOf(text.replaceAll("[^0-9]", ""));
            }
        });
    }

    /** The controls in a grid, a row each, the size labelled with what it means for this demo. */
    GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        String meaning = demo.sizeMeaning();
        grid.addRow(0, new Label(Character.toUpperCase(meaning.charAt(0)) + meaning.substring(1) + ":"), size);
        grid.addRow(1, new Label("Seed:"), seed);
        grid.addRow(2, new Label("Variant:"), variant);
        grid.addRow(3, new Label("Node limit:"), nodeLimit);
        grid.addRow(4, new Label("Replay speed:"), speed);
        return grid;
    }

    Demo demo() {
        return demo;
    }

    /** The settings chosen; a size typed out of range comes back clamped, and text that is no number as it was. */
    DemoSettings settings() {
        return new DemoSettings(IntegerSpinners.commit(size), IntegerSpinners.commit(seed),
                IntegerSpinners.commit(nodeLimit), variant.getValue());
    }

    int speed() {
        return speed.getValue();
    }
}
