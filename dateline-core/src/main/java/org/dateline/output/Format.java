package org.dateline.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import org.dateline.article.Article;

/** The output formats of article records. */
public enum Format {
    /** One JSON object per line, the full record (schema in the README). */
    JSONL("jsonl"),
    /** The body text only. */
    TEXT("txt"),
    /** The title as a level-1 heading, then the body paragraphs. */
    MARKDOWN("md"),
    /**
     * The seed corpus format: {@code " date YYYY-MM-DD "} and the body, or {@code " date unknown "}
     * when the publication date is not known.
     */
    DATED("txt");

    static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /** The file extension of one record in this format, without the dot. */
    public String extension() {
        return extension;
    }

    /** One record in this format, without a trailing newline. */
    public String render(Article a) {
        switch (this) {
            case JSONL:
                try {
                    return JSON.writeValueAsString(a);
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            case TEXT:
                return a.body();
            case MARKDOWN:
                return a.title() == null ? a.body() : "# " + a.title().replace('\n', ' ') + "\n\n" + a.body();
            case DATED:
                String published = a.published();
                String day = published == null || published.length() < 10 ? "unknown" : published.substring(0, 10);
                return " date " + day + " " + a.body();
            default:
                throw new AssertionError(this);
        }
    }

    /** The format named {@code name} (case-insensitive), or an exception listing the names. */
    public static Format parse(String name) {
        for (Format f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "', expected one of jsonl, text, markdown, dated");
    }
}
