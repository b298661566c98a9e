package org.dateline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanerTest {
    @Test
    void boilerplateWordsCountOnlyWholeBetweenHyphensUnderscoresAndSpaces() {
        assertThat(Cleaner.namesBoilerplate("site-nav")).isTrue();
        assertThat(Cleaner.namesBoilerplate("story share_bar")).isTrue();
        assertThat(Cleaner.namesBoilerplate("NAV")).isTrue();
        assertThat(Cleaner.namesBoilerplate("canvas navy unadvertised")).isFalse();
        assertThat(Cleaner.namesBoilerplate("nav\tbar")).isFalse(); // a tab does not separate words
    }

    @Test
    void relatedMayGoOnInLettersAndSingularsTakeAnS() {
        assertThat(Cleaner.namesBoilerplate("relatedStories")).isTrue();
        assertThat(Cleaner.namesBoilerplate("related-2")).isTrue();
        assertThat(Cleaner.namesBoilerplate("related2")).isFalse();
        assertThat(Cleaner.namesBoilerplate("breadcrumbs")).isTrue();
        assertThat(Cleaner.namesBoilerplate("photo-credits")).isTrue();
        assertThat(Cleaner.namesBoilerplate("creditsx")).isFalse();
    }

    @Test
    void pairsAreJoinedByAHyphenOnly() {
        assertThat(Cleaner.namesBoilerplate("a visually-hidden")).isTrue();
        assertThat(Cleaner.namesBoilerplate("sr-only")).isTrue();
        assertThat(Cleaner.namesBoilerplate("sr_only")).isFalse();
        assertThat(Cleaner.namesBoilerplate("print-only-x")).isTrue();
        assertThat(Cleaner.namesBoilerplate("print-onlyx")).isFalse();
    }

    @Test
    void onlyAsciiLettersFoldCase() {
        // the Kelvin sign lower-cases to k in Unicode, not in ASCII
        assertThat(Cleaner.namesBoilerplate("s\u212Aip")).isFalse();
        assertThat(Cleaner.namesBoilerplate("SKIP")).isTrue();
    }

    @Test
    void camelCaseNamesReadWordByWordAndWhole() {
        assertThat(Cleaner.namesBoilerplate("authorBox")).isTrue();
        assertThat(Cleaner.namesBoilerplate("storyShareBar")).isTrue();
        assertThat(Cleaner.namesBoilerplate("tagCloud")).isTrue(); // whole: tagcloud
        assertThat(Cleaner.namesBoilerplate("visuallyHidden")).isTrue(); // a pair across the case change
        assertThat(Cleaner.namesBoilerplate("srOnly-x")).isTrue();
        assertThat(Cleaner.namesBoilerplate("visually-hiddenText")).isTrue();
        assertThat(Cleaner.namesBoilerplate("NAVIGATOR navy")).isFalse(); // no lower-case letter before an upper-case one
        assertThat(Cleaner.namesBoilerplate("unAdvertised")).isFalse();
    }

    @Test
    void aHidingClassHidesUnlessAnotherShowsItAtSomeWidth() {
        assertThat(Cleaner.hiddenByClass("promo hidden")).isTrue();
        assertThat(Cleaner.hiddenByClass("d-none")).isTrue();
        assertThat(Cleaner.hiddenByClass("d-none d-md-block")).isFalse();
        assertThat(Cleaner.hiddenByClass("hidden md:block")).isFalse();
        assertThat(Cleaner.hiddenByClass("hidden-xs unhidden Hidden")).isFalse();
        assertThat(Cleaner.hiddenByClass("")).isFalse();
    }
}
