package org.retrace.cli;

import org.retrace.format.TraceReader;
import java.util.List;
import java.io.IOException;
import java.nio.file.Path;
import org.retrace.format.LoadProgress;
import org.retrace.format.LoadedTraces;
import org.retrace.format.cot.CotTraceReader;
import org.retrace.format.cot.CueLexicon;
import picocli.CommandLine.Option;

/** How to read a chain of thought: which field of a record holds it, and extra cue phrases. */
final class ReasoningOptions {
    @Option(names = "--field", paramLabel = "NAME",
            description = "Read FILE as chains of thought, the reasoning in this field of each record.")
    String field;

    @Option(names = "--cues", paramLabel = "CUES.json",
            description = "Read FILE as chains of thought, with these cue phrases added to the bundled ones.")
    Path cues;

    /** True when the user asked for chain-of-thought reading. */
    boolean given() {
        return field != null || cues != null;
    }

    LoadedTraces read(Path file) throws IOException {
        return reader().read(file, LoadProgress.NONE);
    }

    /** The readers to try first: the chain-of-thought reader as asked for, or none when it was not. */
    List<TraceReader> readers() {
        return given() ? List.of(reader()) : List.of();
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
