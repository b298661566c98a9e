package org.dateline.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.extract.Extraction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What the finder reads from a page's declarations and byline. */
class MetadataFinderTest {
    private static final String URL = "https://www.harbour-news.example/2022/03/25/ferry-strike";
    private final MetadataFinder finder = new MetadataFinder();

    private Metadata find(String html) {
        Document doc = Jsoup.parse(html, URL);
        return finder.find(doc, URL);
    }

    @Test
    void readsJsonLdAuthorsThroughGraphReferences() {
        Metadata m = find("""
                <html><head><script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "NewsArticle", "headline": "Ferry crews strike",
                   "author": [{"@id": "#p1"}, {"@id": "#p2"}],
                   "publisher": {"@type": "Organization", "name": "Harbour News"},
                   "keywords": ["ferries", "strikes"], "image": {"@type": "ImageObject", "url": "/img/ferry.jpg"}},
                  {"@type": "Person", "@id": "#p1", "name": "Sam Reyes"},
                  {"@type": "Person", "@id": "#p2", "name": "Ana García"}]}
                </script></head><body><h1>Ferry crews strike</h1></body></html>""");
        assertThat(m.authors()).containsExactly("Sam Reyes", "Ana García");
        assertThat(m.site()).isEqualTo("Harbour News");
        assertThat(m.tags()).containsExactly("ferries", "strikes");
        assertThat(m.image()).isEqualTo("https://www.harbour-news.example/img/ferry.jpg");
    }

    @Test
    void toleratesBrokenJsonLd() {
        Metadata m = find("""
                <html><head><script type="application/ld+json">
                {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Sam Reyes"},}
                </script><script type="application/ld+json">{"@type": </script></head><body></body></html>""");
        assertThat(m.authors()).containsExactly("Sam Reyes");
    }

    @Test
    void readsJsonLdWrappedInCdataWithCommentsAndSingleQuotes() {
        Metadata m = find("""
                <html><head><script type="application/ld+json">//<![CDATA[
                {'@type': 'NewsArticle', /* generated */ 'author': {'@type': 'Person', 'name': 'Sam Reyes'},
                 'datePublished': '2022-03-25'}
                //]]></script></head><body></body></html>""");
        assertThat(m.authors()).containsExactly("Sam Reyes");
        assertThat(m.published()).isEqualTo("2022-03-25");
    }

    @Test
    void prefersAPersonOverAnOrganisationAuthor() {
        Metadata m = find("""
                <html><head><script type="application/ld+json">
                {"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Harbour News Desk"}}
                </script><meta name="author" content="Sam Reyes"></head><body></body></html>""");
        assertThat(m.authors()).containsExactly("Sam Reyes");
    }

    @Test
    void ignoresArticleAuthorWhenItIsAUrl() {
        Metadata m = find("""
                <html><head><meta property="article:author" content="https://facebook.com/samreyes">
                </head><body><h1>Ferry crews strike</h1><p class="byline">By Sam Reyes, Transport Correspondent</p>
                <p>Text.</p></body></html>""");
        assertThat(m.authors()).containsExactly("Sam Reyes");
    }

    @Test
    void readsRelAuthorLinksInOneByline() {
        Metadata m = find("""
                <html><body><h1>Ferry crews strike</h1>
                <div class="meta">By <a rel="author" href="/a/1">Sam Reyes</a> and <a rel="author" href="/a/2">Ana García</a></div>
                <aside><a rel="author" href="/a/3">Sidebar Writer</a></aside></body></html>""");
        assertThat(m.authors()).containsExactly("Sam Reyes", "Ana García");
    }

    @Test
    void readsEveryNameOfAJsonLdAuthor() {
        Metadata m = find("""
                <html><head><script type="application/ld+json">
                {"@type": "NewsArticle", "author": {"@type": "Person", "name": ["Sam Reyes", "Ana García"]}}
                </script></head><body></body></html>""");
        assertThat(m.authors()).containsExactly("Sam Reyes", "Ana García");
    }

    @Test
    void aPersonNamedAsTheSiteIsTheAuthorOfAPersonalSite() {
        Metadata m = find("""
                <html><head><script type="application/ld+json">
                {"@type": "BlogPosting", "author": {"@type": "Person", "name": "Sam Reyes"},
                 "publisher": {"@type": "Person", "name": "Sam Reyes"}}
                </script></head><body></body></html>""");
        assertThat(m.site()).isEqualTo("Sam Reyes");
        assertThat(m.authors()).containsExactly("Sam Reyes");
    }

    @Test
    void anOrganisationAuthorThatIsTheSiteItselfIsNoAuthor() {
        Metadata m = find("""
                <html><head><meta property="og:site_name" content="Harbour News">
                <script type="application/ld+json">
                {"@type": "NewsArticle", "author": {"@type": "NewsMediaOrganization", "name": "Harbour News"}}
                </script></head><body><h1>Ferry crews strike</h1><p>Crews walked out on Friday.</p></body></html>""");
        assertThat(m.authors()).isEmpty();
    }

    @Test
    void theLeadingBodyIsJoinedOnlyAsFarAsItsFirstCharacters() {
        List<String> paragraphs = List.of("Crews walked out.", "The ferry stayed in port.", "Talks resume today.");
        assertThat(MetadataFinder.leading(paragraphs, 20)).isEqualTo("Crews walked out.\n\nThe ferry stayed in port.");
        assertThat(MetadataFinder.leading(paragraphs, 1000)).isEqualTo(new Extraction(null, paragraphs, true, null, List.of()).body());
        assertThat(MetadataFinder.leading(List.of(), 10)).isEmpty();
    }

    @Test
    void aBylineIsReadInsideAPageWhoseClassesStateItsOptions() {
        Metadata m = find("""
                <html><body class="single comments-open"><article class="post has-sidebar page--with-sidebar">
                <h1>Ferry crews strike</h1><span class="byline">By Sam Reyes</span><p>Crews walked out.</p></article>
                <div class="related-posts"><span class="byline">By Other Writer</span></div></body></html>""");
        assertThat(m.authors()).containsExactly("Sam Reyes");
    }

    @Test
    void aColumnThatHoldsTheHeadlineIsNoSidebar() {
        Metadata m = find("""
                <html><body><div id="sidebar" class="one-sidebar"><h1>Ferry crews strike</h1>
                <span class="vcard"><a rel="author" href="/a/1">Sam Reyes</a></span><p>Crews walked out.</p></div>
                <div class="sidebar-widgets"><a rel="author" href="/a/2">Other Writer</a></div></body></html>""");
        assertThat(m.authors()).containsExactly("Sam Reyes");
    }

    @Test
    void theBlockRightUnderTheHeadlineIsItsHeaderWhateverItsClass() {
        Metadata m = find("""
                <html><body><div><h1>Ferry crews strike</h1><div class="teaser-small__meta"><p class="byline__author">
                VON <a href="/autoren/reyes">SAM REYES</a> am 21. April 2020</p></div><p>Crews walked out.</p>
                <div class="teaser-list"><p class="byline__author">Von Other Writer</p></div></div></body></html>""");
        assertThat(m.authors()).containsExactly("SAM REYES");
    }

    @Test
    void anArticlesOwnFooterHoldsItsByline() {
        Metadata m = find("""
                <html><body><article><h1>Ferry crews strike</h1><p>Crews walked out.</p>
                <footer>Posted by <a rel="author" href="/a/1">Sam Reyes</a> at 18:52</footer></article>
                <footer>Theme by <a rel="author" href="/a/2">Other Writer</a></footer></body></html>""");
        assertThat(m.authors()).containsExactly("Sam Reyes");
    }

    @Test
    void tagLinksInABylineAreNoNames() {
        Metadata m = find("""
                <html><body><h1>Ferry crews strike</h1>
                <div class="post-author"><a href="/team/"><img alt=""></a> / <a rel="tag" href="/t/port">Port</a>
                / <a rel="tag" href="/t/labour">Labour</a></div><p>Crews walked out.</p></body></html>""");
        assertThat(m.authors()).isEmpty();
    }

    @Test
    void readsLinksToTheAuthorsPages() {
        Metadata m = find("""
                <html><body><div class="sidebar"><a href="/author/other-writer">Other Writer</a></div>
                <h1>Ferry crews strike</h1>
                <p class="meta"><a href="/author/sam-reyes">Sam Reyes</a> and <a href="/author/ana-garcia">Ana García</a>
                - March 25, 2022</p><p>Crews walked out on Friday.</p>
                <p><a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons</a></p></body></html>""");
        assertThat(m.authors()).containsExactly("Sam Reyes", "Ana García");
    }

    @Test
    void readsALineThatBeginsWithByUnderTheHeadline() {
        Metadata m = find("""
                <html><body><p>By the harbour, a café.</p><h1>Ferry crews strike</h1>
                <h4>By <span class="x1"><a href="/bios/sam">Sam Reyes</a></span></h4><h4>March 25, 2022</h4>
                <p>Crews walked out on Friday, as announced by the union.</p></body></html>""");
        assertThat(m.authors()).containsExactly("Sam Reyes");
    }

    @Test
    void readsANameAfterAnAuthorLabelInItsOwnElement() {
        Metadata m = find("""
                <html><body><h1>Ferry crews strike</h1><p>Crews walked out.</p>
                <p><strong>Autor:</strong> <a href="/profil/7">Sam Reyes</a><br><strong>Tags:</strong> Port</p></body></html>""");
        assertThat(m.authors()).containsExactly("Sam Reyes");
        assertThat(find("""
                <html><body><h1>Ferry crews strike</h1><div><h5>Author: </h5>Sam Reyes/SPX</div></body></html>""")
                .authors()).containsExactly("Sam Reyes");
    }

    @Test
    void readsAPostedByLine() {
        Metadata m = find("""
                <html><body><h1>Ferry crews strike</h1><p>Crews walked out.</p><p>Posted by Sam Reyes @ 12:00 am</p>
                </body></html>""");
        assertThat(m.authors()).containsExactly("Sam Reyes");
    }

    @Test
    void readsBylinesThatBeginWithAPhraseOrASpacedLabel() {
        assertThat(find("""
                <html><body><h1>Ferry crews strike</h1><div class="x">Ein Artikel von <strong>Sam Reyes</strong> | 27.01.2022</div>
                </body></html>""").authors()).containsExactly("Sam Reyes");
        assertThat(find("""
                <html><body><h1>Ferry crews strike</h1><p>Crews walked out.</p><span class="x">Erstellt von Sam Reyes</span>
                </body></html>""").authors()).containsExactly("Sam Reyes");
        assertThat(find("""
                <html><body><h1>Ferry crews strike</h1><p>Crews walked out.</p><p>Auteur : Sam Reyes </p><p>Edition : A. B.</p>
                </body></html>""").authors()).containsExactly("Sam Reyes");
    }

    @Test
    void aBylineCueAloneDoesNotReachIntoTheNextBlock() {
        Metadata m = find("""
                <html><body><h1>Ferry crews strike</h1><div><byline>Von Sam Reyes, dpa</byline>
                <abstract>Crews walked out on Friday, and the port stood still for the whole weekend while talks went
                on; the union said it would not give in before the owners raised the pay of all deckhands.</abstract></div>
                </body></html>""");
        assertThat(m.authors()).containsExactly("Sam Reyes");
    }

    @Test
    void aDeclaredAuthorThatIsThePublisherGivesWayToTheByline() {
        Metadata m = find("""
                <html><head><meta property="og:site_name" content="The Harbour Crier"><meta name="author" content="Harbour Crier">
                </head><body><h1>Ferry crews strike</h1><p class="byline">By Sam Reyes</p><p>Crews walked out.</p></body></html>""");
        assertThat(m.authors()).containsExactly("Sam Reyes");
        assertThat(find("""
                <html><head><meta property="og:site_name" content="The Harbour Crier"><meta name="author" content="Harbour Crier">
                </head><body><h1>Ferry crews strike</h1><p>Crews walked out.</p></body></html>""").authors())
                .containsExactly("Harbour Crier");
    }

    @Test
    void aByInsideASentenceIsNoByline() {
        Metadata m = find("""
                <html><body><h1>Ferry crews strike</h1>
                <p>Photo <a href="/p">credit</a> by Getty Images. Crews walked out on Friday.</p></body></html>""");
        assertThat(m.authors()).isEmpty();
    }

    @Test
    void findsNoAuthorRatherThanAWrongOne() {
        Metadata m = find("""
                <html><body><h1>Ferry crews strike</h1><p>Crews walked out on Friday.</p>
                <div class="comments"><span class="comment-author">Reader Jim</span></div></body></html>""");
        assertThat(m.authors()).isEmpty();
    }

    @Test
    void readsSubtitleSiteCanonicalAndTagsFromMetaTags() {
        Metadata m = find("""
                <html lang="en-GB"><head>
                <meta property="og:site_name" content="Harbour News">
                <meta property="og:description" content="Crews say the new rota is unsafe.">
                <link rel="canonical" href="/2022/03/25/ferry-strike?amp=0">
                <meta property="article:tag" content="Ferries"><meta name="keywords" content="ferries, strikes ; unions">
                <meta name="twitter:image" content="https://cdn.example/ferry.jpg">
                </head><body><a rel="tag" href="/t/ports">Ports</a></body></html>""");
        assertThat(m.subtitle()).isEqualTo("Crews say the new rota is unsafe.");
        assertThat(m.site()).isEqualTo("Harbour News");
        assertThat(m.canonicalUrl()).isEqualTo("https://www.harbour-news.example/2022/03/25/ferry-strike?amp=0");
        assertThat(m.tags()).containsExactly("Ferries", "Ports", "strikes", "unions");
        assertThat(m.image()).isEqualTo("https://cdn.example/ferry.jpg");
        assertThat(m.language()).isEqualTo("en");
    }

    @Test
    void fallsBackToTheHostAndAStandfirst() {
        Metadata m = find("""
                <html><body><header><h1>Ferry crews strike</h1>
                <p class="article-standfirst">Crews say the new rota leaves too few hands on deck.</p></header>
                <p>Text.</p></body></html>""");
        assertThat(m.site()).isEqualTo("harbour-news.example");
        assertThat(m.subtitle()).isEqualTo("Crews say the new rota leaves too few hands on deck.");
    }

    @Test
    void completeAddsTheTitleAndDetectsTheLanguageOfTheBody() {
        Metadata m = find("<html><body><h1>Fährstreik</h1></body></html>");
        assertThat(m.language()).isNull();
        Extraction extraction = new Extraction("Fährstreik im Hafen", List.of(
                "Die Besatzungen der Hafenfähren haben am Freitag die Arbeit niedergelegt, weil sie den neuen Dienstplan "
                        + "für unsicher halten. Die Gewerkschaft fordert Gespräche mit der Reederei."), true, null, List.of());
        Metadata done = finder.complete(m, extraction);
        assertThat(done.title()).isEqualTo("Fährstreik im Hafen");
        assertThat(done.language()).isEqualTo("de");
    }

    @Test
    void theDeclaredLanguageWinsOverTheDetectedOne() {
        Metadata m = find("<html lang=\"fr\"><body></body></html>");
        Extraction english = new Extraction(null, List.of("Ferry crews walked out on Friday over a new rota that they say "
                + "leaves too few hands on deck."), true, null, List.of());
        assertThat(finder.complete(m, english).language()).isEqualTo("fr");
    }

    @Test
    void detectsNoLanguageInTooShortAText() {
        assertThat(MetadataFinder.detectLanguage("Ferry strike")).isNull();
        assertThat(MetadataFinder.detectLanguage("Les équipages des ferries du port ont cessé le travail vendredi, "
                + "jugeant le nouveau planning dangereux.")).isEqualTo("fr");
    }
}
