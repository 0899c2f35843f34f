package org.retrace.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.scene.image.WritableImage;
import org.retrace.dataset.TraceRow;
import org.retrace.io.AtomicFiles;
import org.retrace.model.Trace;
import org.retrace.render.HeadlessFx;
import org.retrace.render.Theme;

/**
 * Figures written to files with no display: a PNG or an SVG document as the file's extension
 * says, drawn on the JavaFX thread started headless, written atomically.
 */
public final class FigureFiles {
    private FigureFiles() {
    }

    /** Whether {@code output} names an SVG document rather than a PNG picture. */
    public static boolean isSvg(Path output) {
        return output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
    }

    /** Writes {@code request} of {@code trace} to {@code output}. */
    public static void writeTrace(Path output, Trace trace, Figure.Request request, Theme theme) throws Exception {
        write(output, () -> Figure.draw(trace, request, theme), () -> Figure.svg(trace, request, theme));
    }

    /** Writes the chart {@code request} of {@code rows} to {@code output}. */
    public static void writeChart(Path output, List<TraceRow> rows, ChartFigure.Request request, Theme theme)
            throws Exception {
        write(output, () -> ChartFigure.draw(rows, request, theme), () -> ChartFigure.svg(rows, request, theme));
    }

    private static void write(Path output, Callable<WritableImage> picture, Callable<String> document)
            throws Exception {
        if (isSvg(output)) {
            String svg = HeadlessFx.call(document);
            AtomicFiles.write(output, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
        } else {
            PngFiles.write(HeadlessFx.call(picture), output);
        }
    }
}
