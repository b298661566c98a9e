package org.dateline.page;

import java.util.Objects;

/**
 * Where a record came from: the input file as given on the command line and, for records inside
 * archives and JSON Lines files, the byte offset of the record (in the uncompressed stream for
 * gzipped JSON Lines).
 *
 * @param file   the input file path as given ({@code -} for standard input)
 * @param offset byte offset of the record in the file, or {@link #WHOLE_FILE} when the file is
 *               one page
 */
public record SourceRef(String file, long offset) {
    /** The offset of a record that is a whole file. */
    public static final long WHOLE_FILE = -1;

    public SourceRef {
        Objects.requireNonNull(file, "file");
    }

    /** A reference to a whole file. */
    public static SourceRef of(String file) {
        return new SourceRef(file, WHOLE_FILE);
    }

    /** {@code file} for whole files, {@code file#offset} for records inside a file. */
    @Override
    public String toString() {
        return offset == WHOLE_FILE ? file : file + "#" + offset;
    }
}
