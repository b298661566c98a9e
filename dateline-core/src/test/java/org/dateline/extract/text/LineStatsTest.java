package org.dateline.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Counting the pages each line of a site is on. */
class LineStatsTest {

    @Test
    void aLineIsCommonOnceItIsOnEnoughPages() {
        LineStats stats = LineStats.create(3);
        for (int i = 0; i < 2; i++) {
            stats.add("Story number " + i + " is here\nSubscribe to the Valley Courier\n");
        }
        assertThat(stats.test("Subscribe to the Valley Courier")).isFalse();

        stats.add("A third story\nSubscribe to the Valley Courier\n");

        assertThat(stats.pages("Subscribe to the Valley Courier")).isEqualTo(3);
        assertThat(stats.test("Subscribe to the Valley Courier")).isTrue();
        assertThat(stats.test("A third story")).isFalse();
        assertThat(stats.pageCount()).isEqualTo(3);
    }

    @Test
    void aLineIsCountedOncePerPage() {
        LineStats stats = LineStats.create(2);

        stats.add("Home page link here\nHome page link here\nHome page link here\n");

        assertThat(stats.pages("Home page link here")).isEqualTo(1);
        assertThat(stats.test("Home page link here")).isFalse();
    }

    @Test
    void stopsTrackingNewLinesAtItsLimit() {
        LineStats stats = LineStats.create(2, 2);

        stats.add("first line of text\nsecond line of text\nthird line of text\n");
        stats.add("third line of text\n");

        assertThat(stats.pages("first line of text")).isEqualTo(1);
        assertThat(stats.pages("third line of text")).isZero();
    }

    @Test
    void rejectsSettingsThatMakeNoSense() {
        assertThatThrownBy(() -> LineStats.create(1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minPages");
        assertThatThrownBy(() -> LineStats.create(2, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxLines");
    }
}
