package org.dateline.input;

import org.dateline.page.Page;
import org.dateline.page.Problem;
import org.dateline.page.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * One record read from an input: either a page to extract, or a problem met while reading it (a
 * record that is skipped, or one that is damaged). Exactly one of the two is present, so that a
 * run can account for every input record.
 */
public record Entry(@Nullable Page page, @Nullable Problem problem) {
    public Entry {
        if ((page == null) == (problem == null)) {
            throw new IllegalArgumentException("an entry holds a page or a problem, not both or neither");
        }
    }

    /** An entry holding a page. */
    public static Entry of(Page page) {
        return new Entry(page, null);
    }

    /** An entry holding a problem. */
    public static Entry of(Problem problem) {
        return new Entry(null, problem);
    }

    /** Where the record came from. */
    public SourceRef source() {
        return page != null ? page.source() : problem.source();
    }
}
