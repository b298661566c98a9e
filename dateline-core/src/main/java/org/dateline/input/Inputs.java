package org.dateline.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dateline.page.Page;
import org.dateline.page.Problem;
import org.dateline.page.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * Opens inputs as one stream of records: files, directories (walked recursively in name order,
 * hidden entries ignored) and {@code -} for standard input. What each file holds is recognised
 * from its content and name: HTML pages (also gzipped), WARC/ARC archives (plain or gzip, with
 * WET and WAT records skipped with a reason), JSON Lines of {@code {"url":…, "html":…}}; plain-text
 * dumps are recognised and skipped as not yet supported; anything else is skipped as not a page.
 */
public final class Inputs {
    /** The standard-input path argument. */
    public static final String STDIN = "-";

    private Inputs() {
    }

    /**
     * Opens the given paths, in order, as one source.
     *
     * @param paths        files, directories, or {@code -}
     * @param maxPageBytes the largest page to read into memory; larger records fail with
     *                     {@code too-large}
     * @throws NoSuchFileException if a path does not exist (checked before anything is read)
     */
    public static PageSource open(List<String> paths, long maxPageBytes) throws IOException {
        if (maxPageBytes <= 0) {
            throw new IllegalArgumentException("maxPageBytes must be positive: " + maxPageBytes);
        }
        for (String p : paths) {
            if (!p.equals(STDIN) && !Files.exists(Path.of(p))) {
                throw new NoSuchFileException(p, null, "no such file or directory");
            }
        }
        return new Concatenation(paths, maxPageBytes);
    }

    /** Opens one stream (already positioned at its start) whose name is {@code name}. */
    static PageSource open(String name, InputStream raw, long maxPageBytes) {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        SourceRef ref = SourceRef.of(name);
        try {
            in.mark(1 << 16);
            byte[] magic = in.readNBytes(2);
            in.reset();
            boolean gzip = Sniffer.isGzip(magic, magic.length);
            in.mark(1 << 16);
            byte[] head = new byte[Sniffer.HEAD_BYTES];
            int length = gzip ? peekGzip(in, head) : peek(in, head);
            in.reset();
            if (length < 0) {
                in.close();
                return single(Problem.failed(ref, null, "corrupt-gzip", "not a readable gzip stream"));
            }
            InputKind kind = Sniffer.kind(name, head, length);
            switch (kind) {
                case ARCHIVE:
                    return new WarcSource(name, Channels.newChannel(in), maxPageBytes);
                case JSONL:
                    return new JsonlSource(name, gzip ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16)) : in, maxPageBytes);
                case HTML, TEXT_DUMP:
                    try (InputStream body = gzip ? new GZIPInputStream(in, 1 << 16) : in) {
                        return single(readPage(ref, body, maxPageBytes, kind == InputKind.TEXT_DUMP ? Page.PLAIN_TEXT : null));
                    }
                default:
                    in.close();
                    return single(problemFor(kind, ref));
            }
        } catch (IOException e) {
            closeQuietly(in);
            return single(Problem.failed(ref, null, "io-error", WarcSource.message(e)));
        }
    }

    /**
     * Reads up to {@code head.length} bytes; the count, or -1 if nothing could be read because the
     * stream is broken (damage after the first bytes is left for the reader to report).
     */
    private static int peek(InputStream in, byte[] head) {
        int n = 0;
        try {
            int r;
            while (n < head.length && (r = in.read(head, n, head.length - n)) != -1) {
                n += r;
            }
            return n;
        } catch (IOException e) {
            return n > 0 ? n : -1;
        }
    }

    private static int peekGzip(InputStream in, byte[] head) {
        try {
            return peek(new GZIPInputStream(new NonClosing(in), 512), head);
        } catch (IOException e) {
            return -1; // not even a gzip header
        }
    }

    private static Entry readPage(SourceRef ref, InputStream body, long maxPageBytes, @Nullable String contentType) {
        Bytes.Read read = Bytes.readKeepingPartial(body, maxPageBytes);
        if (read.tooLarge()) {
            return Entry.of(Problem.failed(ref, null, "too-large", "page over the size limit of " + Bytes.human(maxPageBytes)));
        }
        if (read.error() != null) {
            return Entry.of(Problem.failed(ref, null, "truncated", "the file ends early (" + WarcSource.message(read.error())
                    + ") after " + Bytes.human(read.bytes().length)));
        }
        return Entry.of(new Page(ref, null, read.bytes(), contentType, null));
    }

    private static Problem problemFor(InputKind kind, SourceRef ref) {
        switch (kind) {
            case EMPTY:
                return Problem.failed(ref, null, "empty", "empty file");
            default:
                return Problem.skipped(ref, null, "not-a-page", "not a page, an archive or JSON Lines of pages");
        }
    }

    private static PageSource single(Problem problem) {
        return new SingleEntrySource(Entry.of(problem));
    }

    private static PageSource single(Entry entry) {
        return new SingleEntrySource(entry);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // already failing
        }
    }

    /** The files named by the arguments, directories expanded in name order. */
    static List<String> expand(String path) throws IOException {
        if (path.equals(STDIN)) {
            return List.of(STDIN);
        }
        Path p = Path.of(path);
        if (!Files.isDirectory(p)) {
            return List.of(path);
        }
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(p)) {
            walk.filter(f -> !isHidden(p.relativize(f)))
                    .filter(Files::isRegularFile)
                    .map(Path::toString)
                    .sorted()
                    .forEach(files::add);
        }
        return files;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The records of every input, one file at a time. */
    private static final class Concatenation implements PageSource {
        private final Iterator<String> args;
        private final long maxPageBytes;
        private Iterator<String> files = List.<String>of().iterator();
        private @Nullable PageSource current;

        Concatenation(List<String> args, long maxPageBytes) {
            this.args = args.iterator();
            this.maxPageBytes = maxPageBytes;
        }

        @Override
        public @Nullable Entry next() {
            while (true) {
                if (current != null) {
                    Entry e = current.next();
                    if (e != null) {
                        return e;
                    }
                    current.close();
                    current = null;
                }
                if (!files.hasNext()) {
                    if (!args.hasNext()) {
                        return null;
                    }
                    String arg = args.next();
                    try {
                        files = expand(arg).iterator();
                    } catch (IOException | UncheckedIOException e) {
                        current = single(Problem.failed(SourceRef.of(arg), null, "io-error", "cannot list directory: " + WarcSource.message(e)));
                    }
                    continue;
                }
                current = openFile(files.next());
            }
        }

        private PageSource openFile(String name) {
            if (name.equals(STDIN)) {
                return open(STDIN, new NonClosing(System.in), maxPageBytes);
            }
            try {
                return open(name, Files.newInputStream(Path.of(name)), maxPageBytes);
            } catch (IOException e) {
                return single(Problem.failed(SourceRef.of(name), null, "io-error", WarcSource.message(e)));
            }
        }

        @Override
        public void close() {
            if (current != null) {
                current.close();
                current = null;
            }
        }
    }
}
