package org.dateline.input;

import java.io.FilterInputStream;
import java.io.InputStream;

/** A stream whose {@code close()} leaves the underlying stream open (for standard input and peeking). */
final class NonClosing extends FilterInputStream {
    NonClosing(InputStream in) {
        super(in);
    }

    @Override
    public void close() {
        // the owner closes the underlying stream
    }
}
