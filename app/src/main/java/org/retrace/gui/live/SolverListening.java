package org.retrace.gui.live;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.retrace.gui.controls.IntegerSpinners;
import org.retrace.live.LiveTrace;
import org.retrace.live.cpprofiler.Execution;
import org.retrace.live.cpprofiler.Receiver;

/**
 * File > Listen for solvers: receives CP-Profiler streams in the window. Every connection becomes
 * an entry of the Solver executions menu, and the newest is followed live; the user can switch to
 * any other. Binds to this machine only unless the user ticks the box for every network.
 */
public final class SolverListening {
    /** The most solvers read at once; more are refused and reported. */
    private static final int MAX_CONNECTIONS = 16;

    private final Window owner;
    private final Consumer<LiveTrace> follow;
    private final Consumer<String> status;
    private final Consumer<String> problem;
    private final Menu executions = new Menu("Solver executions");
    private final MenuItem stop = new MenuItem("Stop listening");
    private final List<LiveTrace> received = new ArrayList<>();
    private Receiver receiver;

    /** {@code follow} shows a trace live; {@code status} and {@code problem} report. */
    public SolverListening(Window owner, Consumer<LiveTrace> follow, Consumer<String> status,
            Consumer<String> problem) {
        this.owner = owner;
        this.follow = follow;
        this.status = status;
        this.problem = problem;
        executions.setDisable(true);
        executions.setOnShowing(event -> renameItems());
        stop.setDisable(true);
        stop.setOnAction(event -> stop());
    }

    /** The File menu's items: Listen for solvers..., the executions received, Stop listening. */
    public List<MenuItem> menuItems() {
        MenuItem listen = new MenuItem("Listen for solvers...");
        listen.setOnAction(event -> ask());
        return List.of(listen, executions, stop);
    }

    /** Starts receiving on {@code address}:{@code port} (0 for any free port); returns the port, or -1 on failure. */
    public int listen(InetAddress address, int port) {
        stop();
        try {
            receiver = new Receiver(address, port, MAX_CONNECTIONS, new Receiver.Listener() {
                @Override
                public void connected(Execution execution) {
                    Platform.runLater(() -> add(execution.trace()));
                }

                @Override
                public void ended(Execution execution) {
                    // The follower sees the trace finish and says so.
                }

                @Override
                public void problem(String description) {
                    Platform.runLater(() -> status.accept(description));
                }
            });
        } catch (IOException unbound) {
            problem.accept("Cannot listen on " + address.getHostAddress() + ":" + port + ": " + unbound.getMessage()
                    + (port == Receiver.DEFAULT_PORT ? ". Is CP-Profiler or another Retrace listening?" : ""));
            return -1;
        }
        stop.setDisable(false);
        status.accept("Listening on " + receiver.address().getHostAddress() + ":" + receiver.port()
                + " for solvers: e.g. minizinc --solver gecode --cp-profiler 0," + receiver.port() + " model.mzn");
        return receiver.port();
    }

    /** Stops accepting; executions already received stay in the menu. */
    public void stop() {
        if (receiver != null) {
            try {
                receiver.close();
            } catch (IOException alreadyClosed) {
                // Nothing listens any more either way.
            }
            receiver = null;
            stop.setDisable(true);
            status.accept("Stopped listening for solvers");
        }
    }

    private void add(LiveTrace trace) {
        received.add(trace);
        MenuItem item = new MenuItem("Execution " + received.size());
        item.setOnAction(event -> follow.accept(trace));
        executions.getItems().add(item);
        executions.setDisable(false);
        follow.accept(trace);
    }

    /** Menu entries named as their START said, once it has arrived. */
    private void renameItems() {
        for (int i = 0; i < received.size(); i++) {
            LiveTrace trace = received.get(i);
            executions.getItems().get(i).setText((i + 1) + ": " + trace.name() + (trace.isFinished() ? "" : " (live)"));
        }
    }

    private void ask() {
        Spinner<Integer> port = new Spinner<>(0, 65535, Receiver.DEFAULT_PORT);
        port.setEditable(true);
        CheckBox everyNetwork = new CheckBox("Accept solvers from other machines (0.0.0.0)");
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Port:"), port);
        form.add(everyNetwork, 0, 1, 2, 1);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Listen for solvers");
        dialog.setHeaderText("Receive search trees as CP-Profiler does, from Gecode, Chuffed or MiniZinc "
                + "(--cp-profiler ID,PORT).");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(answer -> answer == ButtonType.OK).ifPresent(answer -> {
            listen(everyNetwork.isSelected() ? anyAddress() : InetAddress.getLoopbackAddress(),
                    IntegerSpinners.commit(port));
        });
    }

    private static InetAddress anyAddress() {
        try {
            return InetAddress.getByName("0.0.0.0");
        } catch (IOException impossible) {
            throw new IllegalStateException("0.0.0.0 is always an address", impossible);
        }
    }
}
