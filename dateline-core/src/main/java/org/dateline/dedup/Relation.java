package org.dateline.dedup;

import java.util.Locale;

/** How a record relates to the canonical record of its cluster. */
public enum Relation {
    /** The same normalised body (case, punctuation, spacing and, by default, figures aside). */
    EXACT,
    /** Shingle Jaccard similarity at least {@link DedupOptions#nearThreshold()}. */
    NEAR,
    /**
     * One body mostly contained in the other: containment
     * {@code |A ∩ B| / min(|A|, |B|)} at least {@link DedupOptions#versionThreshold()}.
     */
    VERSION;

    /** The name used in output records: {@code exact}, {@code near} or {@code version}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
