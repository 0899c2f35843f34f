package org.retrace.demo.unmask;

import java.util.List;
import org.retrace.demo.GivenPuzzle;
import org.retrace.demo.DemoSettings;
import org.retrace.demo.sudoku.Sudoku;
import org.retrace.model.Trace;

/**
 * A diffusion-style sampler on a Sudoku grid read as a masked sequence of 81 positions: the clues
 * are the prompt, the empty cells the mask. At each step every masked cell gets a distribution over
 * the digits left to it, and the sampler commits the most confident few cells at once, as LLaDA
 * commits its most confident tokens. Committing guesses several at a time goes wrong: two peers
 * take the same digit, or a later step finds a cell with no digit left. The remasking variant then
 * takes tokens back, as remasking samplers do; the other never does and ends with the clashes in
 * the grid. See {@link UnmaskSampler}.
 */
public final class Unmask implements GivenPuzzle {
    private static final Description DESCRIPTION = new Description("unmask", "Diffusion decoding: a Sudoku unmasked",
            "Commits the most confident cells a few at a time, as a diffusion language model unmasks tokens; the "
                    + "remasking variant takes back guesses that clash or lead to a dead end, the other never does.",
            "number of clues", 17, 80, new DemoSettings(32, 11, 2_000, ""), List.of("remask", "no-remask"));

    @Override
    public Description description() {
        return DESCRIPTION;
    }

    @Override
    public Trace run(DemoSettings settings) {
        String variant = check(settings);
        return new UnmaskSampler(Sudoku.puzzle(settings.size(), settings.seed()), settings, variant).run();
    }

    @Override
    public Trace run(DemoSettings settings, String puzzle) {
        return new UnmaskSampler(Sudoku.checked(puzzle), settings, check(settings)).run();
    }
}
