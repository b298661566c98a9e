package org.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.dateline.dedup.DedupInput;
import org.dateline.dedup.RecordSource;
import org.jspecify.annotations.Nullable;

/**
 * Article records (JSON Lines, plain or gzip) as a {@link RecordSource} that keeps only file
 * offsets in memory: 16 bytes per record. Each access reads the line again from disk and parses it.
 * Gzipped files and standard input ({@code -}) are first copied into a temporary file, deleted on close.
 * Blank lines are ignored; a line that is not a JSON object is counted in {@link #badLines()} and left out.
 */
final class RecordFile implements RecordSource, Closeable {
    static final ObjectMapper JSON = new ObjectMapper();
    /** The name that stands for standard input. */
    static final String STDIN = "-";

    private final List<FileChannel> channels = new ArrayList<>();
    private final List<Path> temporary = new ArrayList<>();
    private long[] offsets = new long[1024];
    private int[] lengths = new int[1024];
    private byte[] files = new byte[1024];
    private int size;
    private int withBody;
    private int badLines;
    private long bodyChars;

    private RecordFile() {
    }

    /** Indexes the lines of {@code paths} (at most 127 files). */
    static RecordFile open(List<Path> paths) throws IOException {
        if (paths.size() > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + Byte.MAX_VALUE + " record files at once, got " + paths.size());
        }
        RecordFile f = new RecordFile();
        try {
            for (Path p : paths) {
                f.add(p);
            }
        } catch (IOException | RuntimeException e) {
            f.close();
            throw e;
        }
        return f;
    }

    private void add(Path path) throws IOException {
        Path plain = path;
        if (path.toString().equals(STDIN)) {
            plain = spool(System.in);
        } else if (isGzip(path)) {
            plain = spool(Files.newInputStream(path));
        }
        FileChannel channel = FileChannel.open(plain, StandardOpenOption.READ);
        channels.add(channel);
        byte file = (byte) (channels.size() - 1);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(plain), 1 << 16)) {
            long offset = 0;
            byte[] line = new byte[1 << 12];
            int len = 0;
            int b;
            while (true) {
                b = in.read();
                if (b == '\n' || b < 0) {
                    if (len > 0) {
                        addLine(file, offset, line, len);
                    }
                    offset += len + 1;
                    len = 0;
                    if (b < 0) {
                        break;
                    }
                    continue;
                }
                if (len == line.length) {
                    line = Arrays.copyOf(line, len * 2);
                }
                line[len++] = (byte) b;
            }
        }
    }

    private void addLine(byte file, long offset, byte[] line, int len) {
        JsonNode node;
        try {
            node = JSON.readTree(line, 0, len);
        } catch (IOException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            if (!new String(line, 0, len, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
                badLines++;
            }
            return;
        }
        if (size == offsets.length) {
            offsets = Arrays.copyOf(offsets, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
            files = Arrays.copyOf(files, size * 2);
        }
        offsets[size] = offset;
        lengths[size] = len;
        files[size] = file;
        size++;
        String body = text(node, "body");
        if (body != null && !body.isEmpty()) {
            withBody++;
            bodyChars += body.length();
        }
    }

    /** Copies a stream, gunzipped when it is gzip, into a temporary file deleted on close. */
    private Path spool(InputStream raw) throws IOException {
        Path plain = Files.createTempFile("dateline-records-", ".jsonl");
        temporary.add(plain);
        try (InputStream buffered = new BufferedInputStream(raw, 1 << 16);
             OutputStream out = Files.newOutputStream(plain)) {
            buffered.mark(2);
            boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
            buffered.reset();
            (gzip ? new GZIPInputStream(buffered, 1 << 16) : buffered).transferTo(out);
        }
        return plain;
    }

    private static boolean isGzip(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    @Override
    public int size() {
        return size;
    }

    /** Records with a non-empty body. */
    int withBody() {
        return withBody;
    }

    /** Lines that are not JSON objects, left out. */
    int badLines() {
        return badLines;
    }

    /** The characters of all bodies, to decide whether shingle sets fit in memory. */
    long bodyChars() {
        return bodyChars;
    }

    /** Record {@code i} as read from its file, every field kept. */
    ObjectNode node(int i) {
        ByteBuffer buf = ByteBuffer.allocate(lengths[i]);
        try {
            FileChannel channel = channels.get(files[i]);
            long pos = offsets[i];
            while (buf.hasRemaining()) {
                int n = channel.read(buf, pos + buf.position());
                if (n < 0) {
                    throw new IOException("the record file changed while it was read");
                }
            }
            return (ObjectNode) JSON.readTree(buf.array());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public DedupInput get(int i) {
        return input(node(i), i);
    }

    /** The fields deduplication reads; a record without an id is named by its number. */
    static DedupInput input(ObjectNode node, int i) {
        String id = text(node, "id");
        String body = text(node, "body");
        return new DedupInput(id == null ? "#" + i : id, text(node, "url"), body == null ? "" : body,
                text(node, "fetched"), text(node, "published"));
    }

    static @Nullable String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    @Override
    public void close() throws IOException {
        for (FileChannel c : channels) {
            c.close();
        }
        for (Path p : temporary) {
            Files.deleteIfExists(p);
        }
    }
}
