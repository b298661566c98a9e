package org.dateline.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.dateline.page.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * Stable article identifiers: the first 16 hex digits of the SHA-256 of the source reference
 * ({@code file#offset}) and the URL. The same input read the same way always gets the same id;
 * two captures of one URL get different ids (telling them apart is the dedup stage's job).
 */
public final class ArticleId {
    private ArticleId() {
    }

    /** The id of the article read from {@code source}, captured from {@code url}. */
    public static String of(SourceRef source, @Nullable String url) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(source.toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            if (url != null) {
                sha.update(url.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
