package org.retrace.demo.unmask;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.retrace.decoding.DecodingTrace;
import org.retrace.demo.DemoSettings;
import org.retrace.demo.sudoku.SudokuUnits;
import org.retrace.model.Trace;

/**
 * One decoding of a Sudoku grid. Each step commits the {@value #PER_STEP} most confident masked
 * cells (see {@link Beliefs}): the certain ones first, then guesses. The remasking variant repairs
 * the grid in two ways. Two peers that took the same digit in one step: the less confident guess is
 * taken back (its peer then keeps that digit from it). A contradiction before a step (a cell with no
 * digit left, a digit with no place left in a row, column or box, two peers certain of one digit):
 * the latest guess is taken back with every token committed after it, which may follow from it, and
 * its digit is not offered to it again until an earlier guess is taken back.
 * That is depth-first search over the guesses in the order they were committed, so the remasking
 * variant solves every puzzle that has a solution, given steps enough.
 */
final class UnmaskSampler {
    static final int PER_STEP = 6;
    private static final String MASK = "·";
    /** The attribute the demos' state panel reads. */
    private static final String STATE = "state";
    /** What a cell committed with full confidence counts as: a consequence, not a guess. */
    private static final double CERTAIN = 1;
    private final int[] digits = new int[SudokuUnits.CELLS];
    private final double[] confidence = new double[SudokuUnits.CELLS];
    private final boolean[] given = new boolean[SudokuUnits.CELLS];
    /** The order each standing token was committed in (a counter across the run); -1 where none stands. */
    private final long[] committedAs = new long[SudokuUnits.CELLS];
    /** Per cell, the bits of the digits not offered to it again yet. */
    private final int[] banned = new int[SudokuUnits.CELLS];
    /** Per cell and digit, the last token (by commit order) its ban depends on: the ban lifts when that goes. */
    private final long[][] banHolds = new long[SudokuUnits.CELLS][10];
    private final boolean remasks;
    private final int nodeLimit;
    private final SplittableRandom random;
    private final DecodingTrace decoding;
    private long commits;
    private String stop;

    UnmaskSampler(String puzzle, DemoSettings settings, String variant) {
        remasks = variant.equals("remask");
        nodeLimit = settings.nodeLimit();
        random = new SplittableRandom(settings.seed());
        Arrays.fill(committedAs, -1);
        int clues = 0;
        for (int cell = 0; cell < SudokuUnits.CELLS; cell++) {
            char ch = puzzle.charAt(cell);
            digits[cell] = ch >= '1' && ch <= '9' ? ch - '0' : 0;
            given[cell] = digits[cell] != 0;
            confidence[cell] = given[cell] ? 1 : Double.NaN;
            clues += given[cell] ? 1 : 0;
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("demo", "unmask");
        attributes.put("variant", variant);
        attributes.put("size", (long) clues);
        attributes.put("seed", settings.seed());
        attributes.put("puzzle", puzzle);
        decoding = new DecodingTrace("unmask " + variant + " (" + clues + " clues, seed " + settings.seed() + ")",
                SudokuUnits.CELLS, MASK, attributes);
        decoding.setAttributeOnExisting(STATE, grid());
        record("The clues are the prompt; the " + masked() + " empty cells are masked.");
    }

    Trace run() {
        while (masked() > 0 && stop == null) {
            if (decoding.nodeCount() + PER_STEP > nodeLimit) {
                stop = "Stopped at the limit of " + nodeLimit + " nodes with " + masked() + " cells masked.";
                break;
            }
            Beliefs beliefs = new Beliefs(digits, banned, random);
            if (remasks && beliefs.contradiction != null) {
                backtrack(beliefs.contradiction);
            } else {
                commitMostConfident(beliefs);
                if (remasks) {
                    repairClashes();
                }
            }
        }
        int clashes = clashes().size();
        decoding.narrate(stop != null ? stop
                : clashes == 0 ? "Every cell is decided and no two peers share a digit: the grid is solved."
                : "Every cell is decided, but " + clashes + " pairs of peers share a digit: without taking tokens "
                        + "back, the sampler cannot repair them.");
        decoding.setTraceAttribute("solved", stop == null && clashes == 0);
        decoding.setTraceAttribute("clashes", (long) clashes);
        return decoding.build();
    }

    private int masked() {
        int count = 0;
        for (int digit : digits) {
            count += digit == 0 ? 1 : 0;
        }
        return count;
    }

    private void commitMostConfident(Beliefs beliefs) {
        List<Integer> cells = new ArrayList<>();
        for (int cell = 0; cell < SudokuUnits.CELLS; cell++) {
            // Without remasking a cell with no digit left is guessed at all the same, and will clash.
            if (digits[cell] == 0 && (beliefs.digit[cell] != 0 || !remasks)) {
                cells.add(cell);
            }
        }
        cells.sort(Comparator.comparingDouble(cell -> -beliefs.confidence[cell]));
        List<String> committed = new ArrayList<>();
        for (int cell : cells.subList(0, Math.min(PER_STEP, cells.size()))) {
            digits[cell] = beliefs.digit[cell] != 0 ? beliefs.digit[cell] : 1 + random.nextInt(9);
            confidence[cell] = beliefs.confidence[cell];
            committedAs[cell] = commits++;
            committed.add(String.format(Locale.ROOT, "%s=%d (%.2f)", SudokuUnits.cellName(cell), digits[cell],
                    confidence[cell]));
        }
        record("Commits the " + committed.size() + " most confident cells at once: " + String.join(", ", committed)
                + ".");
    }

    /** Pairs of peers holding the same digit, as {weaker, stronger} cells: a guess is weaker than a certainty. */
    private List<int[]> clashes() {
        List<int[]> clashes = new ArrayList<>();
        for (int cell = 0; cell < SudokuUnits.CELLS; cell++) {
            for (int peer : Beliefs.PEERS[cell]) {
                if (peer > cell && digits[cell] != 0 && digits[cell] == digits[peer]) {
                    boolean cellWeaker = !given[cell] && (given[peer] || confidence[cell] < confidence[peer]
                            || confidence[cell] == confidence[peer] && committedAs[cell] > committedAs[peer]);
                    clashes.add(cellWeaker ? new int[] {cell, peer} : new int[] {peer, cell});
                }
            }
        }
        return clashes;
    }

    /**
     * Takes back the weaker guess of each clash. Certain cells never clash: {@link Beliefs} finds two
     * peers certain of one digit before they are committed, and a certain cell's digit is one its
     * committed peers leave it.
     */
    private void repairClashes() {
        List<String> taken = new ArrayList<>();
        for (int[] clash : clashes()) {
            int weaker = clash[0];
            int stronger = clash[1];
            if (digits[weaker] != 0 && digits[weaker] == digits[stronger]) {
                taken.add(String.format(Locale.ROOT, "%s=%d (%.2f, clashes with %s)", SudokuUnits.cellName(weaker),
                        digits[weaker], confidence[weaker], SudokuUnits.cellName(stronger)));
                takeBack(weaker);
            }
        }
        if (!taken.isEmpty()) {
            record("Takes back " + String.join(", ", taken) + ".");
        }
    }

    /**
     * Takes back the latest guess and every token committed after it, and bans its digit there until
     * a guess before it goes; stops the run when no guess is left, as the clues then contradict
     * themselves.
     */
    private void backtrack(String contradiction) {
        int latest = -1;
        for (int cell = 0; cell < SudokuUnits.CELLS; cell++) {
            if (committedAs[cell] >= 0 && confidence[cell] < CERTAIN
                    && (latest < 0 || committedAs[cell] > committedAs[latest])) {
                latest = cell;
            }
        }
        if (latest < 0) {
            stop = "As " + contradiction + " and no guess is left to take back, the puzzle has no solution.";
            return;
        }
        long from = committedAs[latest];
        String guess = String.format(Locale.ROOT, "%s=%d (%.2f)", SudokuUnits.cellName(latest), digits[latest],
                confidence[latest]);
        List<String> after = new ArrayList<>();
        for (int cell = 0; cell < SudokuUnits.CELLS; cell++) {
            if (cell != latest && committedAs[cell] > from) {
                after.add(SudokuUnits.cellName(cell) + "=" + digits[cell]);
                takeBack(cell);
            }
        }
        int digit = takeBack(latest);
        long holds = -1;
        for (long standing : committedAs) {
            holds = Math.max(holds, standing);
        }
        ban(latest, digit, holds);
        record("As " + contradiction + ", takes back the latest guess, " + guess
                + (after.isEmpty() ? "" : ", and the " + after.size() + (after.size() == 1 ? " token" : " tokens")
                        + " committed after it (" + String.join(", ", after) + ")")
                + "; " + digit + " is not offered to " + SudokuUnits.cellName(latest) + " again unless an earlier "
                + "guess goes.");
    }

    /** Masks {@code cell} again and lifts the bans that depended on its token; returns the digit taken back. */
    private int takeBack(int cell) {
        int digit = digits[cell];
        long gone = committedAs[cell];
        digits[cell] = 0;
        committedAs[cell] = -1;
        for (int other = 0; other < SudokuUnits.CELLS; other++) {
            for (int d = 1; d <= 9; d++) {
                if ((banned[other] & 1 << d) != 0 && banHolds[other][d] >= gone) {
                    banned[other] &= ~(1 << d);
                }
            }
        }
        return digit;
    }

    /** Bans {@code digit} at {@code cell} while the token committed as {@code holds} and those before it stand (-1: for good). */
    private void ban(int cell, int digit, long holds) {
        banned[cell] |= 1 << digit;
        banHolds[cell][digit] = holds < 0 ? Long.MIN_VALUE : holds;
    }

    /** The grid as 81 characters, '.' for a masked cell: the state panel's picture of a node. */
    private String grid() {
        StringBuilder grid = new StringBuilder(SudokuUnits.CELLS);
        for (int digit : digits) {
            grid.append(digit == 0 ? '.' : (char) ('0' + digit));
        }
        return grid.toString();
    }

    /** Records the grid as it now stands as the next step, narrated. */
    private void record(String narration) {
        decoding.setNewNodeAttribute(STATE, grid());
        String[] tokens = new String[SudokuUnits.CELLS];
        double[] confidences = new double[SudokuUnits.CELLS];
        for (int cell = 0; cell < SudokuUnits.CELLS; cell++) {
            tokens[cell] = digits[cell] == 0 ? MASK : Integer.toString(digits[cell]);
            confidences[cell] = digits[cell] == 0 ? Double.NaN : confidence[cell];
        }
        decoding.step(tokens, confidences);
        decoding.narrate("Step " + (decoding.steps() - 1) + ": " + narration);
    }
}
