package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The segment metric: snippets that must, or must not, be in the extracted text. */
class SegmentsTest {
    private static final double EPS = 1e-12;

    private static final String OUTPUT = """
            Ferry crews walked out on Tuesday morning, leaving thousands of commuters stranded.

            The strike follows months of dispute over new shift patterns.

            Sign up for our newsletter""";

    @Test
    void aWithSnippetFoundInTheOutputIsATruePositive() {
        Segments.Counts c = Segments.compare(List.of("Ferry crews walked out", "months of dispute"), List.of(), OUTPUT);

        assertThat(c.tp()).isEqualTo(2);
        assertThat(c.fn()).isZero();
        assertThat(c.missed()).isEmpty();
    }

    @Test
    void aWithSnippetMissingFromTheOutputIsAFalseNegativeAndListedAsMissed() {
        Segments.Counts c = Segments.compare(
                List.of("Ferry crews walked out", "Harbour Link said it regretted the disruption"), List.of(), OUTPUT);

        assertThat(c.tp()).isEqualTo(1);
        assertThat(c.fn()).isEqualTo(1);
        assertThat(c.missed()).containsExactly("Harbour Link said it regretted the disruption");
        assertThat(c.leaked()).isEmpty();
    }

    @Test
    void aWithoutSnippetFoundInTheOutputIsAFalsePositiveAndListedAsLeaked() {
        Segments.Counts c = Segments.compare(List.of(), List.of("Sign up for our newsletter", "Read more"), OUTPUT);

        assertThat(c.fp()).isEqualTo(1);
        assertThat(c.tn()).isEqualTo(1);
        assertThat(c.leaked()).containsExactly("Sign up for our newsletter");
        assertThat(c.missed()).isEmpty();
    }

    @Test
    void aWithoutSnippetAbsentFromTheOutputIsATrueNegative() {
        Segments.Counts c = Segments.compare(List.of(), List.of("© 2024 The Portside Courier", "Cookie settings"), OUTPUT);

        assertThat(c).isEqualTo(new Segments.Counts(0, 0, 0, 2, List.of(), List.of()));
    }

    @Test
    void allFourOutcomesOfOneDocument() {
        Segments.Counts c = Segments.compare(List.of("walked out on Tuesday", "talks remain open"),
                List.of("Sign up for our newsletter", "Most read"), OUTPUT);

        assertThat(c).isEqualTo(new Segments.Counts(1, 1, 1, 1, List.of("talks remain open"), List.of("Sign up for our newsletter")));
        assertThat(c.accuracy()).isCloseTo(0.5, within(EPS));
    }

    @Test
    void anEmptyOutputMissesEveryWithSnippetAndLeaksNothing() {
        Segments.Counts c = Segments.compare(List.of("walked out on Tuesday"), List.of("Most read"), "");

        assertThat(c).isEqualTo(new Segments.Counts(0, 1, 0, 1, List.of("walked out on Tuesday"), List.of()));
    }

    @Test
    void whitespaceDifferencesDoNotMatter() {
        String output = "Ferry crews walked\nout on  Tuesday\u00a0morning, leaving\tthousands of\u202fcommuters stranded.";

        Segments.Counts c = Segments.compare(
                List.of("Ferry crews walked out on Tuesday morning", "  leaving thousands\n\nof commuters  ",
                        "Tuesday\u00a0\u00a0morning"),
                List.of(), output);

        assertThat(c.tp()).isEqualTo(3);
        assertThat(c.missed()).isEmpty();
    }

    @Test
    void whitespaceIsCollapsedNotRemoved() {
        Segments.Counts c = Segments.compare(List.of("walkedout"), List.of("crews  walked"), "Ferry crews walked out");

        assertThat(c.missed()).containsExactly("walkedout");
        assertThat(c.leaked()).containsExactly("crews  walked");
    }

    @Test
    void normalizeCollapsesEveryRunOfWhitespaceAndTrims() {
        assertThat(Segments.normalize("\u00a0 a\n\n b\u202f\tc  ")).isEqualTo("a b c");
        assertThat(Segments.normalize(" \n ")).isEmpty();
    }

    @Test
    void theSummarySumsCountsAcrossDocuments() {
        Segments.Counts one = new Segments.Counts(2, 1, 0, 3, List.of("x"), List.of());
        Segments.Counts two = new Segments.Counts(1, 0, 2, 1, List.of(), List.of("y", "z"));

        Segments.Summary s = Segments.summarize(List.of(one, two));

        assertThat(s.tp()).isEqualTo(3);
        assertThat(s.fn()).isEqualTo(1);
        assertThat(s.fp()).isEqualTo(2);
        assertThat(s.tn()).isEqualTo(4);
        assertThat(s.precision()).isCloseTo(3.0 / 5, within(EPS));
        assertThat(s.recall()).isCloseTo(3.0 / 4, within(EPS));
        assertThat(s.f1()).isCloseTo(2 * 0.6 * 0.75 / 1.35, within(EPS));
    }

    @Test
    void precisionAndRecallComeFromTheSummedCountsNotFromPerDocumentAverages() {
        // four snippets all right in one document...
        Segments.Counts good = Segments.compare(
                List.of("Ferry crews walked out", "on Tuesday morning", "thousands of commuters", "new shift patterns"),
                List.of(), OUTPUT);
        // ...and one wrong each way in another
        Segments.Counts bad = Segments.compare(List.of("talks remain open"), List.of("Sign up for our newsletter"), OUTPUT);

        Segments.Summary s = Segments.summarize(List.of(good, bad));

        assertThat(good).isEqualTo(new Segments.Counts(4, 0, 0, 0, List.of(), List.of()));
        assertThat(bad).isEqualTo(new Segments.Counts(0, 1, 1, 0, List.of("talks remain open"), List.of("Sign up for our newsletter")));
        // summed: tp 4, fn 1, fp 1, so P = R = F1 = 4/5; averaging the two documents would give 1/2
        assertThat(s.precision()).isCloseTo(0.8, within(EPS));
        assertThat(s.recall()).isCloseTo(0.8, within(EPS));
        assertThat(s.f1()).isCloseTo(0.8, within(EPS));
    }

    @Test
    void aCorpusWithoutPositivesScoresZeroRatherThanNaN() {
        Segments.Summary s = Segments.summarize(List.of(new Segments.Counts(0, 0, 0, 2, List.of(), List.of())));

        assertThat(s).isEqualTo(new Segments.Summary(0, 0, 0, 2, 0, 0, 0));
        assertThat(Segments.summarize(List.of())).isEqualTo(new Segments.Summary(0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void accuracyIsTheShareOfSnippetsJudgedRight() {
        assertThat(new Segments.Counts(3, 1, 0, 0, List.of("a"), List.of()).accuracy()).isCloseTo(0.75, within(EPS));
        assertThat(new Segments.Counts(0, 0, 0, 0, List.of(), List.of()).accuracy()).isEqualTo(1.0);
    }
}
