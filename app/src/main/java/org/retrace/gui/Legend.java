package org.retrace.gui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import org.retrace.model.NodeStatus;
import org.retrace.render.Theme;

/** What the node colours mean, one swatch per status, plus the cursor. */
final class Legend extends HBox {
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
    }
}
