package org.dateline.article;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.dateline.meta.Metadata;
import org.jspecify.annotations.Nullable;

/**
 * One article record: the output schema, version {@value #SCHEMA_VERSION} (documented field by
 * field in the README). Absent values are {@code null} and serialise as JSON {@code null}; absent
 * lists are empty.
 *
 * @param id            stable id derived from the source and the URL ({@link ArticleId})
 * @param source        the input file, plus {@code #offset} for records inside archives
 * @param url           the page URL, or {@code null} for a bare HTML file
 * @param canonicalUrl  the canonical URL the page declares (absolute), or {@code null}
 * @param title         the headline without the site name, or {@code null}
 * @param subtitle      the standfirst (dek, description), or {@code null}
 * @param authors       the authors' names; empty when unknown
 * @param site          the publication's name, else the host without {@code www.}, or {@code null}
 * @param published     the publication date (ISO 8601), or {@code null} when unknown
 * @param modified      the last modification date (ISO 8601), or {@code null}
 * @param dateSource    which evidence gave {@code published}, or {@code null}
 * @param datePrecision {@code day}, {@code month} or {@code year}, or {@code null}
 * @param language      lower-case ISO 639-1 language code, or {@code null}
 * @param tags          tags and keywords, de-duplicated
 * @param image         the lead image URL, or {@code null}
 * @param isArticle     whether the page is an article; home pages, section indexes and listings are
 *                      not, and their body is empty unless non-articles are kept
 * @param wordCount     the number of words in the body
 * @param body          the article text, paragraphs separated by a blank line
 * @param comments      readers' comments found in the page, or {@code null}
 * @param captions      the captions of the article's pictures, left out of the body
 * @param fetched       when the page was captured (ISO 8601 instant), or {@code null}
 * @param charset       the charset the page was decoded with
 */
@JsonPropertyOrder({"schema", "id", "source", "url", "canonical_url", "title", "subtitle", "authors", "site", "published",
        "modified", "date_source", "date_precision", "language", "tags", "image", "is_article", "word_count", "body",
        "comments", "captions", "fetched", "charset"})
public record Article(
        String id,
        String source,
        @Nullable String url,
        @JsonProperty("canonical_url") @Nullable String canonicalUrl,
        @Nullable String title,
        @Nullable String subtitle,
        List<String> authors,
        @Nullable String site,
        @Nullable String published,
        @Nullable String modified,
        @JsonProperty("date_source") @Nullable String dateSource,
        @JsonProperty("date_precision") @Nullable String datePrecision,
        @Nullable String language,
        List<String> tags,
        @Nullable String image,
        @JsonProperty("is_article") boolean isArticle,
        @JsonProperty("word_count") int wordCount,
        String body,
        @Nullable String comments,
        List<String> captions,
        @Nullable String fetched,
        String charset) {

    /** The version of this schema; it changes when a field changes meaning or goes away. */
    public static final int SCHEMA_VERSION = 4;

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
        tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
        captions = List.copyOf(Objects.requireNonNull(captions, "captions"));
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(charset, "charset");
    }

    /** A record from a page's metadata and text. */
    public static Article of(String id, String source, @Nullable String url, Metadata meta, boolean isArticle, String body,
                             @Nullable String comments, List<String> captions, @Nullable String fetched, String charset) {
        return new Article(id, source, url, meta.canonicalUrl(), meta.title(), meta.subtitle(), meta.authors(), meta.site(),
                meta.published(), meta.modified(), meta.dateSource(), meta.datePrecision(), meta.language(), meta.tags(),
                meta.image(), isArticle, Words.count(body), body, comments, captions, fetched, charset);
    }

    /** The schema version, written first in every JSON record. */
    @JsonProperty("schema")
    public int schema() {
        return SCHEMA_VERSION;
    }
}
