package org.retrace.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.decoding.SequenceHistory;
import org.retrace.format.TraceFiles;

/**
 * Hit tests of a five-position, five-step decoding in a view 600 x 400. Steps as rows: the bars
 * take 90 pixels at the right, so 5 columns of 102 and rows of 40 (the tallest). Transposed: the
 * bars take 90 at the bottom, so 5 columns of 120 (the widest) and rows of 40, the bars from y 200.
 */
class SequenceRendererTest {
    @TempDir
    Path directory;

    @Test
    void aPointPicksTheCellOrTheBarsDrawnThereEitherWayRound() throws Exception {
        SequenceHistory history = SequenceHistory.of(TraceFiles.load(Files.writeString(directory.resolve("llada.json"),
                LladaHistory.TEXT)).first());

        int[] hits = HeadlessFx.call(() -> {
            SequenceRenderer renderer = new SequenceRenderer(Theme.standard());
            renderer.show(history);
            int[] stepsAsRows = {renderer.positionAt(250, 10, 600, 400), renderer.stepAt(250, 130, 600, 400),
                    renderer.barStepAt(520, 130, 600, 400), renderer.barStepAt(400, 130, 600, 400),
                    renderer.positionAt(520, 10, 600, 400), renderer.positionAt(250, 210, 600, 400)};
            renderer.setTransposed(true);
            int[] positionsAsRows = {renderer.positionAt(10, 90, 600, 400), renderer.stepAt(250, 90, 600, 400),
                    renderer.barStepAt(250, 230, 600, 400), renderer.barStepAt(250, 150, 600, 400)};
            int[] all = new int[10];
            System.arraycopy(stepsAsRows, 0, all, 0, 6);
            System.arraycopy(positionsAsRows, 0, all, 6, 4);
            return all;
        });

        assertArrayEquals(new int[] {2, 3, 3, -1, -1, -1, 2, 2, 2, -1}, hits,
                "position at x 250, step at y 130, bars of step 3, none left of the bars, none on the bars, none "
                        + "under the grid; transposed: position at y 90, step at x 250, bars of step 2, none on the grid");
    }
}
