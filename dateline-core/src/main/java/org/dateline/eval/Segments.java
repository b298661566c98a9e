package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The segment metric of trafilatura's evaluation. Each document comes with snippets that must be
 * in the main text ("with") and snippets that must not ("without"). A "with" snippet found in the
 * output is a true positive, a missed one a false negative; a "without" snippet found is a false
 * positive, an absent one a true negative. Matching is by substring after collapsing whitespace.
 * Precision, recall and F1 are computed over the counts summed across the corpus.
 */
public final class Segments {
    private Segments() {
    }

    /**
     * One document's snippet outcomes.
     *
     * @param missed the "with" snippets not found in the output
     * @param leaked the "without" snippets found in the output
     */
    public record Counts(int tp, int fn, int fp, int tn, List<String> missed, List<String> leaked) {
        public Counts {
            missed = List.copyOf(missed);
            leaked = List.copyOf(leaked);
        }

        /** The share of this document's snippets judged right, for ranking documents. */
        public double accuracy() {
            int all = tp + fn + fp + tn;
            return all == 0 ? 1 : (double) (tp + tn) / all;
        }
    }

    /** Corpus-level scores from summed counts. */
    public record Summary(int tp, int fn, int fp, int tn, double precision, double recall, double f1) {
    }

    /** Checks the snippets of one document against an extractor's output. */
    public static Counts compare(List<String> with, List<String> without, String output) {
        String text = normalize(output);
        List<String> missed = new ArrayList<>();
        List<String> leaked = new ArrayList<>();
        int tp = 0;
        int tn = 0;
        for (String s : with) {
            if (text.contains(normalize(s))) {
                tp++;
            } else {
                missed.add(s);
            }
        }
        for (String s : without) {
            if (text.contains(normalize(s))) {
                leaked.add(s);
            } else {
                tn++;
            }
        }
        return new Counts(tp, missed.size(), leaked.size(), tn, missed, leaked);
    }

    /** Sums the counts of a corpus into precision, recall and F1. */
    public static Summary summarize(List<Counts> docs) {
        int tp = 0;
        int fn = 0;
        int fp = 0;
        int tn = 0;
        for (Counts c : docs) {
            tp += c.tp;
            fn += c.fn;
            fp += c.fp;
            tn += c.tn;
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return new Summary(tp, fn, fp, tn, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    /** Collapses every run of whitespace (including no-break spaces) to one space, and trims. */
    static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}
