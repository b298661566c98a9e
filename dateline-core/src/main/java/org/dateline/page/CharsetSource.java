package org.dateline.page;

/** The evidence a page's charset was taken from, strongest first. */
public enum CharsetSource {
    /** A byte-order mark at the start of the content. */
    BOM,
    /** The charset parameter of the HTTP {@code Content-Type} header. */
    HTTP,
    /** A {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} in the page. */
    META,
    /** The content is valid UTF-8 (undeclared, or declared wrongly as a single-byte charset). */
    UTF8_VALID,
    /** A statistical detector, because the declaration was missing, unknown or contradicted. */
    DETECTED,
    /** Nothing matched: windows-1252, the web's default for undeclared legacy pages. */
    DEFAULT
}
