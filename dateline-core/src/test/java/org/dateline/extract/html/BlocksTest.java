package org.dateline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BlocksTest {
    @Test
    void aSplitWalkGivesTheBlocksOfThePageAndThoseOutsideTheSkippedElements() {
        Element body = Jsoup.parse("<div>Before the share bar <span class=share>Share <a href=/x>this</a></span> and after it"
                + "<aside><p>A related story</p></aside> then the rest<br>on a second line</div>"
                + "<table><tr><td>a cell</td><td><a href=/y>a linked cell</a></td></tr></table>").body();
        Set<Element> skip = Set.of(body.selectFirst("span.share"), body.selectFirst("aside"));

        Blocks.Split split = Blocks.split(body, skip);

        assertThat(split.all()).isEqualTo(Blocks.of(body));
        assertThat(split.outside()).isEqualTo(Blocks.of(body, skip));
        assertThat(texts(split.outside())).containsExactly("Before the share bar and after it then the rest\non a second line",
                "a cell a linked cell");
        assertThat(texts(split.all())).containsExactly("Before the share bar Share this and after it", "A related story",
                "then the rest\non a second line", "a cell a linked cell");
    }

    @Test
    void theBlocksOfAnElementTakenFromThoseOfThePageAreThoseOfItsOwnWalk() {
        Element body = Jsoup.parse("<p>Intro</p><div id=main>Loose text<p>First <a href=/a>link</a></p>"
                + "<aside><p>Skipped</p></aside><p>Second</p></div>"
                + "<a href=/b><div id=linked>Linked text</div></a><pre id=code>  x = 1\n  y = 2</pre>"
                + "<table><tr><td id=cell>Cell <p>text</p></td></tr></table><aside><div id=hidden>Hidden</div></aside>").body();
        Set<Element> skip = Set.copyOf(body.select("aside"));
        List<Blocks.Block> outside = Blocks.of(body, skip);

        for (String id : List.of("main", "linked", "code", "cell", "hidden")) {
            Element e = body.getElementById(id);
            assertThat(Blocks.within(e, skip, body, outside)).as(id).isEqualTo(Blocks.of(e, skip));
        }
        assertThat(Blocks.within(body, skip, body, outside)).isEqualTo(outside);
        assertThat(texts(Blocks.within(body.getElementById("main"), skip, body, outside)))
                .containsExactly("Loose text", "First link", "Second");
    }

    @Test
    void whitespaceCollapsedOnceForBothWalksStillMakesTheSpacesEachWalkWould() {
        Element body = Jsoup.parse("<div>Start<aside>Aside</aside> continued \n  here</div>"
                + "<div><span class=skip>Skipped</span>   after\t it <b> bold</b></div>"
                + "<div><span class=skip>Skipped</span> <a href=/x> linked   text </a> end</div>").body();
        Set<Element> skip = Set.copyOf(body.select("aside, span.skip"));

        Blocks.Split split = Blocks.split(body, skip);

        assertThat(split.all()).isEqualTo(Blocks.of(body));
        assertThat(split.outside()).isEqualTo(Blocks.of(body, skip));
        assertThat(texts(split.outside())).containsExactly("Start continued here", "after it bold", "linked text end");
        assertThat(split.outside().get(2).linkChars()).isEqualTo("linked text ".length());
    }

    private static List<String> texts(List<Blocks.Block> blocks) {
        return blocks.stream().map(Blocks.Block::text).toList();
    }
}
