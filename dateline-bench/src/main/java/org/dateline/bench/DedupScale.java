package org.dateline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.dateline.dedup.DedupInput;
import org.dateline.dedup.DedupOptions;
import org.dateline.dedup.DedupResult;
import org.dateline.dedup.Deduplicator;
import org.dateline.dedup.InMemoryBandIndex;
import org.dateline.dedup.RecordSource;
import org.dateline.dedup.VersionBenchmark;

/**
 * The scale benchmark: N synthetic articles (vocabulary-based random bodies of 300-800 words, a
 * planted fraction of exact copies and versions), deduplicated with signatures, LSH, verification
 * and clustering. Shingle sets are not kept: verification signs the two bodies of each candidate
 * pair again from the (re-generated) source, as a CLI would re-read records by file offset.
 *
 * <pre>
 * java -Xmx8g -cp dateline-bench/target/benchmarks.jar org.dateline.bench.DedupScale [N] [--threads T] [--check M]
 * </pre>
 * N defaults to 1,000,000 (use 10000000 for the 10 M run); {@code --check M} compares LSH with the
 * brute-force all-pairs reference on the first M articles (20000 for the check).
 */
public final class DedupScale {
    /** The share of articles that are a copy or a version of an earlier one. */
    static final double PLANTED = 0.1;
    static final int VOCABULARY = 60_000;

    private DedupScale() {
    }

    /** Random-access synthetic articles: article i is generated from i alone. */
    static final class Synthetic implements RecordSource {
        private final int size;
        private final String[] words;

        Synthetic(int size) {
            this.size = size;
            SplittableRandom random = new SplittableRandom(2024);
            words = new String[VOCABULARY];
            for (int w = 0; w < VOCABULARY; w++) {
                int len = 2 + random.nextInt(9);
                char[] c = new char[len];
                for (int k = 0; k < len; k++) {
                    c[k] = (char) ('a' + random.nextInt(26));
                }
                words[w] = new String(c);
            }
        }

        @Override
        public int size() {
            return size;
        }

        /** The original an article derives from, or −1 if it is an original. */
        int baseOf(int i) {
            if (i == 0) {
                return -1;
            }
            SplittableRandom r = new SplittableRandom(i * 0x9E3779B97F4A7C15L + 17);
            if (r.nextDouble() >= PLANTED) {
                return -1;
            }
            int base = r.nextInt(i);
            int up = baseOf(base);
            return up >= 0 ? up : base;
        }

        @Override
        public DedupInput get(int i) {
            int base = baseOf(i);
            List<String> p = paragraphs(base >= 0 ? base : i);
            if (base >= 0) {
                SplittableRandom r = new SplittableRandom(i * 31L + 7);
                switch (r.nextInt(4)) {
                    case 0 -> { } // exact copy
                    case 1 -> p = new ArrayList<>(p.subList(0, Math.max(1, (int) (p.size() * (0.7 + 0.25 * r.nextDouble())))));
                    case 2 -> p.remove(r.nextInt(p.size()));
                    default -> p.add(paragraphs(-1 - i).get(0));
                }
            }
            String day = String.format(Locale.ROOT, "2024-%02d-%02d", 1 + i % 12, 1 + i % 28);
            return new DedupInput("a" + i, "https://news.example/" + i, String.join("\n\n", p), day, day);
        }

        private List<String> paragraphs(int seed) {
            SplittableRandom r = new SplittableRandom(seed * 0xC2B2AE3D27D4EB4FL + 3);
            int total = 300 + r.nextInt(501);
            List<String> out = new ArrayList<>();
            StringBuilder sb = new StringBuilder();
            int inParagraph = 0;
            int target = 40 + r.nextInt(50);
            for (int w = 0; w < total; w++) {
                double u = r.nextDouble();
                sb.append(words[(int) (VOCABULARY * u * u * u)]); // skewed: frequent words, like a language
                if (++inParagraph == target || w == total - 1) {
                    sb.append('.');
                    out.add(sb.toString());
                    sb.setLength(0);
                    inParagraph = 0;
                    target = 40 + r.nextInt(50);
                } else {
                    sb.append(w % 13 == 12 ? ". " : " ");
                }
            }
            return out;
        }
    }

    public static void main(String[] args) {
        int n = 1_000_000;
        int threads = 2;
        int check = 0;
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--threads" -> threads = Integer.parseInt(args[++a]);
                case "--check" -> check = Integer.parseInt(args[++a]);
                default -> n = Integer.parseInt(args[a].replace("_", ""));
            }
        }
        if (check > 0) {
            bruteForceCheck(check, threads);
        }
        if (n > 0) {
            scale(n, threads);
        }
    }

    static void scale(int n, int threads) {
        Synthetic source = new Synthetic(n);
        DedupOptions options = DedupOptions.defaults().withKeepShingles(false);
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        InMemoryBandIndex index = new InMemoryBandIndex(options.lsh().bands(), n);
        DedupResult result = Deduplicator.create(options).dedup(source, threads, index);
        double seconds = (System.nanoTime() - start) / 1e9;
        DedupResult.Stats s = result.stats();
        System.out.printf(Locale.ROOT, "articles %,d, threads %d: %.1f s, %,.0f articles/s%n", n, threads, seconds, n / seconds);
        System.out.printf(Locale.ROOT, "peak heap %,d MB (sum of pool peaks, -Xmx %,d MB); index %,d bytes/article "
                        + "(band keys, %d bands × 4 bytes + presence), + 12 bytes/article of token count and exact hash%n",
                peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20, s.indexBytes() / n, options.lsh().bands());
        System.out.printf(Locale.ROOT, "candidate pairs %,d, verified %,d; exact %,d, near %,d, version %,d; clusters %,d%n",
                s.candidatePairs(), s.verifiedPairs(), s.exact(), s.near(), s.version(), s.clusters());
        int planted = 0;
        int found = 0;
        for (int i = 0; i < n; i++) {
            if (source.baseOf(i) >= 0) {
                planted++;
                if (result.canonicalOf(i) == result.canonicalOf(source.baseOf(i))) {
                    found++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "planted copies/versions %,d, in their original's cluster %,d (%.4f)%n", planted,
                found, (double) found / planted);
    }

    static void bruteForceCheck(int m, int threads) {
        Synthetic source = new Synthetic(m);
        Deduplicator dedup = Deduplicator.create(DedupOptions.defaults());
        long start = System.nanoTime();
        DedupResult lsh = dedup.dedup(source, threads);
        double lshSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        DedupResult brute = dedup.dedupAllPairs(source, threads);
        double bruteSeconds = (System.nanoTime() - start) / 1e9;
        int[] a = new int[m];
        int[] b = new int[m];
        int differ = 0;
        for (int i = 0; i < m; i++) {
            a[i] = lsh.canonicalOf(i);
            b[i] = brute.canonicalOf(i);
            if (a[i] != b[i] || lsh.relationOf(i) != brute.relationOf(i)) {
                differ++;
            }
        }
        System.out.printf(Locale.ROOT, "brute-force check on %,d articles: LSH %.1f s (%,d candidate pairs), all pairs %.1f s "
                        + "(%,d pairs)%n", m, lshSeconds, lsh.stats().candidatePairs(), bruteSeconds,
                brute.stats().candidatePairs());
        System.out.printf(Locale.ROOT, "verified relations: LSH %,d, brute force %,d; clusters %,d vs %,d; records whose "
                        + "canonical or relation differ: %d; partitions equal: %b; ARI %.6f%n",
                lsh.stats().verifiedPairs(), brute.stats().verifiedPairs(), lsh.stats().clusters(), brute.stats().clusters(),
                differ, lsh.partition().equals(brute.partition()), VersionBenchmark.adjustedRandIndex(b, a));
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
