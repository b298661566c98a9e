package org.dateline;

/**
 * Settings of a dateline run, checked when built.
 *
 * @param maxPageBytes the largest page read into memory and processed; larger records fail with
 *                     {@code too-large} (default {@value #DEFAULT_MAX_PAGE_BYTES} bytes, 20 MiB)
 */
public record Options(long maxPageBytes) {
    /** The default page size limit: 20 MiB. */
    public static final long DEFAULT_MAX_PAGE_BYTES = 20L * 1024 * 1024;

    public Options {
        if (maxPageBytes <= 0) {
            throw new IllegalArgumentException("maxPageBytes must be positive, got " + maxPageBytes);
        }
    }

    /** The defaults: pages up to 20 MiB. */
    public static Options defaults() {
        return new Options(DEFAULT_MAX_PAGE_BYTES);
    }

    /** These options with another page size limit. */
    public Options withMaxPageBytes(long bytes) {
        return new Options(bytes);
    }
}
