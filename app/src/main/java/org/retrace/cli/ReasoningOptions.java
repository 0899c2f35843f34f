package org.retrace.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.retrace.format.LoadProgress;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceReader;
import org.retrace.format.cot.CotTraceReader;
import org.retrace.format.cot.CueLexicon;
import org.retrace.format.diffusion.DiffusionHistoryReader;
import picocli.CommandLine.Option;

/**
 * How to read a file where the reading can be tuned: for a chain of thought, the field of a record
 * that holds it and extra cue phrases; for a diffusion decoding's history, its mask token.
 */
final class ReasoningOptions {
    @Option(names = "--field", paramLabel = "NAME",
            description = "Read FILE as chains of thought, the reasoning in this field of each record.")
    String field;

    @Option(names = "--cues", paramLabel = "CUES.json",
            description = "Read FILE as chains of thought, with these cue phrases added to the bundled ones.")
    Path cues;

    @Option(names = "--mask", paramLabel = "TOKEN",
            description = "Read a diffusion decoding's history with this mask token, whatever the file names.")
    String mask;

    /** True when the user asked for chain-of-thought reading. */
    boolean given() {
        return field != null || cues != null;
    }

    LoadedTraces read(Path file) throws IOException {
        return reader().read(file, LoadProgress.NONE);
    }

    /** The readers to try first: the chain-of-thought or history reader as asked for, or none when neither was. */
    List<TraceReader> readers() {
        if (given()) {
            return List.of(reader());
        }
        return mask == null ? List.of() : List.of(new DiffusionHistoryReader(mask));
    }

    private CotTraceReader reader() {
        CueLexicon lexicon;
        try {
            lexicon = cues == null ? CueLexicon.standard() : CueLexicon.standardWith(cues);
        } catch (IllegalArgumentException broken) {
            throw new UserError(broken.getMessage());
        } catch (IOException unreadable) {
            throw new UserError("cannot read the cues " + cues + ": " + unreadable.getMessage());
        }
        return new CotTraceReader(field, lexicon);
    }
}
