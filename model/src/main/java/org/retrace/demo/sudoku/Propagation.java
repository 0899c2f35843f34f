package org.retrace.demo.sudoku;

import java.util.ArrayList;
import java.util.List;

/**
 * Constraint propagation on a grid: place every digit that is a cell's only candidate or a unit's
 * only place for it, until nothing changes or a rule breaks.
 *
 * @param filled the cells filled, in order, each as "r1c2=4"
 * @param contradiction why the grid cannot be completed, or null
 */
record Propagation(List<String> filled, String contradiction) {
    private static final String[] UNIT_NAMES = {"row", "column", "box"};
    private static final int SHOWN = 4;

    /** Propagates on {@code grid} in place; costs O(81 x 9) per round, at most 81 rounds. */
    static Propagation run(Grid grid) {
        List<String> filled = new ArrayList<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int cell = 0; cell < Grid.CELLS; cell++) {
                if (grid.digit(cell) != 0) {
                    continue;
                }
                int candidates = grid.candidates(cell);
                if (candidates == 0) {
                    return new Propagation(filled, SudokuUnits.cellName(cell) + " has no candidate left");
                }
                if (Integer.bitCount(candidates) == 1) {
                    int digit = Integer.numberOfTrailingZeros(candidates);
                    grid.place(cell, digit);
                    filled.add(SudokuUnits.cellName(cell) + "=" + digit);
                    changed = true;
                }
            }
            for (int unit = 0; unit < SudokuUnits.UNITS.length; unit++) {
                for (int digit = 1; digit <= 9; digit++) {
                    int place = -1;
                    int places = 0;
                    boolean placed = false;
                    for (int cell : SudokuUnits.UNITS[unit]) {
                        if (grid.digit(cell) == digit) {
                            placed = true;
                        } else if (grid.isCandidate(cell, digit)) {
                            place = cell;
                            places++;
                        }
                    }
                    if (placed) {
                        continue;
                    }
                    if (places == 0) {
                        return new Propagation(filled, digit + " has no place left in " + UNIT_NAMES[unit / 9] + " "
                                + (unit % 9 + 1));
                    }
                    if (places == 1) {
                        grid.place(place, digit);
                        filled.add(SudokuUnits.cellName(place) + "=" + digit);
                        changed = true;
                    }
                }
            }
        }
        return new Propagation(filled, null);
    }

    /** One sentence on what the propagation did. */
    String summary() {
        if (filled.isEmpty()) {
            return contradiction == null ? "Propagation: no cell is forced." : "Propagation stops at once.";
        }
        StringBuilder text = new StringBuilder("Propagation fills " + filled.size()
                + (filled.size() == 1 ? " forced cell: " : " forced cells: "));
        for (int i = 0; i < Math.min(SHOWN, filled.size()); i++) {
            text.append(i == 0 ? "" : ", ").append(filled.get(i));
        }
        return text.append(filled.size() > SHOWN ? ", \u2026" : "").append('.').toString();
    }
}
