package org.dateline.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shingle metric of the Zyte (ScrapingHub) article-extraction benchmark. Texts are split into
 * {@code \w+} tokens (Unicode, case kept) and compared as multisets of 4-token shingles (a text
 * shorter than 4 tokens is one shingle). Per document, true positives are the shared shingles,
 * false positives the extra ones in the prediction, false negatives the missing ones. Precision is
 * averaged over documents that predicted something, recall over documents that have truth, and
 * F1 is the harmonic mean of the two averages.
 */
public final class Shingles {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    private Shingles() {
    }

    /**
     * One document's shingle counts.
     *
     * @param tp shingles in both texts (counted with multiplicity)
     * @param fp shingles only in the prediction
     * @param fn shingles only in the truth
     */
    public record Counts(int tp, int fp, int fn) {
        /** Precision, or NaN when nothing was predicted. */
        public double precision() {
            return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        }

        /** Recall, or NaN when the truth is empty. */
        public double recall() {
            return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
        }

        /** This document's own F1 (0 when either side is empty), for ranking documents. */
        public double f1() {
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
    }

    /**
     * Scores over a set of documents.
     *
     * @param precision the mean precision over documents with a prediction
     * @param recall    the mean recall over documents with truth
     * @param f1        the harmonic mean of the two
     * @param f1Error   the bootstrap standard error of {@code f1}
     */
    public record Summary(double precision, double recall, double f1, double f1Error) {
    }

    /** Compares a predicted text with the true one. */
    public static Counts compare(String truth, String predicted) {
        Map<String, int[]> counts = new HashMap<>();
        for (String s : shingles(truth)) {
            counts.computeIfAbsent(s, k -> new int[2])[0]++;
        }
        for (String s : shingles(predicted)) {
            counts.computeIfAbsent(s, k -> new int[2])[1]++;
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int[] c : counts.values()) {
            tp += Math.min(c[0], c[1]);
            fp += Math.max(0, c[1] - c[0]);
            fn += Math.max(0, c[0] - c[1]);
        }
        return new Counts(tp, fp, fn);
    }

    /** The averaged scores of a set of documents, with a bootstrap error from 1,000 resamples. */
    public static Summary summarize(List<Counts> docs) {
        double[] prf = prf(docs);
        if (docs.isEmpty()) {
            return new Summary(prf[0], prf[1], prf[2], 0);
        }
        Random random = new Random(42);
        double[] f1s = new double[1000];
        double sum = 0;
        Counts[] sample = new Counts[docs.size()];
        for (int s = 0; s < f1s.length; s++) {
            for (int i = 0; i < sample.length; i++) {
                sample[i] = docs.get(random.nextInt(docs.size()));
            }
            f1s[s] = prf(List.of(sample))[2];
            sum += f1s[s];
        }
        // two passes: the one-pass E[x²] - E[x]² cancels badly and gives ~1e-7 for a constant F1
        double mean = sum / f1s.length;
        double squares = 0;
        for (double f1 : f1s) {
            squares += (f1 - mean) * (f1 - mean);
        }
        return new Summary(prf[0], prf[1], prf[2], Math.sqrt(squares / f1s.length));
    }

    private static double[] prf(List<Counts> docs) {
        double p = 0;
        double r = 0;
        int np = 0;
        int nr = 0;
        for (Counts c : docs) {
            if (c.tp + c.fp > 0) {
                p += c.precision();
                np++;
            }
            if (c.tp + c.fn > 0) {
                r += c.recall();
                nr++;
            }
        }
        p = np == 0 ? 0 : p / np;
        r = nr == 0 ? 0 : r / nr;
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    /** The number of {@code \\w+} tokens in a text. */
    public static int tokens(String text) {
        int n = 0;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    static List<String> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        if (tokens.isEmpty()) {
            return List.of();
        }
        if (tokens.size() < N) {
            return List.of(String.join(" ", tokens));
        }
        List<String> out = new ArrayList<>(tokens.size() - N + 1);
        for (int i = 0; i + N <= tokens.size(); i++) {
            out.add(String.join(" ", tokens.subList(i, i + N)));
        }
        return out;
    }
}
