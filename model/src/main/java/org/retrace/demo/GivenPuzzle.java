package org.retrace.demo;

import org.retrace.model.Trace;

/** A demo that can also work on a Sudoku the user gives, instead of one it generates. */
public interface GivenPuzzle extends Demo {
    /**
     * Runs on {@code puzzle}, 81 characters row by row, '.' or 0 for an empty cell; fails, saying
     * where, on a puzzle that is not such a grid or repeats a digit in a row, column or box.
     */
    Trace run(DemoSettings settings, String puzzle);
}
