package org.retrace.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.retrace.export.Figure;
import org.retrace.export.PngFiles;
import org.retrace.io.AtomicFiles;
import org.retrace.model.Trace;
import org.retrace.render.HeadlessFx;
import org.retrace.render.Theme;
import picocli.CommandLine;

/** A figure written to {@code OUT.png} or {@code OUT.svg}, as its extension says, atomically. */
final class PictureFile {
    private PictureFile() {
    }

    /** Fails, before any work, unless {@code output} ends in .png or .svg. */
    static void check(CommandLine commandLine, Path output) {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".svg") && !name.endsWith(".png")) {
            throw new CommandLine.ParameterException(commandLine, "the output must end in .png or .svg, found "
                    + output);
        }
    }

    /** Draws {@code request} of {@code trace} headless into {@code output}; returns what it wrote, e.g. "1600x1000 PNG". */
    static String write(CommandLine commandLine, Path output, Trace trace, Figure.Request request) throws Exception {
        boolean svg = output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
        try {
            if (svg) {
                String document = HeadlessFx.call(() -> Figure.svg(trace, request, Theme.standard()));
                AtomicFiles.write(output, out -> out.write(document.getBytes(StandardCharsets.UTF_8)));
                return request.width() + "x" + request.height() + " SVG";
            }
            PngFiles.write(HeadlessFx.call(() -> Figure.draw(trace, request, Theme.standard())), output);
            return request.pixelWidth() + "x" + request.pixelHeight() + " PNG";
        } catch (IllegalArgumentException refused) {
            throw new CommandLine.ParameterException(commandLine, refused.getMessage());
        } catch (IOException unwritable) {
            throw new UserError(output + ": could not be written: " + unwritable.getMessage());
        }
    }
}
