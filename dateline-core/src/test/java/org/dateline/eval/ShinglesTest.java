package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shingle metric, checked against counts and averages worked out by hand. */
class ShinglesTest {
    private static final double EPS = 1e-12;

    // "The cat sat on the mat" has six tokens, so three shingles:
    // [The cat sat on] [cat sat on the] [sat on the mat]
    private static final String MAT = "The cat sat on the mat";

    @Test
    void identicalTextsScorePerfectly() {
        Shingles.Counts c = Shingles.compare(MAT, MAT);

        assertThat(c).isEqualTo(new Shingles.Counts(3, 0, 0));
        assertThat(c.precision()).isEqualTo(1.0);
        assertThat(c.recall()).isEqualTo(1.0);
        assertThat(c.f1()).isEqualTo(1.0);
        Shingles.Summary s = Shingles.summarize(List.of(c));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.f1()).isEqualTo(1.0);
    }

    @Test
    void aPredictionMissingTheEndHasFullPrecisionAndPartialRecall() {
        // [The cat sat on] is shared; [cat sat on the] and [sat on the mat] are missing
        Shingles.Counts c = Shingles.compare(MAT, "The cat sat on");

        assertThat(c).isEqualTo(new Shingles.Counts(1, 0, 2));
        assertThat(c.precision()).isEqualTo(1.0);
        assertThat(c.recall()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(c.f1()).isCloseTo(2.0 / 4, within(EPS));
    }

    @Test
    void tokensAreUnicodeWordRuns() {
        assertThat(Shingles.tokens("Grüße aus Köln")).isEqualTo(3);
        assertThat(Shingles.tokens("naïve façade, 東京 2024_x")).isEqualTo(4);
        assertThat(Shingles.shingles("Grüße aus Köln")).containsExactly("Grüße aus Köln");
        assertThat(Shingles.tokens("")).isZero();
        assertThat(Shingles.tokens(" — !? … ")).isZero();
    }

    @Test
    void caseIsKept() {
        Shingles.Counts c = Shingles.compare("The cat sat on", "the cat sat on");

        assertThat(c).isEqualTo(new Shingles.Counts(0, 1, 1));
    }

    @Test
    void punctuationAndSpacingAreIgnored() {
        Shingles.Counts c = Shingles.compare(MAT, "«The cat» sat—on\n\nthe… mat!");

        assertThat(c).isEqualTo(new Shingles.Counts(3, 0, 0));
    }

    @Test
    void shinglesAreFourTokensWideAndOverlap() {
        assertThat(Shingles.shingles(MAT)).containsExactly("The cat sat on", "cat sat on the", "sat on the mat");
        assertThat(Shingles.shingles("one two three four")).containsExactly("one two three four");
        assertThat(Shingles.shingles("")).isEmpty();
    }

    @Test
    void aTextOfFewerThanFourTokensIsOneShingle() {
        assertThat(Shingles.shingles("Grüße aus")).containsExactly("Grüße aus");
        assertThat(Shingles.shingles("Hello")).containsExactly("Hello");
        // a short text matches only as a whole: a part of it shares no shingle
        assertThat(Shingles.compare("Grüße aus Köln", "Grüße aus Köln")).isEqualTo(new Shingles.Counts(1, 0, 0));
        assertThat(Shingles.compare("Grüße aus Köln", "Grüße aus")).isEqualTo(new Shingles.Counts(0, 1, 1));
    }

    @Test
    void shinglesAreCountedAsAMultiset() {
        // truth: [1 2 3 4] [2 3 4 1] [3 4 1 2] [4 1 2 3] [1 2 3 4] -- the first shingle twice
        String twice = "one two three four. one two three four.";
        // predicted: [1 2 3 4] [2 3 4 1] [3 4 1 2] [4 1 2 3] -- every distinct shingle, the first once
        Shingles.Counts once = Shingles.compare(twice, "one two three four one two three");

        assertThat(once).isEqualTo(new Shingles.Counts(4, 0, 1));
        assertThat(once.recall()).isCloseTo(0.8, within(EPS));

        // and the other way round: a sentence repeated in the output is a false positive
        assertThat(Shingles.compare("one two three four", "one two three four one two three four"))
                .isEqualTo(new Shingles.Counts(1, 4, 0));
        assertThat(Shingles.compare("Breaking news. Breaking news.", "Breaking news."))
                .isEqualTo(new Shingles.Counts(0, 1, 1));
    }

    @Test
    void anEmptyPredictionHasNoPrecisionAndZeroRecall() {
        Shingles.Counts c = Shingles.compare(MAT, "");

        assertThat(c).isEqualTo(new Shingles.Counts(0, 0, 3));
        assertThat(c.precision()).isNaN();
        assertThat(c.recall()).isZero();
        assertThat(c.f1()).isZero();
        assertThat(Shingles.compare(MAT, " ... ")).isEqualTo(c);
    }

    @Test
    void anEmptyTruthHasNoRecall() {
        Shingles.Counts c = Shingles.compare("", MAT);

        assertThat(c).isEqualTo(new Shingles.Counts(0, 3, 0));
        assertThat(c.precision()).isZero();
        assertThat(c.recall()).isNaN();
    }

    @Test
    void precisionIsAveragedOnlyOverDocumentsThatPredictedSomething() {
        Shingles.Counts good = new Shingles.Counts(3, 1, 0);  // P 3/4, R 1
        Shingles.Counts half = new Shingles.Counts(1, 0, 1);  // P 1,   R 1/2
        Shingles.Counts empty = new Shingles.Counts(0, 0, 4); // P NaN, R 0

        Shingles.Summary s = Shingles.summarize(List.of(good, half, empty));

        // precision: (3/4 + 1) / 2, the empty prediction left out
        assertThat(s.precision()).isCloseTo(0.875, within(EPS));
        // recall: (1 + 1/2 + 0) / 3, the empty prediction counted as 0
        assertThat(s.recall()).isCloseTo(0.5, within(EPS));
        // F1 of the averages: 2 * 0.875 * 0.5 / 1.375 = 7/11
        assertThat(s.f1()).isCloseTo(7.0 / 11, within(EPS));
    }

    @Test
    void recallIsAveragedOnlyOverDocumentsWithTruth() {
        Shingles.Counts good = new Shingles.Counts(2, 0, 2);      // P 1, R 1/2
        Shingles.Counts noTruth = new Shingles.Counts(0, 5, 0);   // P 0, R NaN
        Shingles.Counts nothing = new Shingles.Counts(0, 0, 0);   // neither side

        Shingles.Summary s = Shingles.summarize(List.of(good, noTruth, nothing));

        assertThat(s.precision()).isCloseTo(0.5, within(EPS));
        assertThat(s.recall()).isCloseTo(0.5, within(EPS));
        assertThat(s.f1()).isCloseTo(0.5, within(EPS));
    }

    @Test
    void summaryOfRealTextsEqualsTheHandComputedAverages() {
        List<Shingles.Counts> docs = List.of(
                Shingles.compare(MAT, MAT),                                   // 3/0/0: P 1, R 1
                Shingles.compare(MAT, "The cat sat on"),                      // 1/0/2: P 1, R 1/3
                Shingles.compare(MAT, "Home News The cat sat on the mat"),    // 3/2/0: P 3/5, R 1
                Shingles.compare(MAT, ""));                                   // 0/0/3: P -, R 0

        assertThat(docs).containsExactly(new Shingles.Counts(3, 0, 0), new Shingles.Counts(1, 0, 2),
                new Shingles.Counts(3, 2, 0), new Shingles.Counts(0, 0, 3));
        Shingles.Summary s = Shingles.summarize(docs);
        double p = (1 + 1 + 0.6) / 3;
        double r = (1 + 1.0 / 3 + 1 + 0) / 4;
        assertThat(s.precision()).isCloseTo(p, within(EPS));
        assertThat(s.recall()).isCloseTo(r, within(EPS));
        assertThat(s.f1()).isCloseTo(2 * p * r / (p + r), within(EPS));
    }

    @Test
    void f1IsTheHarmonicMeanOfTheAveragesNotTheMeanOfPerDocumentF1() {
        Shingles.Counts precise = new Shingles.Counts(1, 0, 3); // P 1,   R 1/4, own F1 2/5
        Shingles.Counts greedy = new Shingles.Counts(1, 3, 0);  // P 1/4, R 1,   own F1 2/5

        Shingles.Summary s = Shingles.summarize(List.of(precise, greedy));

        assertThat(precise.f1()).isCloseTo(0.4, within(EPS));
        assertThat(greedy.f1()).isCloseTo(0.4, within(EPS));
        assertThat(s.precision()).isCloseTo(0.625, within(EPS));
        assertThat(s.recall()).isCloseTo(0.625, within(EPS));
        assertThat(s.f1()).isCloseTo(0.625, within(EPS));
    }

    @Test
    void anEmptyCorpusScoresZero() {
        assertThat(Shingles.summarize(List.of())).isEqualTo(new Shingles.Summary(0, 0, 0, 0));
    }

    @Test
    void theBootstrapErrorIsZeroWhenEveryDocumentIsPerfect() {
        Shingles.Counts perfect = Shingles.compare(MAT, MAT);

        assertThat(Shingles.summarize(List.of(perfect, perfect, perfect, perfect)).f1Error()).isZero();
        assertThat(Shingles.summarize(List.of(perfect)).f1Error()).isZero();
    }

    @Test
    void theBootstrapErrorIsZeroWhenEveryDocumentScoresTheSame() {
        // every resample has P 1, R 1/2, so the F1 never varies (a one-pass variance gave ~1e-7 here)
        Shingles.Counts half = new Shingles.Counts(1, 0, 1);
        Shingles.Counts third = new Shingles.Counts(2, 1, 3);

        assertThat(Shingles.summarize(List.of(half, half, half, half)).f1Error()).isCloseTo(0, within(1e-12));
        assertThat(Shingles.summarize(List.of(third, third, third)).f1Error()).isCloseTo(0, within(1e-12));
    }

    @Test
    void theBootstrapErrorIsPositiveForMixedDocumentsAndSmallerThanTheSpread() {
        List<Shingles.Counts> mixed = List.of(new Shingles.Counts(3, 0, 0), new Shingles.Counts(1, 0, 2),
                new Shingles.Counts(0, 0, 3), new Shingles.Counts(3, 2, 0), new Shingles.Counts(2, 2, 2));

        double error = Shingles.summarize(mixed).f1Error();

        assertThat(error).isPositive().isLessThan(0.5);
    }

    @Test
    void theBootstrapIsDeterministic() {
        List<Shingles.Counts> mixed = List.of(new Shingles.Counts(3, 0, 0), new Shingles.Counts(1, 0, 2),
                new Shingles.Counts(0, 0, 3), new Shingles.Counts(3, 2, 0));

        Shingles.Summary first = Shingles.summarize(mixed);
        Shingles.Summary second = Shingles.summarize(List.copyOf(mixed));

        assertThat(second).isEqualTo(first);
        assertThat(second.f1Error()).isEqualTo(first.f1Error());
    }
}
