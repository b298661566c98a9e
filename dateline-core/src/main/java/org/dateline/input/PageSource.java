package org.dateline.input;

import java.io.Closeable;
import org.jspecify.annotations.Nullable;

/**
 * A stream of input records, read one at a time with bounded memory. Damage in the input never
 * throws out of {@link #next()}: it becomes an {@link Entry} holding a
 * {@link org.dateline.page.Problem}, and reading goes on where it can.
 *
 * <p>Not thread-safe: one reader at a time.
 */
public interface PageSource extends Closeable {
    /** The next record, or {@code null} at the end of the input. */
    @Nullable Entry next();

    /** Closes the underlying files; never throws. */
    @Override
    void close();
}
