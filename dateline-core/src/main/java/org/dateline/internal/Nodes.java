package org.dateline.internal;

import org.jsoup.nodes.Element;

/** Cheap questions about jsoup elements, answered without building lists. */
public final class Nodes {
    private Nodes() {
    }

    /**
     * Whether {@code e} has at most {@code max} child elements. jsoup's {@code childrenSize()} builds
     * the list of child elements first, which costs more than everything else in a pass over a page.
     */
    public static boolean atMostChildren(Element e, int max) {
        int n = 0;
        for (int i = 0, size = e.childNodeSize(); i < size; i++) {
            if (e.childNode(i) instanceof Element && ++n > max) {
                return false;
            }
        }
        return true;
    }
}
