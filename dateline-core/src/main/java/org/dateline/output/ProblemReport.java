package org.dateline.output;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.dateline.page.Problem;
import org.dateline.page.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * The error report: one JSON object per line for each problem written to it (the CLI writes the
 * failed records), with
 * {@code source} (the file), {@code offset} (the record's byte offset, or {@code null} for a
 * whole file), {@code url}, {@code reason} (a stable code) and {@code detail} (a sentence).
 */
public final class ProblemReport implements Closeable {
    private final Writer out;

    /** A report written to {@code out}, which it closes. */
    public ProblemReport(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    @JsonPropertyOrder({"source", "offset", "url", "outcome", "reason", "detail"})
    record Line(String source, @Nullable Long offset, @Nullable String url, String outcome, String reason, String detail) {
    }

    /** Writes one problem. */
    public void write(Problem p) throws IOException {
        SourceRef s = p.source();
        Line line = new Line(s.file(), s.offset() == SourceRef.WHOLE_FILE ? null : s.offset(), p.url(),
                p.outcome().name().toLowerCase(java.util.Locale.ROOT), p.reason(), p.detail());
        out.write(Format.JSON.writeValueAsString(line));
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
