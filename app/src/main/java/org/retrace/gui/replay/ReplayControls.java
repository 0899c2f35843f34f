package org.retrace.gui.replay;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The row under the timeline: start, step back, play or pause, step forward, end, the speed
 * (a slider on a log scale, 1 to 100,000 events a second) and where the replay is.
 */
public final class ReplayControls extends HBox {
    private final ReplayController replay;
    private final Label eventLabel = new Label();

    public ReplayControls(ReplayController replay) {
        super(6);
        this.replay = replay;
        Button start = new Button("|<");
        Button back = new Button("<");
        Button play = new Button("Play");
        Button forward = new Button(">");
        Button end = new Button(">|");
        play.setId("play");
        start.setOnAction(event -> replay.toStart());
        back.setOnAction(event -> replay.stepBack());
        play.setOnAction(event -> replay.togglePlaying());
        forward.setOnAction(event -> replay.stepForward());
        end.setOnAction(event -> replay.toEnd());
        replay.playingProperty().addListener((observable, old, playing) -> play.setText(playing ? "Pause" : "Play"));
        for (Button button : List.of(start, back, play, forward, end)) {
            button.setFocusTraversable(false);
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        play.setMinWidth(60);
        Label speedTitle = new Label("Speed");
        speedTitle.setMinWidth(Region.USE_PREF_SIZE);
        Label speedLabel = new Label();
        speedLabel.setMinWidth(Region.USE_PREF_SIZE);
        eventLabel.setId("event");
        eventLabel.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(eventLabel, Priority.ALWAYS);
        getChildren().addAll(start, back, play, forward, end, speedTitle, speedSlider(speedLabel), speedLabel,
                eventLabel);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
    }

    /** Says where the replay is: "event 12 of 100". */
    public void showPosition(int position, int events) {
        eventLabel.setText(String.format(Locale.ROOT, "event %,d of %,d", position, events));
    }

    private Slider speedSlider(Label speedLabel) {
        Slider speed = new Slider(0, 5, Math.log10(replay.speedProperty().get()));
        speed.setId("speed");
        speed.setPrefWidth(140);
        speed.setFocusTraversable(false);
        speed.valueProperty().addListener((observable, old, value) -> {
            // The slider follows the speed too: only a move of the slider itself sets a new speed,
            // so that log10 and back do not turn 24 into 23.999999999999993.
            double wanted = Math.pow(10, value.doubleValue());
            if (Math.abs(wanted - replay.speedProperty().get()) > 1e-9 * wanted) {
                replay.speedProperty().set(wanted);
            }
        });
        replay.speedProperty().addListener((observable, old, value) -> {
            speed.setValue(Math.log10(value.doubleValue()));
            speedLabel.setText(String.format(Locale.ROOT, "%,.0f events/s", value.doubleValue()));
        });
        speedLabel.setText(String.format(Locale.ROOT, "%,.0f events/s", replay.speedProperty().get()));
        return speed;
    }
}
