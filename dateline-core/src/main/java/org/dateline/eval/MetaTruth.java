package org.dateline.eval;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The metadata ground truth of one page; {@code null} where the set gives no value for the field.
 *
 * @param title    the headline
 * @param authors  the authors' names, already cleaned; empty when the page has no author (naeb)
 * @param language the language tag ({@code en}, {@code en-US}...)
 * @param excerpt  the standfirst or description
 * @param site     the publication's name
 * @param date     the publication day, {@code YYYY-MM-DD}
 */
public record MetaTruth(@Nullable String title, @Nullable List<String> authors, @Nullable String language,
                        @Nullable String excerpt, @Nullable String site, @Nullable String date) {
    /** No metadata truth. */
    public static final MetaTruth NONE = new MetaTruth(null, null, null, null, null, null);

    public MetaTruth {
        authors = authors == null ? null : List.copyOf(authors);
    }
}
