package org.retrace.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.retrace.dataset.TraceRow;
import org.retrace.export.ChartFigure;
import org.retrace.export.Figure;
import org.retrace.export.FigureFiles;
import org.retrace.model.Trace;
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
        return written(commandLine, output, () -> FigureFiles.writeTrace(output, trace, request, Theme.standard()),
                request.width() + "x" + request.height(), request.pixelWidth() + "x" + request.pixelHeight());
    }

    /** Draws the chart {@code request} of {@code rows} headless into {@code output}; returns what it wrote. */
    static String write(CommandLine commandLine, Path output, List<TraceRow> rows, ChartFigure.Request request)
            throws Exception {
        return written(commandLine, output, () -> FigureFiles.writeChart(output, rows, request, Theme.standard()),
                request.width() + "x" + request.height(), (int) Math.ceil(request.width() * request.scale()) + "x"
                        + (int) Math.ceil(request.height() * request.scale()));
    }

    /** The drawing and writing of a figure. */
    @FunctionalInterface
    private interface Drawing {
        void draw() throws Exception;
    }

    private static String written(CommandLine commandLine, Path output, Drawing drawing, String svgSize,
            String pngSize) throws Exception {
        try {
            drawing.draw();
        } catch (IllegalArgumentException refused) {
            throw new CommandLine.ParameterException(commandLine, refused.getMessage());
        } catch (IOException unwritable) {
            throw new UserError(output + ": could not be written: " + unwritable.getMessage());
        }
        return FigureFiles.isSvg(output) ? svgSize + " SVG" : pngSize + " PNG";
    }
}
