package org.dateline;

/**
 * Settings of a dateline run, checked when built.
 *
 * @param maxPageBytes the largest page read into memory and processed; larger records fail with
 *                     {@code too-large} (default {@value #DEFAULT_MAX_PAGE_BYTES} bytes, 20 MiB)
 * @param keepNonArticles whether home pages, section indexes and listings keep their body text
 *                        (default: no, their records have {@code is_article: false} and an empty body)
 */
public record Options(long maxPageBytes, boolean keepNonArticles) {
    /** The default page size limit: 20 MiB. */
    public static final long DEFAULT_MAX_PAGE_BYTES = 20L * 1024 * 1024;

    public Options {
        if (maxPageBytes <= 0) {
            throw new IllegalArgumentException("maxPageBytes must be positive, got " + maxPageBytes);
        }
    }

    /** The defaults: pages up to 20 MiB, no body for non-articles. */
    public static Options defaults() {
        return new Options(DEFAULT_MAX_PAGE_BYTES, false);
    }

    /** These options with another page size limit. */
    public Options withMaxPageBytes(long bytes) {
        return new Options(bytes, keepNonArticles);
    }

    /** These options, keeping or dropping the body text of non-articles. */
    public Options withKeepNonArticles(boolean keep) {
        return new Options(maxPageBytes, keep);
    }
}
