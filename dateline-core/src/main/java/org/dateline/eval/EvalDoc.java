package org.dateline.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * One page of an evaluation set and its ground truth: a full body, snippets, or both.
 *
 * @param id      the set's id for the page
 * @param html    the page file ({@code .gz} files are gunzipped on reading); a {@code .txt} file is a
 *                text dump, read as a text page
 * @param url     the page URL, or {@code null}
 * @param body    the true main text, or {@code null} when the set has snippets only
 * @param with    snippets that belong to the main text
 * @param without snippets that do not
 * @param meta    the metadata truth ({@link MetaTruth#NONE} when the set has none)
 */
public record EvalDoc(String id, Path html, @Nullable String url, @Nullable String body,
                      List<String> with, List<String> without, MetaTruth meta) {
    public EvalDoc {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(html, "html");
        with = List.copyOf(with);
        without = List.copyOf(without);
        Objects.requireNonNull(meta, "meta");
    }

    /** A page with text truth only. */
    public EvalDoc(String id, Path html, @Nullable String url, @Nullable String body, List<String> with, List<String> without) {
        this(id, html, url, body, with, without, MetaTruth.NONE);
    }

    /** Whether the page file is a text dump ({@code .txt}, {@code .txt.gz}) rather than HTML. */
    public boolean isText() {
        String name = html.getFileName().toString();
        return name.endsWith(".txt") || name.endsWith(".txt.gz");
    }

    /** Whether the page is scored by snippets. */
    public boolean hasSnippets() {
        return !with.isEmpty() || !without.isEmpty();
    }

    /** The page bytes as published. */
    public byte[] read() throws IOException {
        if (!html.getFileName().toString().endsWith(".gz")) {
            return Files.readAllBytes(html);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
            return in.readAllBytes();
        }
    }
}
