package org.retrace.format.graph;

import java.util.Set;

/**
 * Graphviz's own node attributes, which a trace's attributes may happen to share names with (SCIP's
 * VBC files give every node a {@code color}, a colour code Graphviz does not know). In DOT such an
 * attribute is written with a prefix, so that Graphviz draws the tree as it is and Retrace reads the
 * attribute back under its own name. {@code label} is the exception: it is meant for Graphviz.
 */
final class GraphvizNames {
    /** What a trace's attribute named like a Graphviz one is written as: this, then its name. */
    static final String PREFIX = "trace_";

    private static final Set<String> NODE_ATTRIBUTES = Set.of("area", "class", "color", "colorscheme", "comment",
            "distortion", "fillcolor", "fixedsize", "fontcolor", "fontname", "fontsize", "gradientangle", "group",
            "height", "href", "id", "image", "imagepos", "imagescale", "labelloc", "layer", "margin", "nojustify",
            "ordering", "orientation", "penwidth", "peripheries", "pin", "pos", "rects", "regular", "root",
            "samplepoints", "shape", "shapefile", "showboxes", "sides", "skew", "sortv", "style", "target",
            "tooltip", "URL", "vertices", "width", "xlabel", "xlp", "z");

    private GraphvizNames() {
    }

    /** The DOT name of a trace attribute: prefixed when Graphviz would read it as its own. */
    static String forDot(String name) {
        return NODE_ATTRIBUTES.contains(name) ? PREFIX + name : name;
    }

    /** The trace attribute a DOT attribute name stands for: the inverse of {@link #forDot}. */
    static String fromDot(String name) {
        if (name.startsWith(PREFIX) && NODE_ATTRIBUTES.contains(name.substring(PREFIX.length()))) {
            return name.substring(PREFIX.length());
        }
        return name;
    }
}
