package org.dateline.bench;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.eval.EvalDoc;
import org.dateline.eval.EvalSet;
import org.dateline.eval.Evaluation;
import org.dateline.extract.html.BlockModel;
import org.dateline.extract.html.HtmlExtractor;
import org.dateline.page.Charsets;
import org.dateline.page.Page;
import org.jsoup.Jsoup;

/**
 * Trains the block classifier ({@link BlockModel}) on one half of the evaluation sets and scores
 * it on the other half against the rules alone, so that the numbers it prints are for pages the
 * model has not seen. A page is in the training half when its id hashes to an even number.
 *
 * <pre>
 * java -Xmx4g -cp dateline-bench/target/benchmarks.jar org.dateline.bench.TrainBlockModel \
 *     ../shared/data dateline-core/src/main/resources/org/dateline/extract/html/block-model.txt
 * </pre>
 *
 * <p>Labels: in sets with a full body, a block is article text when most of its 4-word shingles
 * (or, for blocks of fewer words, the whole block) occur in the true body; pages whose true body
 * is much shorter than what the rules find (truth that covers only the start of a long page) are
 * left out. In snippet sets, a block holding a "with" snippet is article text and one holding a
 * "without" snippet is not; other blocks are left out.
 */
public final class TrainBlockModel {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private TrainBlockModel() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path out = args.length > 1 ? Path.of(args[1]) : null;
        int trees = args.length > 2 ? Integer.parseInt(args[2]) : 150;
        int depth = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        double rate = args.length > 4 ? Double.parseDouble(args[4]) : 0.1;
        List<EvalSet> sets = EvalSet.standard(data);
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        HtmlExtractor rules = new HtmlExtractor(null);
        for (EvalSet set : sets) {
            int before = x.size();
            for (EvalDoc doc : set.docs()) {
                if (!trainingHalf(doc)) {
                    continue;
                }
                List<HtmlExtractor.BlockSample> samples = rules.samples(parse(doc));
                if (doc.hasSnippets()) {
                    labelBySnippets(doc, samples, x, y);
                } else if (doc.body() != null) {
                    labelByBody(doc.body(), samples, x, y);
                }
            }
            System.err.printf("%s: %d training blocks%n", set.name(), x.size() - before);
        }
        int[] labels = y.stream().mapToInt(Integer::intValue).toArray();
        long t0 = System.nanoTime();
        BlockModel model = BlockModel.train(x, labels, trees, depth, rate);
        System.err.printf("trained %s on %d blocks (%.0f%% article text) in %.1f s%n", model, x.size(),
                100.0 * y.stream().mapToInt(Integer::intValue).sum() / y.size(), (System.nanoTime() - t0) / 1e9);
        if (out != null) {
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                model.write(w);
            }
            System.err.println("wrote " + out + " (" + Files.size(out) + " bytes)");
        }
        List<Evaluation.SetResult> results = new ArrayList<>();
        HtmlExtractor learned = new HtmlExtractor(model);
        for (EvalSet set : sets) {
            EvalSet heldOut = new EvalSet(set.name() + " (held-out half)",
                    set.docs().stream().filter(d -> !trainingHalf(d)).toList(), 0);
            results.add(Evaluation.run(heldOut, "rules", page -> body(rules, page), 1));
            results.add(Evaluation.run(heldOut, "rules+model", page -> body(learned, page), 1));
        }
        System.out.println(Evaluation.table(results));
    }

    static boolean trainingHalf(EvalDoc doc) {
        return (doc.id().hashCode() & 1) == 0;
    }

    private static org.jsoup.nodes.Document parse(EvalDoc doc) throws java.io.IOException {
        return Jsoup.parse(Charsets.decode(doc.read(), null).text(), doc.url() == null ? "" : doc.url());
    }

    private static String body(HtmlExtractor extractor, Page page) {
        return extractor.extract(Jsoup.parse(Charsets.decode(page.content(), page.contentType()).text(),
                page.url() == null ? "" : page.url())).body();
    }

    private static void labelBySnippets(EvalDoc doc, List<HtmlExtractor.BlockSample> samples, List<double[]> x, List<Integer> y) {
        for (HtmlExtractor.BlockSample s : samples) {
            String text = s.text().replaceAll("\\s+", " ");
            int label = -1;
            for (String w : doc.with()) {
                label = text.contains(w.replaceAll("\\s+", " ").trim()) ? 1 : label;
            }
            for (String w : doc.without()) {
                label = label < 0 && text.contains(w.replaceAll("\\s+", " ").trim()) ? 0 : label;
            }
            if (label >= 0) {
                x.add(s.features());
                y.add(label);
            }
        }
    }

    private static void labelByBody(String body, List<HtmlExtractor.BlockSample> samples, List<double[]> x, List<Integer> y) {
        List<String> truth = words(body);
        String joined = " " + String.join(" ", truth) + " ";
        Set<String> shingles = shingles(truth);
        int keptWords = 0;
        for (HtmlExtractor.BlockSample s : samples) {
            keptWords += s.features()[0] > 0 ? words(s.text()).size() : 0;
        }
        if (truth.size() < 0.5 * keptWords) {
            return; // the truth covers only part of the article
        }
        for (HtmlExtractor.BlockSample s : samples) {
            List<String> w = words(s.text());
            if (w.isEmpty()) {
                continue;
            }
            int label;
            if (w.size() < 4) {
                label = joined.contains(" " + String.join(" ", w) + " ") ? 1 : 0;
            } else {
                Set<String> own = shingles(w);
                int found = 0;
                for (String sh : own) {
                    found += shingles.contains(sh) ? 1 : 0;
                }
                label = found * 2 >= own.size() ? 1 : 0;
            }
            x.add(s.features());
            y.add(label);
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static Set<String> shingles(List<String> words) {
        Set<String> set = new HashSet<>();
        for (int i = 0; i + 4 <= words.size(); i++) {
            set.add(String.join(" ", words.subList(i, i + 4)));
        }
        return set;
    }
}
