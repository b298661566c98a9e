package org.dateline.dedup;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One record to deduplicate.
 *
 * @param id        the record's identifier, unique in a run; ties between otherwise equal records
 *                  are broken by it, so the result does not depend on input order
 * @param url       where the record was fetched, or {@code null}
 * @param body      the article text (boilerplate already stripped, ideally)
 * @param fetched   the crawl date as ISO-8601 text (compared as text), or {@code null}
 * @param published the publication date as ISO-8601 text (compared as text), or {@code null}
 */
public record DedupInput(String id, @Nullable String url, String body, @Nullable String fetched,
                         @Nullable String published) {
    public DedupInput {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
    }

    /** A record with only an id and a body. */
    public static DedupInput of(String id, String body) {
        return new DedupInput(id, null, body, null, null);
    }
}
