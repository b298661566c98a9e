package org.dateline.input;

/** What an input file holds, recognised from its first bytes and its name. */
enum InputKind {
    /** An HTML page, possibly gzipped. */
    HTML,
    /** A WARC or ARC archive (also WET and WAT, whose records are skipped with a reason). */
    ARCHIVE,
    /** JSON Lines with one {@code {"url":…, "html":…}} object per line. */
    JSONL,
    /** A plain-text page dump: recognised, not yet supported. */
    TEXT_DUMP,
    /** A file of zero bytes. */
    EMPTY,
    /** Not a page: metadata, licences, images, indexes. */
    OTHER
}
