package org.dateline.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/** Reading a stream into memory with a cap, so that one huge record cannot exhaust the heap. */
final class Bytes {
    private Bytes() {
    }

    /**
     * What reading a record's bytes gave: all of them, too many, or those before the input broke.
     *
     * @param bytes    the bytes read (empty when {@code tooLarge})
     * @param tooLarge the record holds more than the limit; reading stopped there
     * @param error    the error that cut the record short, or {@code null} if it was read whole
     */
    record Read(byte[] bytes, boolean tooLarge, @Nullable IOException error) {
    }

    /**
     * Reads the stream to its end, stopping as soon as it holds more than {@code limit} bytes (the
     * rest is left unread), and keeping what was read before an I/O error.
     */
    static Read readKeepingPartial(InputStream in, long limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buf = new byte[16384];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buf)) != -1) {
                total += n;
                if (total > limit) {
                    return new Read(new byte[0], true, null);
                }
                out.write(buf, 0, n);
            }
            return new Read(out.toByteArray(), false, null);
        } catch (IOException e) {
            return new Read(out.toByteArray(), false, e);
        }
    }

    /** A size in human units, for messages. */
    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
