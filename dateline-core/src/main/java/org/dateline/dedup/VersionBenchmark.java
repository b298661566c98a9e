package org.dateline.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The version benchmark: labelled versions and hard negatives generated from real article bodies,
 * deduplicated, and scored per kind of change. Deterministic for a seed.
 *
 * <p>From the bodies of {@code naeb/truth.jsonl} and {@code readability-pages/truth.jsonl} (at
 * least {@value #MIN_WORDS} words), it builds a corpus of:
 * <ul>
 *   <li><b>families</b>: an article and one or two versions of it, each made by one {@link Kind}
 *       of change (the truth: one cluster per family);</li>
 *   <li><b>same-site negatives</b>: two articles of one naeb site, both wrapped in the same
 *       generated template lines (a header and a footer of the site);</li>
 *   <li><b>same-topic negatives</b>: the pairs of different articles with the highest shingle
 *       Jaccard similarity.</li>
 * </ul>
 * Paragraphs added by a change come from donor articles kept out of the corpus.
 */
public final class VersionBenchmark {
    /** Bodies shorter than this are not used (a version of a 20-word text is not a news version). */
    static final int MIN_WORDS = 80;
    /** Articles kept out of the corpus to supply new paragraphs. */
    static final int DONORS = 40;
    /** Same-topic hard negatives: this many most similar pairs of different articles. */
    static final int SAME_TOPIC_PAIRS = 60;
    /** Source articles sharing this much of the smaller one's shingles are one story: only the first is used. */
    static final double SAME_STORY_CONTAINMENT = 0.5;

    /** A kind of change that makes a version, or a kind of hard negative. */
    public enum Kind {
        EXACT_COPY("exact copy (re-spaced, re-cased, curly quotes)"),
        TRUNCATED("truncated (first 50-90 % of paragraphs)"),
        MIDDLE_REMOVED("middle paragraphs removed (1-4)"),
        APPENDED("paragraphs appended (1-3)"),
        SENTENCE_EDITS("sentence edits (~10 % of sentences)"),
        FIGURES_CHANGED("figures changed"),
        SYNDICATED("syndicated: new first and last paragraph"),
        BOILERPLATE("boilerplate lines added"),
        SAME_SITE("negative: same site, shared template"),
        SAME_TOPIC("negative: most similar other article");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** What the change is. */
        public String description() {
            return description;
        }

        /** Whether pairs of this kind should not be joined. */
        public boolean isNegative() {
            return this == SAME_SITE || this == SAME_TOPIC;
        }
    }

    /**
     * Scores of one kind of labelled pair.
     *
     * @param kind           the kind
     * @param pairs          labelled pairs
     * @param joined         pairs put in one cluster
     * @param falsePositives other pairs joined that involve a record of this kind (versions only)
     * @param containment08  pairs whose exact containment is at least 0.8
     * @param joined08       of those, pairs joined
     */
    public record Row(Kind kind, int pairs, int joined, int falsePositives, int containment08, int joined08) {
        /** Pair precision: joined / (joined + false positives); for negatives, the share kept apart. */
        public double precision() {
            if (kind.isNegative()) {
                return pairs == 0 ? Double.NaN : 1 - (double) joined / pairs;
            }
            return joined + falsePositives == 0 ? Double.NaN : (double) joined / (joined + falsePositives);
        }

        /** Pair recall (versions only). */
        public double recall() {
            return pairs == 0 || kind.isNegative() ? Double.NaN : (double) joined / pairs;
        }

        /** The harmonic mean of precision and recall (versions only). */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * The benchmark's outcome.
     *
     * @param rows                 one row per kind
     * @param records              records in the corpus
     * @param truePairs            pairs of records in one true cluster
     * @param predictedPairs       pairs of records in one predicted cluster
     * @param correctPairs         pairs in both
     * @param hardNegativePairs    labelled hard negative pairs
     * @param hardNegativesJoined  of those, pairs wrongly joined
     * @param containment08        version pairs with containment at least 0.8
     * @param containment08Joined  of those, pairs joined
     * @param adjustedRandIndex    agreement of the predicted and the true partition, corrected for chance
     * @param options              the options measured
     */
    public record Report(List<Row> rows, int records, long truePairs, long predictedPairs, long correctPairs,
                         int hardNegativePairs, int hardNegativesJoined, int containment08, int containment08Joined,
                         double adjustedRandIndex, DedupOptions options) {
        /** Precision over all pairs. */
        public double precision() {
            return predictedPairs == 0 ? Double.NaN : (double) correctPairs / predictedPairs;
        }

        /** Recall over all pairs. */
        public double recall() {
            return truePairs == 0 ? Double.NaN : (double) correctPairs / truePairs;
        }

        /** Pair F1 over all pairs of the corpus. */
        public double f1() {
            return 2 * precision() * recall() / (precision() + recall());
        }

        /** The share of hard negative pairs kept apart. */
        public double hardNegativePrecision() {
            return 1 - (double) hardNegativesJoined / hardNegativePairs;
        }

        /** Recall of version pairs whose containment is at least 0.8. */
        public double recallContainment08() {
            return (double) containment08Joined / containment08;
        }

        /** The report as a text table. */
        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%-46s %6s %6s %5s %9s %7s %7s %13s%n", "kind", "pairs", "joined", "fp",
                    "precision", "recall", "F1", "recall(c≥.8)"));
            for (Row r : rows) {
                sb.append(String.format(Locale.ROOT, "%-46s %6d %6d %5s %9.3f %7s %7s %13s%n", r.kind().description(),
                        r.pairs(), r.joined(), r.kind().isNegative() ? "" : Integer.toString(r.falsePositives()),
                        r.precision(), r.kind().isNegative() ? "" : String.format(Locale.ROOT, "%.3f", r.recall()),
                        r.kind().isNegative() ? "" : String.format(Locale.ROOT, "%.3f", r.f1()),
                        r.kind().isNegative() ? "" : String.format(Locale.ROOT, "%.3f (%d)",
                                (double) r.joined08() / r.containment08(), r.containment08())));
            }
            sb.append(String.format(Locale.ROOT, "%nrecords %d; all pairs: precision %.4f recall %.4f F1 %.4f "
                            + "(true pairs %d, predicted %d)%n", records, precision(), recall(), f1(), truePairs,
                    predictedPairs));
            sb.append(String.format(Locale.ROOT, "hard negatives kept apart: %.4f (%d of %d joined)%n",
                    hardNegativePrecision(), hardNegativesJoined, hardNegativePairs));
            sb.append(String.format(Locale.ROOT, "recall of versions with containment >= 0.8: %.4f (%d of %d)%n",
                    recallContainment08(), containment08Joined, containment08));
            sb.append(String.format(Locale.ROOT, "adjusted Rand index: %.4f%n", adjustedRandIndex));
            return sb.toString();
        }
    }

    /** An article body and its site ({@code null} when unknown). */
    public record Article(String body, @Nullable String site) {
    }

    private record Pair(int a, int b, Kind kind) {
    }

    private VersionBenchmark() {
    }

    /** Reads the article bodies of the shared data sets under {@code dataDir}. */
    public static List<Article> readArticles(Path dataDir) throws IOException {
        List<Article> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String set : List.of("naeb/truth.jsonl", "readability-pages/truth.jsonl")) {
            Path file = dataDir.resolve(set);
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode node = json.readTree(line);
                    String body = node.path("body").asText("");
                    JsonNode site = node.get("site");
                    out.add(new Article(body, site == null || site.isNull() ? null : site.asText()));
                }
            }
        }
        return out;
    }

    /** Runs the benchmark on the shared data sets. */
    public static Report run(Path dataDir, DedupOptions options, long seed, int threads) throws IOException {
        return run(readArticles(dataDir), options, seed, threads);
    }

    /** Runs the benchmark on these articles. */
    public static Report run(List<Article> articles, DedupOptions options, long seed, int threads) {
        Random random = new Random(seed);
        List<Article> usable = new ArrayList<>();
        for (Article a : articles) {
            if (paragraphs(a.body()).size() >= 3 && a.body().split("\\s+").length >= MIN_WORDS) {
                usable.add(a);
            }
        }
        // distinct stories only: the data sets hold some texts several times (readability's test
        // pages repeat lorem ipsum), which would be true duplicates labelled as different stories
        Signer signer = new Signer(options);
        List<Article> distinct = new ArrayList<>();
        List<long[]> kept = new ArrayList<>();
        for (Article a : usable) {
            long[] sh = signer.shingles(a.body());
            boolean seen = false;
            for (long[] other : kept) {
                if (Overlap.of(sh, other).containment() >= SAME_STORY_CONTAINMENT) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                distinct.add(a);
                kept.add(sh);
            }
        }
        usable = distinct;
        java.util.Collections.shuffle(usable, random);
        List<Article> donors = new ArrayList<>(usable.subList(0, Math.min(DONORS, usable.size())));
        List<Article> pool = new ArrayList<>(usable.subList(donors.size(), usable.size()));
        List<String> donorParagraphs = new ArrayList<>();
        for (Article d : donors) {
            donorParagraphs.addAll(paragraphs(d.body()));
        }

        List<String> bodies = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        List<Pair> labelled = new ArrayList<>();
        Map<Integer, Kind> kindOf = new HashMap<>();

        // same-site negatives: the first two pool articles of each site with two
        Map<String, List<Article>> bySite = new LinkedHashMap<>();
        for (Article a : pool) {
            if (a.site() != null) {
                bySite.computeIfAbsent(a.site(), k -> new ArrayList<>()).add(a);
            }
        }
        List<Article> used = new ArrayList<>();
        for (Map.Entry<String, List<Article>> e : bySite.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            List<String> template = template(e.getKey(), random);
            int first = bodies.size();
            for (Article a : e.getValue().subList(0, 2)) {
                List<String> p = new ArrayList<>(template.subList(0, 3));
                p.addAll(paragraphs(a.body()));
                p.addAll(template.subList(3, template.size()));
                truth.add(bodies.size());
                bodies.add(String.join("\n\n", p));
                used.add(a);
            }
            labelled.add(new Pair(first, first + 1, Kind.SAME_SITE));
        }
        pool.removeAll(used);

        // families
        Kind[] kinds = Arrays.copyOf(Kind.values(), Kind.SAME_SITE.ordinal());
        int[] baseOf = new int[pool.size()];
        for (int t = 0; t < pool.size(); t++) {
            List<String> base = paragraphs(pool.get(t).body());
            int baseIndex = bodies.size();
            baseOf[t] = baseIndex;
            truth.add(baseIndex);
            bodies.add(String.join("\n\n", base));
            List<Kind> changes = new ArrayList<>(List.of(kinds[t % kinds.length]));
            if (random.nextBoolean()) {
                changes.add(kinds[(t + 3) % kinds.length]);
            }
            for (Kind k : changes) {
                int index = bodies.size();
                bodies.add(String.join("\n\n", change(k, base, donorParagraphs, random)));
                truth.add(baseIndex);
                kindOf.put(index, k);
                labelled.add(new Pair(baseIndex, index, k));
            }
        }

        // same-topic negatives: the most similar pairs of different family bases
        long[][] shingles = new long[pool.size()][];
        for (int t = 0; t < pool.size(); t++) {
            shingles[t] = signer.shingles(bodies.get(baseOf[t]));
        }
        List<double[]> similar = new ArrayList<>();
        for (int x = 0; x < pool.size(); x++) {
            for (int y = x + 1; y < pool.size(); y++) {
                double j = Overlap.of(shingles[x], shingles[y]).jaccard();
                if (j > 0) {
                    similar.add(new double[] {j, x, y});
                }
            }
        }
        similar.sort((p, q) -> Double.compare(q[0], p[0]));
        for (double[] s : similar.subList(0, Math.min(SAME_TOPIC_PAIRS, similar.size()))) {
            labelled.add(new Pair(baseOf[(int) s[1]], baseOf[(int) s[2]], Kind.SAME_TOPIC));
        }

        // deduplicate
        List<DedupInput> inputs = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            inputs.add(DedupInput.of(String.format(Locale.ROOT, "r%05d", i), bodies.get(i)));
        }
        DedupResult result = Deduplicator.create(options).dedup(inputs, threads);
        int n = bodies.size();
        int[] predicted = new int[n];
        for (int i = 0; i < n; i++) {
            predicted[i] = result.canonicalOf(i);
        }
        int[] expected = truth.stream().mapToInt(Integer::intValue).toArray();

        // per kind
        int[][] counts = new int[Kind.values().length][5];
        for (Pair p : labelled) {
            int[] c = counts[p.kind().ordinal()];
            boolean joined = predicted[p.a()] == predicted[p.b()];
            c[0]++;
            c[1] += joined ? 1 : 0;
            if (!p.kind().isNegative()) {
                Overlap o = Overlap.of(signer.shingles(bodies.get(p.a())), signer.shingles(bodies.get(p.b())));
                if (o.containment() >= 0.8) {
                    c[3]++;
                    c[4] += joined ? 1 : 0;
                }
            }
        }
        // false positives: pairs joined across true clusters, charged to the kinds of their records
        Map<Integer, List<Integer>> clusters = new HashMap<>();
        for (int i = 0; i < n; i++) {
            clusters.computeIfAbsent(predicted[i], k -> new ArrayList<>()).add(i);
        }
        long predictedPairs = 0;
        long correct = 0;
        for (List<Integer> members : clusters.values()) {
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    int a = members.get(x);
                    int b = members.get(y);
                    predictedPairs++;
                    if (expected[a] == expected[b]) {
                        correct++;
                    } else {
                        for (int r : new int[] {a, b}) {
                            Kind k = kindOf.get(r);
                            if (k != null) {
                                counts[k.ordinal()][2]++;
                            }
                        }
                    }
                }
            }
        }
        Map<Integer, Integer> truthSizes = new HashMap<>();
        for (int e : expected) {
            truthSizes.merge(e, 1, Integer::sum);
        }
        long truePairs = 0;
        for (int s : truthSizes.values()) {
            truePairs += (long) s * (s - 1) / 2;
        }
        List<Row> rows = new ArrayList<>();
        int hard = 0;
        int hardJoined = 0;
        int c08 = 0;
        int c08Joined = 0;
        for (Kind k : Kind.values()) {
            int[] c = counts[k.ordinal()];
            rows.add(new Row(k, c[0], c[1], c[2], c[3], c[4]));
            if (k.isNegative()) {
                hard += c[0];
                hardJoined += c[1];
            } else {
                c08 += c[3];
                c08Joined += c[4];
            }
        }
        return new Report(rows, n, truePairs, predictedPairs, correct, hard, hardJoined, c08, c08Joined,
                adjustedRandIndex(expected, predicted), options);
    }

    /** The adjusted Rand index of two labellings (Hubert and Arabie 1985). */
    public static double adjustedRandIndex(int[] truth, int[] predicted) {
        Map<Long, Integer> cells = new HashMap<>();
        Map<Integer, Integer> rows = new HashMap<>();
        Map<Integer, Integer> cols = new HashMap<>();
        for (int i = 0; i < truth.length; i++) {
            cells.merge((long) truth[i] << 32 | (predicted[i] & 0xFFFFFFFFL), 1, Integer::sum);
            rows.merge(truth[i], 1, Integer::sum);
            cols.merge(predicted[i], 1, Integer::sum);
        }
        double index = 0;
        for (int c : cells.values()) {
            index += choose2(c);
        }
        double a = 0;
        for (int c : rows.values()) {
            a += choose2(c);
        }
        double b = 0;
        for (int c : cols.values()) {
            b += choose2(c);
        }
        double expectedIndex = a * b / choose2(truth.length);
        double max = (a + b) / 2;
        return max == expectedIndex ? 1 : (index - expectedIndex) / (max - expectedIndex);
    }

    private static double choose2(long n) {
        return n * (n - 1) / 2.0;
    }

    static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        for (String line : body.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** A version of {@code base} made by one kind of change. */
    static List<String> change(Kind kind, List<String> base, List<String> donors, Random random) {
        List<String> p = new ArrayList<>(base);
        int n = p.size();
        switch (kind) {
            case EXACT_COPY -> {
                p.replaceAll(s -> s.replace("'", "’").replace(" ", random.nextBoolean() ? "  " : " ")
                        .replace(". ", ".\n"));
                p.set(0, p.get(0).toUpperCase(Locale.ROOT));
            }
            case TRUNCATED -> {
                int keep = Math.max(1, Math.min(n - 1, (int) Math.round(n * (0.5 + 0.4 * random.nextDouble()))));
                p = new ArrayList<>(p.subList(0, keep));
            }
            case MIDDLE_REMOVED -> {
                int remove = Math.max(1, Math.min(1 + random.nextInt(4), (int) (n * 0.3)));
                int from = 1 + random.nextInt(Math.max(1, n - 1 - remove));
                for (int i = 0; i < remove && from < p.size() - 1; i++) {
                    p.remove(from);
                }
            }
            case APPENDED -> {
                int add = 1 + random.nextInt(3);
                for (int i = 0; i < add; i++) {
                    p.add(donors.get(random.nextInt(donors.size())));
                }
            }
            case SENTENCE_EDITS -> p.replaceAll(s -> editSentences(s, donors, random));
            case FIGURES_CHANGED -> {
                p.replaceAll(s -> {
                    Matcher m = DIGITS.matcher(s);
                    StringBuilder sb = new StringBuilder();
                    while (m.find()) {
                        int v = Integer.parseInt(m.group().length() > 6 ? m.group().substring(0, 6) : m.group());
                        m.appendReplacement(sb, Integer.toString(v + 1 + random.nextInt(Math.max(2, v / 2 + 1))));
                    }
                    m.appendTail(sb);
                    return sb.toString();
                });
                p.add(Math.min(1, p.size()), "The figures were updated at " + (1 + random.nextInt(12)) + " pm.");
            }
            case SYNDICATED -> {
                String lead = donors.get(random.nextInt(donors.size()));
                String tail = donors.get(random.nextInt(donors.size()));
                if (n >= 5) {
                    p.set(0, lead);
                    p.set(n - 1, tail);
                } else {
                    p.add(0, lead);
                    p.add(tail);
                }
            }
            case BOILERPLATE -> {
                List<String> lines = List.of("Advertisement", "Share this article on Facebook, Twitter or by email",
                        "Related coverage: more stories from our newsroom", "Sign up for the daily briefing newsletter",
                        "Photo: handout via our partners", "Copyright 2024 all rights reserved",
                        "Read next: the most popular stories this week", "Comments are closed for this article");
                int add = 3 + random.nextInt(4);
                for (int i = 0; i < add; i++) {
                    String line = lines.get(random.nextInt(lines.size()));
                    switch (random.nextInt(3)) {
                        case 0 -> p.add(0, line);
                        case 1 -> p.add(line);
                        default -> p.add(random.nextInt(p.size() + 1), line);
                    }
                }
            }
            default -> throw new IllegalArgumentException("not a change: " + kind);
        }
        return p;
    }

    private static String editSentences(String paragraph, List<String> donors, Random random) {
        String[] sentences = SENTENCE_END.split(paragraph);
        List<String> out = new ArrayList<>();
        for (String s : sentences) {
            double roll = random.nextDouble();
            if (roll < 0.03) {
                continue; // deleted
            }
            if (roll < 0.07) {
                String[] words = s.split(" ");
                words[random.nextInt(words.length)] = random.nextBoolean() ? "reportedly" : "officials";
                out.add(String.join(" ", words));
            } else if (roll < 0.10) {
                out.add(s);
                List<String> d = List.of(SENTENCE_END.split(donors.get(random.nextInt(donors.size()))));
                out.add(d.get(random.nextInt(d.size())));
            } else {
                out.add(s);
            }
        }
        return out.isEmpty() ? paragraph : String.join(" ", out);
    }

    private static List<String> template(String site, Random random) {
        String name = site.replaceFirst("^https?://", "").replaceAll("/$", "");
        List<String> lines = new ArrayList<>(List.of(
                "Skip to main content " + name + " Home News Politics Business Tech Sport Opinion",
                "Subscribe to " + name + " and get unlimited access to breaking news, analysis and more",
                "Advertisement Story continues below this advertisement",
                "More from " + name + ": the stories readers are talking about today",
                "Sign up for the " + name + " newsletter to get our top stories delivered to your inbox",
                "About us Contact Careers Terms of use Privacy policy Cookie settings Accessibility",
                "Copyright " + (2015 + random.nextInt(10)) + " " + name + " All rights reserved"));
        return lines;
    }
}
