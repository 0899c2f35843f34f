package org.retrace.gui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.retrace.export.Figure;
import org.retrace.gui.export.GifExport;
import org.retrace.gui.export.PictureExport;
import org.retrace.render.ShownTrace;
import org.retrace.render.Theme;

/**
 * The exports of what the window shows: a picture of the view on screen or of the whole trace
 * (PNG, SVG, the clipboard) and an animation of the replay, each drawn from the shown trace at
 * its position and dress.
 */
final class ExportedViews {
    private final TraceViews views;
    private final PictureExport pictureExport;
    private final GifExport gifExport;

    /** The exports of {@code views}; {@code say} reports a file written, {@code problem} a header and reason. */
    ExportedViews(Stage stage, TraceViews views, Consumer<String> say, BiConsumer<String, String> problem) {
        this.views = views;
        pictureExport = new PictureExport(stage, new PictureExport.Pictures() {
            @Override
            public WritableImage currentView(double scale) {
                if (views.trace() == null) {
                    return null;
                }
                return switch (views.shownView()) {
                    case MEMORY -> views.memoryView().picture(scale);
                    case SEQUENCE, SEQUENCE_TRANSPOSED -> Figure.sequence(Figure.sequenceOf(views.trace(),
                            Theme.standard(), views.shownView()), views.trace(),
                            views.replay().positionProperty().get(), views.treeView().getWidth(),
                            views.treeView().getHeight(), scale);
                    case TREE -> views.treeView().picture(scale);
                };
            }

            @Override
            public WritableImage wholeTrace(double scale) {
                GifExport.Source shown = animationSource();
                return shown == null ? null : Figure.draw(shown.trace(), wholeTraceRequest(shown, scale), Theme.standard());
            }

            @Override
            public String currentViewSvg() {
                if (views.trace() == null) {
                    return null;
                }
                return switch (views.shownView()) {
                    case MEMORY -> views.memoryView().svg();
                    case SEQUENCE, SEQUENCE_TRANSPOSED -> Figure.svg(views.trace(), wholeTraceRequest(animationSource(), 1), Theme.standard());
                    case TREE -> views.treeView().svg();
                };
            }

            @Override
            public String wholeTraceSvg() {
                GifExport.Source shown = animationSource();
                return shown == null ? null : Figure.svg(shown.trace(), wholeTraceRequest(shown, 1), Theme.standard());
            }
        }, say, message -> problem.accept("The picture was not exported", message));
        gifExport = new GifExport(stage, this::animationSource, say,
                message -> problem.accept("The animation was not exported", message));
    }

    /** The File menu's export items. */
    List<MenuItem> menuItems() {
        return List.of(pictureExport.exportMenuItem(), pictureExport.exportSvgMenuItem(), gifExport.exportMenuItem(),
                pictureExport.copyMenuItem());
    }

    PictureExport pictureExport() {
        return pictureExport;
    }

    GifExport gifExport() {
        return gifExport;
    }

    /** The trace and the view on screen, for an animation of the same size; null with no trace. */
    GifExport.Source animationSource() {
        ShownTrace shown = views.treeView().shown();
        if (shown == null) {
            return null;
        }
        Figure.View view = views.shownView();
        // The Sequence tab fills the same area as the tree's.
        Region region = view == Figure.View.MEMORY ? views.memoryView() : views.treeView();
        return new GifExport.Source(shown.trace(), view, (int) Math.max(1, region.getWidth()),
                (int) Math.max(1, region.getHeight()), shown.style());
    }

    /** The whole trace at the replay's position, fitted to the size of the view on screen. */
    private Figure.Request wholeTraceRequest(GifExport.Source source, double scale) {
        ShownTrace shown = views.treeView().shown();
        return new Figure.Request(source.view(), source.width(), source.height(), scale, shown.position(),
                shown.scene().selected(), source.style());
    }
}
