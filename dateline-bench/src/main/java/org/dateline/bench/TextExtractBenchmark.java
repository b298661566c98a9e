package org.dateline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dateline.Dateline;
import org.dateline.Options;
import org.dateline.Result;
import org.dateline.extract.text.TextExtraction;
import org.dateline.extract.text.TextExtractor;
import org.dateline.page.Page;
import org.dateline.page.SourceRef;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Text dumps per second through {@link TextExtractor#extract(String)} ({@code extractDump}) and
 * through the whole record, {@link Dateline#process(Page)} of a {@code text/plain} page (decode,
 * text extraction, metadata; {@code processDump}), on one thread, dumps held in memory. Each
 * invocation takes the next dump of the set, so the score is dumps/s averaged over the set's mix
 * of sizes (divide by the mean dump size for MB/s; {@link TextAccuracy} prints both for the
 * extractor, timed in thread CPU time). A dump's URL, which the record's date may come from, is
 * read from the {@code truth.jsonl} beside it when there is one.
 *
 * <p>Run: {@code mvn -q -pl dateline-bench -am package -DskipTests && java -jar
 * dateline-bench/target/benchmarks.jar TextExtractBenchmark -p dumps=out/dumps}. The {@code dumps}
 * parameter is a directory searched for {@code .txt} files (as {@code scripts/make-text-dumps}
 * writes them).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class TextExtractBenchmark {
    /** A directory of text dumps. */
    @Param("out/dumps")
    public String dumps;

    private final TextExtractor extractor = TextExtractor.create();
    private final Dateline dateline = Dateline.create(Options.defaults());
    private final List<String> set = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();
    private int next;

    @Setup
    public void load() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(dumps), FileVisitOption.FOLLOW_LINKS)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".txt")).sorted()::iterator) {
                byte[] bytes = Files.readAllBytes(f);
                set.add(new String(bytes, StandardCharsets.UTF_8));
                pages.add(new Page(SourceRef.of(f.toString()), urls(f.getParent()).get(f.getFileName().toString()), bytes,
                        Page.PLAIN_TEXT, null));
            }
        }
        if (set.isEmpty()) {
            throw new IllegalStateException("no .txt dumps under " + dumps);
        }
    }

    private final Map<Path, Map<String, String>> urls = new HashMap<>();

    /** The URL of each dump of a folder by file name, from its {@code truth.jsonl}; empty without one. */
    private Map<String, String> urls(Path folder) throws IOException {
        Map<String, String> byName = urls.get(folder);
        if (byName == null) {
            byName = new HashMap<>();
            Path truth = folder.resolve("truth.jsonl");
            if (Files.isRegularFile(truth)) {
                ObjectMapper json = new ObjectMapper();
                for (String line : Files.readAllLines(truth, StandardCharsets.UTF_8)) {
                    JsonNode n = line.isBlank() ? null : json.readTree(line);
                    if (n != null && n.path("text").isTextual() && n.path("url").isTextual()) {
                        byName.put(n.get("text").asText(), n.get("url").asText());
                    }
                }
            }
            urls.put(folder, byName);
        }
        return byName;
    }

    @Benchmark
    public TextExtraction extractDump() {
        String dump = set.get(next);
        next = next + 1 == set.size() ? 0 : next + 1;
        return extractor.extract(dump);
    }

    @Benchmark
    public Result processDump() {
        Page page = pages.get(next);
        next = next + 1 == pages.size() ? 0 : next + 1;
        return dateline.process(page);
    }
}
