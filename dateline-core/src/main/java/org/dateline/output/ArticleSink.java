package org.dateline.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.article.Article;

/**
 * Where article records go: one stream (a file or standard output) or one file per article in a
 * directory. Not thread-safe: one writer thread.
 */
public interface ArticleSink extends Closeable {
    /** The separator between records in a text stream: a form feed on a line of its own. */
    String TEXT_RECORD_SEPARATOR = "\f\n";

    /** Writes one record; text formats leave out records with an empty body (non-articles). */
    void write(Article article) throws IOException;

    /**
     * Records in one stream: JSON Lines one per line; the text formats each followed by a line
     * holding only a form feed ({@code \f}), so that records can be split again.
     */
    static ArticleSink stream(OutputStream out, Format format) {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        return new ArticleSink() {
            @Override
            public void write(Article article) throws IOException {
                if (format != Format.JSONL && article.body().isEmpty()) {
                    return; // a non-article: nothing to write in a text format
                }
                w.write(format.render(article));
                w.write('\n');
                if (format != Format.JSONL) {
                    w.write(TEXT_RECORD_SEPARATOR);
                }
            }

            @Override
            public void close() throws IOException {
                w.close();
            }
        };
    }

    /** One file per record in {@code dir} (created if missing), named {@code <id>.<extension>}. */
    static ArticleSink directory(Path dir, Format format) throws IOException {
        Files.createDirectories(dir);
        String ext = format == Format.JSONL ? "json" : format.extension();
        return new ArticleSink() {
            @Override
            public void write(Article article) throws IOException {
                if (format != Format.JSONL && article.body().isEmpty()) {
                    return;
                }
                Files.writeString(dir.resolve(article.id() + "." + ext), format.render(article) + "\n", StandardCharsets.UTF_8);
            }

            @Override
            public void close() {
            }
        };
    }
}
