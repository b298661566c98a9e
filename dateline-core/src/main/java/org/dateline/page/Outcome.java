package org.dateline.page;

/** What became of one input record. */
public enum Outcome {
    /** An article record was written. */
    OK,
    /** The record is not a page to extract (a request record, an image, a licence file...). */
    SKIPPED,
    /** The record is a page, but it could not be processed (corrupt, too large, undecodable...). */
    FAILED
}
