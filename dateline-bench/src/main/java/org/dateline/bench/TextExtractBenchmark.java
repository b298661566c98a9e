package org.dateline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dateline.extract.text.TextExtraction;
import org.dateline.extract.text.TextExtractor;
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
 * Text dumps per second through {@link TextExtractor#extract(String)} on one thread, dumps held
 * in memory as strings. Each invocation extracts the next dump of the set, so the score is
 * dumps/s averaged over the set's mix of sizes (divide by the mean dump size for MB/s; {@link
 * TextAccuracy} prints both, timed in thread CPU time).
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
    private final List<String> set = new ArrayList<>();
    private int next;

    @Setup
    public void load() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(dumps), FileVisitOption.FOLLOW_LINKS)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".txt")).sorted()::iterator) {
                set.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
        if (set.isEmpty()) {
            throw new IllegalStateException("no .txt dumps under " + dumps);
        }
    }

    @Benchmark
    public TextExtraction extractDump() {
        String dump = set.get(next);
        next = next + 1 == set.size() ? 0 : next + 1;
        return extractor.extract(dump);
    }
}
