package org.dateline.extract.text;

import java.util.List;
import java.util.Objects;
import org.dateline.extract.Extraction;
import org.jspecify.annotations.Nullable;

/**
 * What the text-mode extractor found in a dump.
 *
 * @param extraction the headline, body paragraphs, article verdict and comments, as the HTML
 *                   extractor reports them
 * @param standfirst the summary under the headline, or {@code null}
 * @param bylines    the authors named in the header, in order; empty when there is no byline
 * @param dateline   the raw line that carries the publication date, or {@code null}; not parsed
 * @param blocks     every unit of the dump with its class, in dump order
 */
public record TextExtraction(Extraction extraction, @Nullable String standfirst, List<Byline> bylines,
                             @Nullable String dateline, List<TextBlock> blocks) {
    public TextExtraction {
        Objects.requireNonNull(extraction, "extraction");
        bylines = List.copyOf(bylines);
        blocks = List.copyOf(blocks);
    }

    /** The headline, or {@code null}. */
    public @Nullable String title() {
        return extraction.title();
    }

    /** The body paragraphs, in dump order. */
    public List<String> paragraphs() {
        return extraction.paragraphs();
    }

    /** The body text: the paragraphs separated by blank lines. */
    public String body() {
        return extraction.body();
    }

    /** Whether the dump holds an article, rather than a menu page, index or listing. */
    public boolean article() {
        return extraction.article();
    }
}
