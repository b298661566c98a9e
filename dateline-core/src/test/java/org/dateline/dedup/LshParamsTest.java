package org.dateline.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LshParamsTest {
    @Test
    void optimalReproducesDatasketchChoices() {
        // the table of ALGORITHMS.md §4.3, from datasketch's _optimal_param with weights 0.5 / 0.5
        assertThat(LshParams.optimal(0.5, 128, 0.5, 0.5)).isEqualTo(new LshParams(25, 5));
        assertThat(LshParams.optimal(0.7, 256, 0.5, 0.5)).isEqualTo(new LshParams(25, 10));
        assertThat(LshParams.optimal(0.8, 128, 0.5, 0.5)).isEqualTo(new LshParams(9, 13));
    }

    @Test
    void theSCurveHasItsKneeNearOneOverBToTheOneOverR() {
        LshParams p = new LshParams(25, 5);
        assertThat(p.knee()).isCloseTo(0.525, within(0.001));
        assertThat(p.probability(0.5)).isCloseTo(0.548, within(0.001));
        assertThat(p.probability(0)).isZero();
        assertThat(p.probability(1)).isEqualTo(1);
    }

    @Test
    void aVersionWithContainmentPointEightAndSizeRatioPointSixHasJaccardPointFourThree() {
        assertThat(LshParams.jaccardOf(0.8, 0.6)).isCloseTo(0.4286, within(0.0001));
        assertThat(LshParams.jaccardOf(1, 1)).isEqualTo(1);
        assertThat(LshParams.jaccardOf(0.9, 0.5)).isCloseTo(0.45 / 1.05, within(1e-9));
    }

    @Test
    void forRecallReachesTheRecallAtTheDesignPointWithTheLeastFalsePositiveArea() {
        double design = LshParams.jaccardOf(DedupOptions.DESIGN_CONTAINMENT, DedupOptions.DESIGN_SIZE_RATIO);
        LshParams p = LshParams.forRecall(design, 0.95, 128);
        assertThat(p.probability(design)).isGreaterThanOrEqualTo(0.95);
        assertThat(p.slots()).isLessThanOrEqualTo(128);
        for (int b = 1; b <= 128; b++) {
            for (int r = 1; r <= 128 / b; r++) {
                LshParams other = new LshParams(b, r);
                if (other.probability(design) >= 0.95) {
                    assertThat(other.falsePositiveArea(design)).isGreaterThanOrEqualTo(p.falsePositiveArea(design) - 1e-12);
                }
            }
        }
        assertThat(p).isEqualTo(new LshParams(37, 3));
        assertThat(DedupOptions.defaults().lsh()).isEqualTo(p);
    }

    @Test
    void forRecallFailsWhenNoBandingIsGoodEnough() {
        assertThatThrownBy(() -> LshParams.forRecall(0.05, 0.999, 8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("8 permutations");
    }

    @Test
    void bandKeysDifferByBandAndAgreeOnEqualRows() {
        LshParams p = new LshParams(2, 2);
        long[] keys = p.bandKeys(new long[] {7, 7, 7, 7});
        assertThat(keys[0]).isNotEqualTo(keys[1]);
        assertThat(p.bandKeys(new long[] {7, 7, 1, 2})[0]).isEqualTo(keys[0]);
        assertThat(p.bandKeys(new long[] {7, 7, 1, 2})[1]).isNotEqualTo(keys[1]);
    }
}
