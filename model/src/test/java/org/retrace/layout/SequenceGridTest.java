package org.retrace.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Sudoku decoding of demo unmask (81 positions, 14 steps) in a view 924 x 430, and a 4,096 x 1,024 history. */
class SequenceGridTest {
    private static final double DELTA = 1e-9;

    @Test
    void aFittedGridSharesTheViewLessTheBarsAmongItsPositions() {
        SequenceGrid grid = SequenceGrid.of(81, 14, false, 0, 924, 430);

        assertEquals(834, grid.viewportWidth(), DELTA);
        assertEquals(834.0 / 81, grid.cellWidth(), DELTA);
        assertEquals(430.0 / 14, grid.cellHeight(), DELTA);
        assertEquals(0, grid.maxScrollX(), DELTA);
        assertEquals(0, grid.maxScrollY(), DELTA);
        assertFalse(grid.showsTokens(), "10-pixel cells hold no token");
        assertEquals(834, grid.barsStart(), DELTA);
    }

    /** In a view 304 wide, 81 cells of 214/81 pixels add up to a hair over 214: no scroll for that. */
    @Test
    void aFittedGridNeverScrollsForRoundingErrors() {
        SequenceGrid grid = SequenceGrid.of(81, 14, false, 0, 304, 430);

        assertTrue(grid.contentWidth() > grid.viewportWidth(), "the rounding this test is about");
        assertEquals(0, grid.maxScrollX(), DELTA);
    }

    /** Single digits need 12 pixels; a readable cell is 30 wide all the same. */
    @Test
    void readableCellsHoldTokensAndTheGridScrollsSideways() {
        SequenceGrid grid = SequenceGrid.of(81, 14, false, 12, 924, 430);

        assertEquals(30, grid.cellWidth(), DELTA);
        assertEquals(430.0 / 14, grid.cellHeight(), DELTA, "rows already tall enough keep their height");
        assertTrue(grid.showsTokens());
        assertEquals(81 * 30 - 834, grid.maxScrollX(), DELTA);
        assertEquals(0, grid.maxScrollY(), DELTA);
        assertEquals(834, grid.barsStart(), DELTA, "the bars stay at the viewport's edge");
    }

    /** Words need 70 pixels: readable cells grow to them, up to the widest cell. */
    @Test
    void readableCellsGrowToTheTokensUpToTheWidestCell() {
        assertEquals(70, SequenceGrid.of(81, 14, false, 70, 924, 430).cellWidth(), DELTA);
        assertEquals(SequenceGrid.WIDEST_CELL, SequenceGrid.of(81, 14, false, 400, 924, 430).cellWidth(), DELTA);
    }

    @Test
    void transposedPositionsAreRowsAndTheBarsGoUnderTheGrid() {
        SequenceGrid grid = SequenceGrid.of(81, 14, true, 0, 924, 430);

        assertEquals(14, grid.columns());
        assertEquals(81, grid.rows());
        assertEquals(340, grid.viewportHeight(), DELTA);
        assertEquals(924.0 / 14, grid.cellWidth(), DELTA);
        assertEquals(340.0 / 81, grid.cellHeight(), DELTA);
        assertEquals(340, grid.barsStart(), DELTA);
        assertEquals(13, grid.column(13, 80));
        assertEquals(80, grid.row(13, 80));
        assertEquals(13, grid.step(13, 80));
        assertEquals(80, grid.position(13, 80));
    }

    @Test
    void aShortDecodingKeepsCompactCells() {
        SequenceGrid grid = SequenceGrid.of(5, 5, false, 0, 924, 430);

        assertEquals(SequenceGrid.WIDEST_CELL, grid.cellWidth(), DELTA);
        assertEquals(SequenceGrid.TALLEST_CELL, grid.cellHeight(), DELTA);
        assertEquals(600, grid.barsStart(), DELTA, "the bars right beside the grid, not at the view's edge");
    }

    /** Following the replay scrolls just enough to show the step's whole row, and not past the end. */
    @Test
    void followingAStepScrollsItsRowIntoView() {
        SequenceGrid grid = SequenceGrid.of(4096, 1024, false, 30, 1000, 500);

        assertArrayEquals(new double[] {300, 1001 * 18 - 500}, grid.scrollToShow(1000, 300, 0), DELTA);
        assertArrayEquals(new double[] {300, 18 * 10}, grid.scrollToShow(10, 300, 5000), DELTA);
        assertArrayEquals(new double[] {300, 40}, grid.scrollToShow(5, 300, 40), DELTA, "already in view");
        assertEquals(1024 * 18 - 500, grid.maxScrollY(), DELTA);
    }

    @Test
    void aGridWithoutPositionsIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SequenceGrid.of(0, 3, false, 0, 100, 100));

        assertEquals("a grid needs a position and a step, found 0 positions and 3 steps", refused.getMessage());
    }
}
