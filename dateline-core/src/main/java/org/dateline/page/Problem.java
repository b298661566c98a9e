package org.dateline.page;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A record that produced no article, and why.
 *
 * @param source  where the record came from
 * @param url     the page URL when known, else {@code null}
 * @param outcome {@link Outcome#SKIPPED} or {@link Outcome#FAILED}
 * @param reason  a short stable code, such as {@code non-html} or {@code too-large}, used to
 *                count problems in the run summary
 * @param detail  a sentence for humans: what exactly was wrong
 */
public record Problem(SourceRef source, @Nullable String url, Outcome outcome, String reason, String detail) {
    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        if (outcome == Outcome.OK) {
            throw new IllegalArgumentException("a problem is SKIPPED or FAILED, not OK");
        }
    }

    /** A record that is not a page to extract. */
    public static Problem skipped(SourceRef source, @Nullable String url, String reason, String detail) {
        return new Problem(source, url, Outcome.SKIPPED, reason, detail);
    }

    /** A page that could not be processed. */
    public static Problem failed(SourceRef source, @Nullable String url, String reason, String detail) {
        return new Problem(source, url, Outcome.FAILED, reason, detail);
    }
}
