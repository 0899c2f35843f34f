package org.retrace.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.paint.Color;
import org.retrace.model.NodeStatus;

/**
 * The drawing colours, read once from {@code resources/theme/colors.json} (bundled in the jar) and
 * turned into JavaFX colours up front, so that drawing a frame allocates none.
 */
public final class Theme {
    private static final String RESOURCE = "/org/retrace/theme/colors.json";
    private static final int VALUE_STEPS = 256;

    public final Color background;
    public final Color edge;
    public final Color edgeOnPath;
    public final Color silhouette;
    public final Color label;
    public final Color cursor;
    public final Color selection;
    public final Color searchMatch;
    public final Color abandoned;
    /** Bookmark flags and the labels a person put on nodes. */
    public final Color bookmark;
    public final Color branchEvent;
    public final Color backtrackEvent;
    public final Color solutionEvent;
    public final Color failureEvent;
    private final Color[] statusColors = new Color[NodeStatus.values().length];
    private final Color[] valueScale = new Color[VALUE_STEPS];

    private Theme(JsonNode json) {
        background = color(json, "background");
        edge = color(json, "edge");
        edgeOnPath = color(json, "edgeOnPath");
        silhouette = color(json, "silhouette");
        label = color(json, "label");
        cursor = color(json, "cursor");
        selection = color(json, "selection");
        searchMatch = color(json, "searchMatch");
        abandoned = color(json, "abandoned");
        bookmark = color(json, "bookmark");
        JsonNode events = json.get("events");
        branchEvent = color(events, "branch");
        backtrackEvent = color(events, "backtrack");
        solutionEvent = color(events, "solution");
        failureEvent = color(events, "failure");
        for (NodeStatus status : NodeStatus.values()) {
            statusColors[status.ordinal()] = color(json.get("status"), status.wireName());
        }
        JsonNode stops = json.get("valueScale");
        for (int step = 0; step < VALUE_STEPS; step++) {
            double position = step / (double) (VALUE_STEPS - 1) * (stops.size() - 1);
            int low = Math.min((int) position, stops.size() - 2);
            Color from = Color.web(stops.get(low).asText());
            Color to = Color.web(stops.get(low + 1).asText());
            valueScale[step] = from.interpolate(to, position - low);
        }
    }

    /** The bundled theme. */
    public static Theme standard() {
        return Holder.STANDARD;
    }

    public Color status(NodeStatus status) {
        return statusColors[status.ordinal()];
    }

    /** The colour of {@code fraction} (0 to 1, clamped) along the value scale. */
    public Color valueColor(double fraction) {
        double clamped = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        return valueScale[(int) Math.round(clamped * (VALUE_STEPS - 1))];
    }

    private static Color color(JsonNode parent, String key) {
        JsonNode value = parent.get(key);
        if (value == null) {
            throw new IllegalStateException("the theme " + RESOURCE + " lacks the colour '" + key + "'");
        }
        return Color.web(value.asText());
    }

    /** Loads the theme when first asked for. */
    private static final class Holder {
        static final Theme STANDARD = load();

        private static Theme load() {
            try (InputStream in = Theme.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the theme " + RESOURCE + " is missing from this build");
                }
                return new Theme(new ObjectMapper().readTree(in));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
    }
}
