package org.dateline.extract;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the main-text extractor found in a page.
 *
 * @param title      the article's headline, or {@code null} if the page has none
 * @param paragraphs the article body, one string per paragraph, heading or list item, in page
 *                   order; a {@code \n} inside a paragraph is a hard line break
 * @param article    whether the page is an article, rather than a home page, section index or
 *                   listing
 * @param comments   the readers' comments found in the page, paragraphs separated by blank
 *                   lines, or {@code null} when there are none
 * @param captions   the captions of the article's pictures, in page order: they belong to the
 *                   article but are not its text, so the paragraphs leave them out
 */
public record Extraction(@Nullable String title, List<String> paragraphs, boolean article, @Nullable String comments,
                         List<String> captions) {
    public Extraction {
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
        captions = List.copyOf(Objects.requireNonNull(captions, "captions"));
    }

    /** The body text: the paragraphs separated by blank lines. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
