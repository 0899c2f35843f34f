package org.retrace.demo.unmask;

import java.util.SplittableRandom;
import org.retrace.demo.sudoku.SudokuUnits;

/**
 * What the sampler's "model" believes of each masked cell given the cells committed so far: a
 * distribution over the digits its peers and its bans leave it. A digit that is the only one left
 * (a naked single), or the only place left for it in a row, column or box (a hidden single), gets
 * all the mass: the cell is certain. Otherwise seeded weights spread it, so that ties break and the
 * sampler has to guess. Two peers certain of one digit, like a cell with no digit left, make the
 * grid a contradiction. Costs O(81 x 20 + 27 x 9 x 9) to compute.
 */
final class Beliefs {
    /** Each cell's peers and each unit's cells, copied once from {@link SudokuUnits}. */
    static final int[][] PEERS = new int[SudokuUnits.CELLS][];
    private static final int[][] UNITS = new int[SudokuUnits.UNIT_COUNT][];
    private static final int ALL_DIGITS = 0b11_1111_1110;

    static {
        for (int cell = 0; cell < SudokuUnits.CELLS; cell++) {
            PEERS[cell] = SudokuUnits.peers(cell);
        }
        for (int unit = 0; unit < SudokuUnits.UNIT_COUNT; unit++) {
            UNITS[unit] = SudokuUnits.unit(unit);
        }
    }

    /** The likeliest digit of each masked cell, 0 where it has none left. */
    final int[] digit = new int[SudokuUnits.CELLS];
    /** The probability of that digit: 1 for a certain cell, 0 for a cell with no digit left. */
    final double[] confidence = new double[SudokuUnits.CELLS];
    /** What makes the grid impossible as it stands, or null when nothing visibly does. */
    final String contradiction;

    /**
     * The beliefs for the grid {@code digits} (0 for a masked cell), where {@code banned} holds, per
     * cell, the bit of each digit the sampler will not offer it again yet.
     */
    Beliefs(int[] digits, int[] banned, SplittableRandom random) {
        int[] candidates = new int[SudokuUnits.CELLS];
        String found = null;
        for (int cell = 0; cell < SudokuUnits.CELLS; cell++) {
            if (digits[cell] != 0) {
                continue;
            }
            int used = 0;
            for (int peer : PEERS[cell]) {
                used |= 1 << digits[peer];
            }
            candidates[cell] = ALL_DIGITS & ~used & ~banned[cell];
            if (candidates[cell] == 0 && found == null) {
                found = SudokuUnits.cellName(cell) + " has no digit left";
            }
        }
        int[] forced = new int[SudokuUnits.CELLS];
        for (int unit = 0; unit < UNITS.length && found == null; unit++) {
            found = hiddenSingles(unit, digits, candidates, forced);
        }
        for (int cell = 0; cell < SudokuUnits.CELLS; cell++) {
            if (digits[cell] == 0) {
                believe(cell, candidates[cell], forced[cell], random);
            }
        }
        contradiction = found != null ? found : twoCertainPeers(digits);
    }

    /** Two masked peers certain of the same digit, which cannot both have it: what says so, or null. */
    private String twoCertainPeers(int[] digits) {
        for (int cell = 0; cell < SudokuUnits.CELLS; cell++) {
            if (digits[cell] != 0 || confidence[cell] < 1) {
                continue;
            }
            for (int peer : PEERS[cell]) {
                if (peer > cell && digits[peer] == 0 && confidence[peer] >= 1 && digit[peer] == digit[cell]) {
                    return SudokuUnits.cellName(cell) + " and " + SudokuUnits.cellName(peer) + " would both have to "
                            + "hold " + digit[cell];
                }
            }
        }
        return null;
    }

    /**
     * Marks in {@code forced} the cells that are the only place left in {@code unit} for a digit it
     * lacks; returns what is impossible there, if anything.
     */
    private static String hiddenSingles(int unit, int[] digits, int[] candidates, int[] forced) {
        int placed = 0;
        for (int cell : UNITS[unit]) {
            placed |= 1 << digits[cell];
        }
        for (int d = 1; d <= 9; d++) {
            if ((placed & 1 << d) != 0) {
                continue;
            }
            int place = -1;
            int places = 0;
            for (int cell : UNITS[unit]) {
                if (digits[cell] == 0 && (candidates[cell] & 1 << d) != 0) {
                    place = cell;
                    places++;
                }
            }
            if (places == 0) {
                return "no cell of " + SudokuUnits.unitName(unit) + " can hold " + d;
            }
            if (places == 1) {
                if (forced[place] != 0 && forced[place] != d) {
                    return SudokuUnits.cellName(place) + " would have to hold both " + forced[place] + " and " + d;
                }
                forced[place] = d;
            }
        }
        return null;
    }

    private void believe(int cell, int candidates, int forcedDigit, SplittableRandom random) {
        if (forcedDigit != 0) {
            digit[cell] = forcedDigit;
            confidence[cell] = 1;
            return;
        }
        double total = 0;
        double best = 0;
        for (int d = 1; d <= 9; d++) {
            if ((candidates & 1 << d) != 0) {
                double weight = 1 + random.nextDouble();
                total += weight;
                if (weight > best) {
                    best = weight;
                    digit[cell] = d;
                }
            }
        }
        confidence[cell] = total == 0 ? 0 : best / total;
    }
}
