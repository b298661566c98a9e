package org.dateline.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.dedup.DedupOptions;
import org.dateline.dedup.LshParams;
import org.dateline.dedup.Signer;
import org.dateline.dedup.VersionBenchmark;

/**
 * The version benchmark on the shared data: the table by kind of change for the defaults, then one
 * line per alternative setting (the evidence for the defaults), then signing speed on the real bodies.
 * Usage: {@code java -cp dateline-bench/target/benchmarks.jar org.dateline.bench.DedupBenchmark DATA [SEED]}.
 */
public final class DedupBenchmark {
    private DedupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 6;
        List<VersionBenchmark.Article> articles = VersionBenchmark.readArticles(data);
        DedupOptions defaults = DedupOptions.defaults();
        System.out.printf(Locale.ROOT, "defaults: %d-grams, k=%d, LSH %d×%d (knee %.2f, P(0.43)=%.3f), near J>=%.2f, "
                        + "version C>=%.2f, digits folded: %b, seed %d%n%n", defaults.shingleSize(), defaults.permutations(),
                defaults.lsh().bands(), defaults.lsh().rows(), defaults.lsh().knee(),
                defaults.lsh().probability(LshParams.jaccardOf(0.8, 0.6)), defaults.nearThreshold(),
                defaults.versionThreshold(), defaults.foldDigits(), seed);
        VersionBenchmark.Report report = VersionBenchmark.run(articles, defaults, seed, 2);
        System.out.println(report.table());

        Map<String, DedupOptions> variants = new LinkedHashMap<>();
        variants.put("defaults", defaults);
        variants.put("digits kept", defaults.withFoldDigits(false));
        variants.put("3-grams", defaults.withShingleSize(3));
        variants.put("7-grams", defaults.withShingleSize(7));
        variants.put("k=64 (design banding)", defaults.withPermutations(64));
        variants.put("k=256 (design banding)", defaults.withPermutations(256));
        variants.put("LSH datasketch optimal(0.8)", defaults.withLsh(LshParams.optimal(0.8, 128, 0.5, 0.5)));
        variants.put("LSH datasketch optimal(0.5)", defaults.withLsh(LshParams.optimal(0.5, 128, 0.5, 0.5)));
        variants.put("near 0.7, version 0.7", defaults.withThresholds(0.7, 0.7));
        variants.put("near 0.9, version 0.9", defaults.withThresholds(0.9, 0.9));
        variants.put("near 0.8, version 0.6", defaults.withThresholds(0.8, 0.6));
        System.out.printf(Locale.ROOT, "%-30s %7s %7s %7s %9s %9s %7s %10s%n", "setting", "P", "R", "F1", "hard-neg",
                "R(c≥.8)", "ARI", "candidates");
        for (Map.Entry<String, DedupOptions> v : variants.entrySet()) {
            VersionBenchmark.Report r = VersionBenchmark.run(articles, v.getValue(), seed, 2);
            System.out.printf(Locale.ROOT, "%-30s %7.4f %7.4f %7.4f %9.4f %9.4f %7.4f %10s%n", v.getKey(), r.precision(),
                    r.recall(), r.f1(), r.hardNegativePrecision(), r.recallContainment08(), r.adjustedRandIndex(),
                    v.getValue().lsh().bands() + "×" + v.getValue().lsh().rows());
        }

        Signer signer = new Signer(defaults);
        long words = 0;
        for (VersionBenchmark.Article a : articles) {
            words += a.body().split("\\s+").length;
        }
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            long sink = 0;
            for (int rep = 0; rep < 10; rep++) {
                for (VersionBenchmark.Article a : articles) {
                    sink += signer.sign(a.body()).exactHash();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "signing, 1 thread, round %d: %.0f bodies/s (mean %d words) %s%n", round,
                    10 * articles.size() / seconds, words / articles.size(), sink == 42 ? "!" : "");
        }
    }
}
