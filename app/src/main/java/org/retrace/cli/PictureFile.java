package org.retrace.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.scene.image.WritableImage;
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
        return write(commandLine, output, () -> Figure.draw(trace, request, Theme.standard()),
                () -> Figure.svg(trace, request, Theme.standard()), request.width() + "x" + request.height(),
                request.pixelWidth() + "x" + request.pixelHeight());
    }

    /**
     * Draws headless into {@code output} a picture ({@code png}) or a document ({@code svg}), as its
     * extension says; returns what it wrote, e.g. "1600x1000 PNG".
     */
    static String write(CommandLine commandLine, Path output, Callable<WritableImage> png, Callable<String> svg,
            String svgSize, String pngSize) throws Exception {
        boolean vector = output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
        try {
            if (vector) {
                String document = HeadlessFx.call(svg);
                AtomicFiles.write(output, out -> out.write(document.getBytes(StandardCharsets.UTF_8)));
                return svgSize + " SVG";
            }
            PngFiles.write(HeadlessFx.call(png), output);
            return pngSize + " PNG";
        } catch (IllegalArgumentException refused) {
            throw new CommandLine.ParameterException(commandLine, refused.getMessage());
        } catch (IOException unwritable) {
            throw new UserError(output + ": could not be written: " + unwritable.getMessage());
        }
    }
}
