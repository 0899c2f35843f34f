package org.retrace.gui;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.ScatterChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.compare.TreeComparison;
import org.retrace.dataset.TraceRow;
import org.retrace.demo.VariantComparison;
import org.retrace.demo.sudoku.Sudoku;
import org.retrace.format.nativejson.NativeTraceWriter;
import org.retrace.generate.SyntheticReasoning;
import org.retrace.model.Trace;
import org.retrace.format.fixtures.Fixtures;
import org.retrace.gui.settings.RecentFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Dataset tab, driven as a user would: open, filter, chart, open a row's trace, pick a record. */
@ExtendWith(ApplicationExtension.class)
class DatasetWindowTest {
    @TempDir
    static Path settings;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, new RecentFiles(settings));
    }

    @AfterEach
    void closeTheWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void aFolderOfFilesFillsTheTableWhoseFilterAndChartsFollow(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(settings.resolve("dataset"));
        Files.copy(Fixtures.fixture("llm/sos-dataset-train-20.json"), folder.resolve("sos.json"), REPLACE_EXISTING);
        Files.copy(Fixtures.fixture("llm/tot-crosswords-dfs-prune-all.json"), folder.resolve("tot.json"),
                REPLACE_EXISTING);

        robot.interact(() -> window.openDataset(folder));
        FxWait.until(() -> window.datasetView().rows().size() == 40
                && robot.lookup("#dataset-count").queryAs(Label.class).getText().equals("40 traces"));

        TableView<TraceRow> table = robot.lookup("#dataset-table").queryAs(TableView.class);
        assertTrue(table.getColumns().size() >= 10, "the measures at least: " + table.getColumns().size());
        BarChart<?, ?> histogram = robot.lookup("#dataset-histogram").queryAs(BarChart.class);
        FxWait.until(() -> !histogram.getData().isEmpty());
        ScatterChart<?, ?> scatter = robot.lookup("#dataset-scatter").queryAs(ScatterChart.class);
        assertEquals(List.of("format: sos", "format: tot"), scatter.getData().stream().map(series -> series.getName())
                .toList());

        robot.interact(() -> {
            TableColumn<TraceRow, ?> nodes = table.getColumns().stream().filter(column -> column.getText().equals("nodes"))
                    .findFirst().orElseThrow();
            nodes.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.<TableColumn<TraceRow, ?>>of(nodes));
        });
        List<Integer> sizes = window.datasetView().shownRows().stream().map(TraceRow::nodes).toList();
        assertEquals(sizes.stream().sorted(Comparator.reverseOrder()).toList(), sizes,
                "sorted by nodes, as numbers");
        assertEquals(344, sizes.get(0), "the SoS set's largest search, read from the file by hand");

        robot.clickOn("#dataset-filter").write("format=sos nodes>40");
        FxWait.until(() -> robot.lookup("#dataset-count").queryAs(Label.class).getText().endsWith("of 40 traces"));
        List<TraceRow> kept = window.datasetView().shownRows();
        assertTrue(kept.stream().allMatch(row -> row.format().equals("sos") && row.nodes() > 40), kept.toString());
        assertEquals(robot.lookup("#dataset-count").queryAs(Label.class).getText(), kept.size() + " of 40 traces");
    }

    /**
     * The table's row on screen that shows the trace {@code name}, or null while none does; the
     * table also keeps an invisible row for measuring, which a click cannot reach.
     */
    private static Node rowShowing(FxRobot robot, String name) {
        for (Node cell : robot.lookup("#dataset-table .table-row-cell").queryAll()) {
            if (cell instanceof TableRow<?> row && row.getItem() instanceof TraceRow shown && shown.trace().equals(name)
                    && onScreen(row)) {
                return row;
            }
        }
        return null;
    }

    private static boolean onScreen(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    @Test
    void aDoubleClickOpensTheRowsTraceAndTheRecordPickerKeepsTheTableInStep(FxRobot robot) throws Exception {
        Path file = Fixtures.fixture("llm/cot/huatuo-o1-demo-40.json");
        robot.interact(() -> window.openDataset(file));
        FxWait.until(() -> window.datasetView().rows().size() == 40);
        TableView<TraceRow> table = robot.lookup("#dataset-table").queryAs(TableView.class);

        String third = "huatuo-o1-demo-40.json: record 3";
        FxWait.until(() -> rowShowing(robot, third) != null);
        // On the row's first cell: the row runs on under the charts beside the table.
        Node target = rowShowing(robot, third);
        robot.moveTo(target.localToScreen(60, target.getBoundsInLocal().getHeight() / 2))
                .doubleClickOn(MouseButton.PRIMARY);
        FxWait.untilShown(window, "huatuo-o1-demo-40.json: record 3");

        robot.interact(() -> window.recordPicker().getSelectionModel().select(6));
        FxWait.untilShown(window, "huatuo-o1-demo-40.json: record 7");
        FxWait.until(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().trace().equals("huatuo-o1-demo-40.json: record 7"));
        TextField filter = robot.lookup("#dataset-filter").queryAs(TextField.class);
        assertEquals("", filter.getText());
    }

    @Test
    void twoSelectedRowsAreComparedInTheCompareTab(FxRobot robot) throws Exception {
        robot.interact(() -> window.openDataset(Fixtures.fixture("llm/cot/huatuo-o1-demo-40.json")));
        FxWait.until(() -> window.datasetView().rows().size() == 40);
        TableView<TraceRow> table = robot.lookup("#dataset-table").queryAs(TableView.class);

        robot.interact(() -> table.getSelectionModel().selectIndices(0, 1));
        robot.clickOn("#dataset-compare");
        FxWait.until(() -> window.compareView().comparison() != null);

        TreeComparison comparison = window.compareView().comparison();
        assertEquals("huatuo-o1-demo-40.json: record 1", comparison.a().info().name());
        assertEquals("huatuo-o1-demo-40.json: record 2", comparison.b().info().name());
        assertEquals(TreeComparison.Matching.LABEL_PATH, comparison.matching());
        assertEquals(1, comparison.common(), "two patients' reasoning share only their root");
        assertTrue(robot.lookup("#compare-summary").queryAs(Label.class).getText()
                .startsWith("1 node in common, 9 only in A (of 10), 11 only in B (of 12)"),
                robot.lookup("#compare-summary").queryAs(Label.class).getText());
    }

    /** The demo's default puzzle, seed and budget; the same runs compared by `retrace compare` give these counts. */
    @Test
    void theTraceOnDisplayIsComparedWithAnotherFilesFirstTrace(FxRobot robot) throws Exception {
        Path dfs = settings.resolve("dfs.jsonl");
        Path sampling = settings.resolve("sampling.jsonl");
        List<Trace> variants = VariantComparison.run(new Sudoku(), new Sudoku().description().defaults());
        try (OutputStream out = Files.newOutputStream(dfs)) {
            new NativeTraceWriter().writeEventLog(List.of(variants.get(0)), out);
        }
        try (OutputStream out = Files.newOutputStream(sampling)) {
            new NativeTraceWriter().writeEventLog(List.of(variants.get(1)), out);
        }
        robot.interact(() -> window.load(dfs));
        FxWait.untilShown(window, trace -> trace.nodeCount() == variants.get(0).nodeCount());

        robot.interact(() -> window.compareWith(sampling));
        FxWait.until(() -> window.compareView().comparison() != null);

        TreeComparison comparison = window.compareView().comparison();
        TreeComparison expected = TreeComparison.of(variants.get(0), variants.get(1), TreeComparison.Matching.LABEL_PATH);
        assertEquals(expected.common(), comparison.common());
        assertEquals(expected.onlyInA(), comparison.onlyInA());
        assertEquals(expected.onlyInB(), comparison.onlyInB());
        assertTrue(comparison.onlyInA() + comparison.onlyInB() > 0);
    }

    /** The generated dataset: 10,000 chains of thought of about 5 KB, streamed into the table. */
    @Test
    void tenThousandGeneratedChainsOfThoughtFillTheTableAndItsCharts(FxRobot robot) throws Exception {
        Path file = settings.resolve("ten-thousand.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            SyntheticReasoning.write(out, 10_000, 1);
        }

        robot.interact(() -> window.openDataset(file));
        FxWait.until(() -> robot.lookup("#dataset-count").queryAs(Label.class).getText().equals("10,000 traces")
                && !robot.lookup("#dataset-histogram").queryAs(BarChart.class).getData().isEmpty());

        long correct = window.datasetView().rows().stream().filter(row -> Boolean.TRUE.equals(row.fields()
                .get("correct"))).count();
        assertTrue(correct > 0 && correct < 10_000, "the generator marks some records correct: " + correct);
        ScatterChart<?, ?> scatter = robot.lookup("#dataset-scatter").queryAs(ScatterChart.class);
        assertEquals(2_000, scatter.getData().stream().mapToInt(series -> series.getData().size()).sum(),
                "at most 2,000 points drawn");
        robot.interact(() -> robot.lookup("#dataset-filter").queryAs(TextField.class).setText("correct=true"));
        FxWait.until(() -> robot.lookup("#dataset-count").queryAs(Label.class).getText()
                .equals(String.format(Locale.ROOT, "%,d of 10,000 traces", correct)));
    }
}
