package org.retrace.gui.demo;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.retrace.demo.Demo;
import org.retrace.demo.DemoSettings;
import org.retrace.demo.Demos;
import org.retrace.demo.VariantComparison;
import org.retrace.demo.sat.Cdcl;
import org.retrace.demo.sat.Dimacs;
import org.retrace.model.Trace;

/**
 * The Demo menu and the start page: each built-in search with its parameters, run on a background
 * thread (a demo takes milliseconds, but a large one should not freeze the window) and handed to
 * the window to replay at the chosen speed.
 */
public final class DemoLauncher {
    /** Where a finished demo goes: the window shows and replays it. */
    public interface Replayer {
        void replay(String title, Trace trace, double eventsPerSecond);

        /** Several runs of one problem, one per variant, to set side by side: the first is replayed. */
        void replayVariants(String title, List<Trace> traces, double eventsPerSecond);
    }

    private final Window owner;
    private final Replayer replayer;
    private final Consumer<String> problem;
    private final Runnable showStartPage;

    /** {@code problem} shows an error dialog; {@code showStartPage} brings the start page to the front. */
    public DemoLauncher(Window owner, Replayer replayer, Consumer<String> problem, Runnable showStartPage) {
        this.owner = owner;
        this.replayer = replayer;
        this.problem = problem;
        this.showStartPage = showStartPage;
    }

    public Menu menu() {
        Menu menu = new Menu("Demo");
        for (Demo demo : Demos.all()) {
            MenuItem item = new MenuItem(demo.title() + "...");
            item.setOnAction(event -> ask(demo));
            menu.getItems().add(item);
        }
        MenuItem dimacs = new MenuItem("CDCL on a DIMACS file...");
        dimacs.setOnAction(event -> solveDimacsFile());
        MenuItem start = new MenuItem("Start page");
        start.setOnAction(event -> showStartPage.run());
        menu.getItems().addAll(new SeparatorMenuItem(), dimacs, start);
        return menu;
    }

    /** Every demo as a card with its parameters and a Run button, then the bundled samples, each a button. */
    public Node startPage(List<String> samples, Consumer<String> openSample) {
        VBox cards = new VBox(14);
        cards.setPadding(new Insets(16));
        Label heading = new Label("Watch a search think: pick a demo, set it up, and press Run.");
        heading.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        cards.getChildren().add(heading);
        FlowPane grid = new FlowPane(14, 14);
        for (Demo demo : Demos.all()) {
            DemoForm form = new DemoForm(demo);
            Label title = new Label(demo.title());
            title.setWrapText(true);
            title.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
            Label summary = new Label(demo.summary());
            summary.setWrapText(true);
            Button run = new Button("Run");
            run.setId("run-" + demo.name());
            run.setDefaultButton(false);
            run.setOnAction(event -> run(form.demo(), form.settings(), form.speed()));
            HBox buttons = new HBox(8, run);
            if (demo.variants().size() > 1) {
                Button compare = new Button("Run every variant");
                compare.setId("compare-" + demo.name());
                compare.setTooltip(new Tooltip("The same problem and node budget searched each way; the toolbar's "
                        + "record picker switches between them."));
                compare.setOnAction(event -> runEveryVariant(form.demo(), form.settings(), form.speed()));
                buttons.getChildren().add(compare);
            }
            VBox card = new VBox(8, title, summary, form.grid(), buttons);
            card.setPadding(new Insets(12));
            card.setPrefWidth(340);
            card.setStyle("-fx-background-color: white; -fx-border-color: #d5d9de; -fx-border-radius: 6; "
                    + "-fx-background-radius: 6;");
            grid.getChildren().add(card);
        }
        Label samplesHeading = new Label("Or open a sample trace written by a real search:");
        samplesHeading.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        FlowPane sampleButtons = new FlowPane(8, 8);
        for (String sample : samples) {
            Button open = new Button(sample);
            open.setOnAction(event -> openSample.accept(sample));
            sampleButtons.getChildren().add(open);
        }
        cards.getChildren().addAll(grid, samplesHeading, sampleButtons);
        ScrollPane page = new ScrollPane(cards);
        page.setFitToWidth(true);
        page.setId("start-page");
        return page;
    }

    /** Runs {@code demo} in the background and replays it; a refused setting shows a dialog. */
    public void run(Demo demo, DemoSettings settings, double eventsPerSecond) {
        start(demo.title(), () -> demo.run(settings), eventsPerSecond);
    }

    /** Runs every variant of {@code demo} on the same problem and budget, and replays the first beside the others. */
    public void runEveryVariant(Demo demo, DemoSettings settings, double eventsPerSecond) {
        Task<List<Trace>> task = new Task<>() {
            @Override
            protected List<Trace> call() {
                return VariantComparison.run(demo, settings);
            }
        };
        task.setOnSucceeded(event -> replayer.replayVariants(demo.title(), task.getValue(), eventsPerSecond));
        task.setOnFailed(event -> problem.accept(failureText(task.getException())));
        startInBackground(task);
    }

    private void ask(Demo demo) {
        DemoForm form = new DemoForm(demo);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(demo.title());
        dialog.setHeaderText(demo.summary());
        dialog.getDialogPane().setContent(form.grid());
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(answer -> answer == ButtonType.OK)
                .ifPresent(answer -> run(demo, form.settings(), form.speed()));
    }

    private void solveDimacsFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("CDCL on a DIMACS file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("DIMACS CNF", "*.cnf", "*.dimacs", "*"));
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            solveDimacs(chosen.toPath());
        }
    }

    /** Runs CDCL on the DIMACS CNF {@code file} in the background and replays it; a bad file gets a dialog. */
    public void solveDimacs(Path file) {
        Cdcl cdcl = new Cdcl();
        String name = file.getFileName().toString();
        start(cdcl.title(), () -> cdcl.run(cdcl.defaults(), Dimacs.parse(Files.readString(file, StandardCharsets.UTF_8),
                name), name), 5);
    }

    private void start(String title, Callable<Trace> search, double eventsPerSecond) {
        Task<Trace> task = new Task<>() {
            @Override
            protected Trace call() throws Exception {
                return search.call();
            }
        };
        task.setOnSucceeded(event -> replayer.replay(title, task.getValue(), eventsPerSecond));
        task.setOnFailed(event -> problem.accept(failureText(task.getException())));
        startInBackground(task);
    }

    private static String failureText(Throwable failure) {
        return failure instanceof IOException || failure instanceof IllegalArgumentException ? failure.getMessage()
                : "the demo failed: " + failure;
    }

    private static void startInBackground(Task<?> task) {
        Thread worker = new Thread(task, "retrace-demo");
        worker.setDaemon(true);
        worker.start();
    }
}
