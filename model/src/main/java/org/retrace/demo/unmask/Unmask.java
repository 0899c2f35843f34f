package org.retrace.demo.unmask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.retrace.decoding.DecodingTrace;
import org.retrace.demo.Demo;
import org.retrace.demo.DemoSettings;
import org.retrace.demo.sudoku.Sudoku;
import org.retrace.model.Trace;

/**
 * A diffusion-style sampler on a Sudoku grid read as a masked sequence of 81 positions: the clues
 * are the prompt, the empty cells the mask. At each step every masked cell gets a distribution
 * over the digits its committed peers leave it (seeded weights, so that ties break), and the
 * sampler commits the most confident few cells at once, as LLaDA commits its most confident
 * tokens. Committing several at once can clash: two peers take the same digit, or a cell is left
 * with no digit. The remasking variant then takes back the less confident token of each clash (and
 * the least confident peer of a cell left empty-handed), as remasking samplers do; the other
 * variant never takes anything back and ends with the clashes in the grid.
 */
public final class Unmask implements Demo {
    private static final String MASK = "·";
    /** The attribute the demos' state panel reads. */
    private static final String STATE = "state";
    private static final int PER_STEP = 6;
    /** What a digit's weight is multiplied by each time it was taken back from the cell. */
    private static final double DISTRUST = 0.2;
    private static final int MOST_STEPS = 400;
    private static final int[][] PEERS = peers();
    private static final Description DESCRIPTION = new Description("unmask", "Diffusion decoding: a Sudoku unmasked",
            "Commits the most confident cells a few at a time, as a diffusion language model unmasks tokens; the "
                    + "remasking variant takes back cells that clash, the other never does.",
            "number of clues", 17, 80, new DemoSettings(36, 2, 2_000, ""), List.of("remask", "no-remask"));

    @Override
    public Description description() {
        return DESCRIPTION;
    }

    @Override
    public Trace run(DemoSettings settings) {
        String variant = check(settings);
        return new Sampler(Sudoku.puzzle(settings.size(), settings.seed()), settings, variant).run();
    }

    private static int[][] peers() {
        int[][] peers = new int[81][20];
        for (int cell = 0; cell < 81; cell++) {
            int count = 0;
            for (int other = 0; other < 81; other++) {
                boolean sameRow = other / 9 == cell / 9;
                boolean sameColumn = other % 9 == cell % 9;
                boolean sameBox = other / 27 == cell / 27 && other % 9 / 3 == cell % 9 / 3;
                if (other != cell && (sameRow || sameColumn || sameBox)) {
                    peers[cell][count++] = other;
                }
            }
        }
        return peers;
    }

    private static String cellName(int cell) {
        return "r" + (cell / 9 + 1) + "c" + (cell % 9 + 1);
    }

    /** One decoding run. */
    private static final class Sampler {
        private final int[] digits = new int[81];
        private final double[] confidence = new double[81];
        private final boolean[] given = new boolean[81];
        /** The digit last taken back from each cell, not offered to it again until it is decided anew. */
        private final int[] banned = new int[81];
        /** How often each digit was taken back from each cell: the sampler trusts it less each time. */
        private final int[][] takenBack = new int[81][10];
        /** The step each cell's token was committed at. */
        private final int[] committedAt = new int[81];
        private final boolean remasks;
        private final SplittableRandom random;
        private final DecodingTrace decoding;

        Sampler(String puzzle, DemoSettings settings, String variant) {
            remasks = variant.equals("remask");
            random = new SplittableRandom(settings.seed());
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("demo", "unmask");
            attributes.put("variant", variant);
            attributes.put("size", (long) settings.size());
            attributes.put("seed", settings.seed());
            attributes.put("puzzle", puzzle);
            decoding = new DecodingTrace("unmask " + variant + " (" + settings.size() + " clues, seed "
                    + settings.seed() + ")", 81, MASK, attributes);
            for (int cell = 0; cell < 81; cell++) {
                char ch = puzzle.charAt(cell);
                digits[cell] = ch >= '1' && ch <= '9' ? ch - '0' : 0;
                given[cell] = digits[cell] != 0;
                confidence[cell] = given[cell] ? 1 : Double.NaN;
            }
            decoding.setAttributeOnExisting(STATE, grid());
            record("The clues are the prompt; the " + masked() + " empty cells are masked.");
        }

        Trace run() {
            while (masked() > 0 && decoding.steps() < MOST_STEPS) {
                commitMostConfident();
                if (remasks) {
                    takeBackClashes();
                }
            }
            int clashes = clashes().size();
            decoding.narrate(masked() > 0 ? "Stopped after " + MOST_STEPS + " steps with " + masked() + " cells masked."
                    : clashes == 0 ? "Every cell is decided and no two peers share a digit: the grid is solved."
                    : "Every cell is decided, but " + clashes + " pairs of peers share a digit: without taking "
                            + "tokens back, the sampler cannot repair them.");
            return decoding.build();
        }

        private int masked() {
            int count = 0;
            for (int digit : digits) {
                count += digit == 0 ? 1 : 0;
            }
            return count;
        }

        /** A masked cell's best digit and its probability, from seeded weights over the digits its peers leave. */
        private double[] best(int cell) {
            boolean[] used = new boolean[10];
            for (int peer : PEERS[cell]) {
                used[digits[peer]] = true;
            }
            boolean anyLeft = false;
            for (int digit = 1; digit <= 9; digit++) {
                anyLeft |= !used[digit] && digit != banned[cell];
            }
            if (anyLeft) {
                used[banned[cell]] = true;
            }
            double total = 0;
            double bestWeight = 0;
            int bestDigit = 1 + random.nextInt(9);
            for (int digit = 1; digit <= 9; digit++) {
                if (!used[digit]) {
                    double weight = (1 + random.nextDouble()) * Math.pow(DISTRUST, takenBack[cell][digit]);
                    total += weight;
                    if (weight > bestWeight) {
                        bestWeight = weight;
                        bestDigit = digit;
                    }
                }
            }
            return new double[] {bestDigit, total == 0 ? 0 : bestWeight / total};
        }

        private void commitMostConfident() {
            List<double[]> proposals = new ArrayList<>();
            for (int cell = 0; cell < 81; cell++) {
                if (digits[cell] == 0) {
                    double[] best = best(cell);
                    proposals.add(new double[] {cell, best[0], best[1]});
                }
            }
            proposals.sort(Comparator.comparingDouble((double[] proposal) -> -proposal[2]));
            List<String> committed = new ArrayList<>();
            if (remasks) {
                // A cell with no digit left is not guessed at: a remasking sampler frees one for it instead.
                proposals.removeIf(proposal -> proposal[2] == 0);
            }
            for (double[] proposal : proposals.subList(0, Math.min(PER_STEP, proposals.size()))) {
                int cell = (int) proposal[0];
                committedAt[cell] = decoding.steps();
                digits[cell] = (int) proposal[1];
                banned[cell] = 0;
                confidence[cell] = proposal[2];
                committed.add(String.format(Locale.ROOT, "%s=%d (%.2f)", cellName(cell), digits[cell], proposal[2]));
            }
            record("Commits the " + committed.size() + " most confident cells at once: " + String.join(", ", committed)
                    + ".");
        }

        /** Pairs of peers holding the same digit, as {less confident, more confident} cells. */
        private List<int[]> clashes() {
            List<int[]> clashes = new ArrayList<>();
            for (int cell = 0; cell < 81; cell++) {
                for (int peer : PEERS[cell]) {
                    if (peer > cell && digits[cell] != 0 && digits[cell] == digits[peer]) {
                        boolean cellWeaker = !given[cell] && (given[peer] || confidence[cell] <= confidence[peer]);
                        clashes.add(cellWeaker ? new int[] {cell, peer} : new int[] {peer, cell});
                    }
                }
            }
            return clashes;
        }

        private void takeBackClashes() {
            List<String> taken = new ArrayList<>();
            for (int[] clash : clashes()) {
                int weaker = clash[0];
                if (digits[weaker] != 0 && !given[weaker] && digits[clash[1]] == digits[weaker]) {
                    taken.add(String.format(Locale.ROOT, "%s=%d (%.2f, clashes with %s)", cellName(weaker),
                            digits[weaker], confidence[weaker], cellName(clash[1])));
                    banned[weaker] = digits[weaker];
                    takenBack[weaker][digits[weaker]]++;
                    digits[weaker] = 0;
                }
            }
            for (int cell = 0; cell < 81; cell++) {
                if (digits[cell] == 0 && best(cell)[1] == 0) {
                    takeBackForDeadCell(cell, taken);
                }
            }
            if (!taken.isEmpty()) {
                record("Takes back " + String.join(", ", taken) + ".");
            }
        }

        /** The grid as 81 characters, '.' for a masked cell: the state panel's picture of a node. */
        private String grid() {
            StringBuilder grid = new StringBuilder(81);
            for (int digit : digits) {
                grid.append(digit == 0 ? '.' : (char) ('0' + digit));
            }
            return grid.toString();
        }

        /**
         * Frees a digit for {@code cell}, which has none left: the least confident guess anywhere,
         * the likeliest culprit; when every guess now looks certain, all of the cell's decided peers,
         * which between them shut it out.
         */
        private void takeBackForDeadCell(int cell, List<String> taken) {
            int weakest = -1;
            for (int other = 0; other < 81; other++) {
                if (digits[other] != 0 && !given[other] && confidence[other] < 1
                        && (weakest < 0 || confidence[other] < confidence[weakest])) {
                    weakest = other;
                }
            }
            if (weakest >= 0) {
                taken.add(String.format(Locale.ROOT, "%s=%d (%.2f, the least confident guess, as %s has no digit "
                        + "left)", cellName(weakest), digits[weakest], confidence[weakest], cellName(cell)));
                takeBack(weakest);
                return;
            }
            List<String> freed = new ArrayList<>();
            for (int peer : PEERS[cell]) {
                if (digits[peer] != 0 && !given[peer]) {
                    freed.add(cellName(peer) + "=" + digits[peer]);
                    takeBack(peer);
                }
            }
            if (!freed.isEmpty()) {
                taken.add(String.join(", ", freed) + " (" + cellName(cell) + "'s peers: it had no digit left)");
            }
        }

        private void takeBack(int cell) {
            banned[cell] = digits[cell];
            takenBack[cell][digits[cell]]++;
            digits[cell] = 0;
        }

        /** Records the grid as it now stands as the next step, narrated. */
        private void record(String narration) {
            decoding.setNewNodeAttribute(STATE, grid());
            String[] tokens = new String[81];
            double[] confidences = new double[81];
            for (int cell = 0; cell < 81; cell++) {
                tokens[cell] = digits[cell] == 0 ? MASK : Integer.toString(digits[cell]);
                confidences[cell] = digits[cell] == 0 ? Double.NaN : confidence[cell];
            }
            decoding.step(tokens, confidences);
            decoding.narrate("Step " + (decoding.steps() - 1) + ": " + narration);
        }
    }
}
