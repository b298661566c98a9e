package org.dateline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dateline.Dateline;
import org.dateline.Options;
import org.dateline.Result;
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
 * Pages per second through {@link Dateline#process(Page)} (decode, parse, metadata, extraction)
 * on one thread, pages held in memory. Each invocation processes the next page of the set, so
 * the score is pages/s averaged over the set's mix of page sizes.
 *
 * <p>Run: {@code mvn -q -pl dateline-bench -am package -DskipTests && java -jar
 * dateline-bench/target/benchmarks.jar -p pages=../shared/data/naeb/html}. The {@code pages}
 * parameter is a directory of {@code .html} or {@code .html.gz} files.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ExtractBenchmark {
    /** A directory of pages; the project's samples by default. */
    @Param("samples/pages")
    public String pages;

    private final Dateline dateline = Dateline.create(Options.defaults());
    private final List<Page> set = new ArrayList<>();
    private int next;

    @Setup
    public void load() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(pages))) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String name = f.getFileName().toString();
                if (name.matches(".*\\.html?(\\.gz)?")) {
                    byte[] bytes = name.endsWith(".gz")
                            ? new GZIPInputStream(Files.newInputStream(f)).readAllBytes()
                            : Files.readAllBytes(f);
                    set.add(new Page(SourceRef.of(f.toString()), null, bytes, null, null));
                }
            }
        }
        if (set.isEmpty()) {
            throw new IllegalStateException("no .html or .html.gz pages under " + pages);
        }
    }

    @Benchmark
    public Result processPage() {
        Page page = set.get(next);
        next = next + 1 == set.size() ? 0 : next + 1;
        return dateline.process(page);
    }
}
