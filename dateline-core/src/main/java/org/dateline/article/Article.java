package org.dateline.article;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One article record: the output schema, version {@value #SCHEMA_VERSION} (documented field by
 * field in the README). Absent values are {@code null} and serialise as JSON {@code null}.
 *
 * @param id        stable id derived from the source and the URL ({@link ArticleId})
 * @param source    the input file, plus {@code #offset} for records inside archives
 * @param url       the page URL, or {@code null} for a bare HTML file
 * @param title     the headline, or {@code null}
 * @param published the publication date (ISO 8601), or {@code null} when unknown
 * @param language  lower-case ISO 639 language code, or {@code null}
 * @param isArticle whether the page is an article; home pages, section indexes and listings are
 *                  not, and their body is empty unless non-articles are kept
 * @param wordCount the number of words in the body
 * @param body      the article text, paragraphs separated by a blank line
 * @param comments  readers' comments found in the page, or {@code null}
 * @param fetched   when the page was captured (ISO 8601 instant), or {@code null}
 * @param charset   the charset the page was decoded with
 */
@JsonPropertyOrder({"schema", "id", "source", "url", "title", "published", "language", "is_article", "word_count", "body", "comments",
        "fetched", "charset"})
public record Article(
        String id,
        String source,
        @Nullable String url,
        @Nullable String title,
        @Nullable String published,
        @Nullable String language,
        @JsonProperty("is_article") boolean isArticle,
        @JsonProperty("word_count") int wordCount,
        String body,
        @Nullable String comments,
        @Nullable String fetched,
        String charset) {

    /** The version of this schema; it changes when a field changes meaning or goes away. */
    public static final int SCHEMA_VERSION = 2;

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(charset, "charset");
    }

    /** The schema version, written first in every JSON record. */
    @JsonProperty("schema")
    public int schema() {
        return SCHEMA_VERSION;
    }
}
