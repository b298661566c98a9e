package org.dateline.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignerTest {
    private final Signer signer = new Signer(DedupOptions.defaults());

    @Test
    void normalisationLowersCaseAndTurnsPunctuationAndSpacingIntoOneSpace() {
        assertThat(signer.normalize("  Hello,\tWORLD!!  It's\n\n“fine” — isn't it? "))
                .isEqualTo("hello world it s fine isn t it");
    }

    @Test
    void normalisationAppliesNfkc() {
        assertThat(signer.normalize("ﬁnal ＡＢＣ café")).isEqualTo("final abc café");
        assertThat(signer.normalize("cafe\u0301")).isEqualTo(signer.normalize("café"));
    }

    @Test
    void digitRunsFoldToZeroByDefault() {
        assertThat(signer.normalize("12 dead, 3.5 million in 2024")).isEqualTo("0 dead 0 0 million in 0");
        assertThat(new Signer(DedupOptions.defaults().withFoldDigits(false)).normalize("12 dead, 3.5"))
                .isEqualTo("12 dead 3 5");
    }

    @Test
    void exactHashIgnoresCasePunctuationAndSpacing() {
        Signature a = signer.sign("The mayor said: rents will not rise.");
        Signature b = signer.sign("the MAYOR said   rents will not rise");
        Signature c = signer.sign("The mayor said rents will rise.");
        assertThat(a.exactHash()).isEqualTo(b.exactHash()).isNotEqualTo(c.exactHash());
    }

    @Test
    void shinglesAreSortedDistinctWordFiveGrams() {
        Signature s = signer.sign("a b c d e f g a b c d e");
        // 8 windows, "a b c d e" twice
        assertThat(s.tokens()).isEqualTo(12);
        assertThat(s.shingles()).hasSize(7).isSorted();
        assertThat(s.minHash()).hasSize(DedupOptions.DEFAULT_PERMUTATIONS);
    }

    @Test
    void aBodyShorterThanTheShingleSizeIsOneShingleOfItsOwn() {
        Signature a = signer.sign("Storm warning");
        Signature b = signer.sign("Road closed");
        assertThat(a.shingles()).hasSize(1);
        assertThat(b.shingles()).hasSize(1);
        assertThat(a.shingles()[0]).isNotEqualTo(b.shingles()[0]);
        assertThat(a.minHash()).isNotEqualTo(b.minHash());
    }

    @Test
    void anEmptyBodyHasNoShinglesAndNoMinHash() {
        Signature s = signer.sign(" ... !!! ");
        assertThat(s.isEmpty()).isTrue();
        assertThat(s.minHash()).isEmpty();
    }

    @Test
    void minHashEstimatesJaccardWithoutBias() {
        // sets of 600 shingles sharing a known part; property over several similarities
        for (double j : List.of(0.2, 0.5, 0.8)) {
            long[] a = new long[600];
            long[] b = new long[600];
            int shared = (int) Math.round(2 * 600 * j / (1 + j));
            for (int i = 0; i < 600; i++) {
                a[i] = Hashing.fmix64(i + 1);
                b[i] = i < shared ? a[i] : Hashing.fmix64(-(i + 1));
            }
            Arrays.sort(a);
            Arrays.sort(b);
            double trueJ = Overlap.of(a, b).jaccard();
            double estimate = new Signature(0, 0, a, signer.minHash(a))
                    .estimatedJaccard(new Signature(0, 0, b, signer.minHash(b)));
            // three standard errors of a 128-slot estimate
            assertThat(estimate).isCloseTo(trueJ, within(3 * Math.sqrt(trueJ * (1 - trueJ) / 128)));
        }
    }

    @Test
    void overlapGivesJaccardAndContainment() {
        Overlap o = Overlap.of(new long[] {1, 2, 3, 4}, new long[] {2, 3, 4, 5, 6, 7, 8, 9});
        assertThat(o.shared()).isEqualTo(3);
        assertThat(o.jaccard()).isCloseTo(3.0 / 9, within(1e-9));
        assertThat(o.containment()).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void signingIsDeterministicAcrossInstances() {
        String body = Fixtures.body(Fixtures.paragraphs(1, 5, 40));
        assertThat(new Signer(DedupOptions.defaults()).sign(body).minHash()).isEqualTo(signer.sign(body).minHash());
    }
}
