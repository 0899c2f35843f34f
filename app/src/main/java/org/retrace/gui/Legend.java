package org.retrace.gui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import org.retrace.model.NodeStatus;
import org.retrace.render.Theme;

/** What the node colours mean: one swatch per status, the cursor, and the value scale when it is on. */
final class Legend extends HBox {
    private final HBox valueScale = new HBox(4);

    Legend(Theme theme) {
        super(10);
        setId("legend");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        setStyle("-fx-background-color: rgba(255,255,255,0.85); -fx-background-radius: 4;");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        for (NodeStatus status : NodeStatus.values()) {
            Circle swatch = new Circle(5, theme.status(status));
            swatch.setStroke(theme.edgeOnPath);
            getChildren().add(new Label(status.wireName(), swatch));
        }
        Circle cursor = new Circle(5, theme.background);
        cursor.setStroke(theme.cursor);
        cursor.setStrokeWidth(2.5);
        getChildren().add(new Label("cursor", cursor));
        Rectangle gradient = new Rectangle(60, 10, new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                new Stop(0, theme.valueColor(0)), new Stop(0.5, theme.valueColor(0.5)), new Stop(1, theme.valueColor(1))));
        valueScale.setAlignment(Pos.CENTER_LEFT);
        valueScale.getChildren().addAll(new Label("value: low"), gradient, new Label("high"));
        showValueScale(false);
        getChildren().add(valueScale);
    }

    /** Shows or hides the value scale, for View > Colour by value. */
    void showValueScale(boolean shown) {
        valueScale.setVisible(shown);
        valueScale.setManaged(shown);
    }
}
