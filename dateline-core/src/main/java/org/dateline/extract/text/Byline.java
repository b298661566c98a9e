package org.dateline.extract.text;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An author as a dump's byline names them.
 *
 * @param name the person or agency, without "By" ("Rob Merrick")
 * @param role the role printed with the name ("Deputy Political Editor"), or {@code null}
 */
public record Byline(String name, @Nullable String role) {
    public Byline {
        Objects.requireNonNull(name, "name");
    }
}
