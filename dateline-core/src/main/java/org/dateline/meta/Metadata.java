package org.dateline.meta;

import org.jspecify.annotations.Nullable;

/**
 * What a page says about its article besides the text.
 *
 * @param published the publication date or date-time (ISO 8601), or {@code null} when unknown
 * @param language  the page's declared language as a lower-case ISO 639 code ({@code en},
 *                  {@code de}...), or {@code null} when undeclared
 */
public record Metadata(@Nullable String published, @Nullable String language) {
}
