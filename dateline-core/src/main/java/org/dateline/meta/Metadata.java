package org.dateline.meta;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a page says about its article besides the text. Absent values are {@code null}; absent
 * lists are empty.
 *
 * @param title         the headline, without the site name, or {@code null}
 * @param subtitle      the standfirst (dek, description) under the headline, or {@code null}
 * @param authors       the authors' names, in byline order; empty when no author is known
 * @param site          the publication's name, or the host without {@code www.} when it names none
 * @param language      the language as a lower-case ISO 639-1 code ({@code en}, {@code de}...): the
 *                      declared one, else the one detected in the body; {@code null} when unknown
 * @param canonicalUrl  the page's canonical URL (absolute), or {@code null}
 * @param tags          the page's tags and keywords, de-duplicated, in page order
 * @param image         the lead image URL (absolute), or {@code null}
 * @param published     the publication date or date-time (ISO 8601), or {@code null} when unknown
 * @param modified      the last modification date or date-time (ISO 8601), or {@code null}
 * @param dateSource    which evidence gave {@code published}, or {@code null}
 * @param datePrecision {@code day}, {@code month} or {@code year}, or {@code null}
 */
public record Metadata(
        @Nullable String title,
        @Nullable String subtitle,
        List<String> authors,
        @Nullable String site,
        @Nullable String language,
        @Nullable String canonicalUrl,
        List<String> tags,
        @Nullable String image,
        @Nullable String published,
        @Nullable String modified,
        @Nullable String dateSource,
        @Nullable String datePrecision) {

    /** Metadata with nothing known. */
    public static final Metadata EMPTY = new Metadata(null, null, List.of(), null, null, null, List.of(), null, null, null,
            null, null);

    public Metadata {
        authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
        tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
    }

    /** This metadata with another title. */
    public Metadata withTitle(@Nullable String title) {
        return new Metadata(title, subtitle, authors, site, language, canonicalUrl, tags, image, published, modified,
                dateSource, datePrecision);
    }

    /** This metadata with another language. */
    public Metadata withLanguage(@Nullable String language) {
        return new Metadata(title, subtitle, authors, site, language, canonicalUrl, tags, image, published, modified,
                dateSource, datePrecision);
    }

    /** This metadata with other dates, their source and precision. */
    public Metadata withDates(@Nullable String published, @Nullable String modified, @Nullable String dateSource,
                              @Nullable String datePrecision) {
        return new Metadata(title, subtitle, authors, site, language, canonicalUrl, tags, image, published, modified,
                dateSource, datePrecision);
    }
}
