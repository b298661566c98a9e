package org.dateline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentFinderTest {
    private static final String FIRST = "The council met on Monday, heard the residents, read the petition, weighed the costs, "
            + "and voted, after a long debate, to keep the library open.";
    private static final String SECOND = "The club met on Friday, heard its members, read the letters, counted the votes, "
            + "and agreed, after a short debate, to move the match to Sunday.";

    @Test
    void ofTwoContainersThatScoreTheSameTheFirstInThePageIsChosen() {
        for (int run = 0; run < 20; run++) {
            Element body = Jsoup.parse("<section id=one><div><p>" + FIRST + "</p></div></section>"
                    + "<section id=two><div><p>" + SECOND + "</p></div></section>").body();

            List<Element> found = ContentFinder.find(body, Set.of(), Blocks.of(body));

            assertThat(found).extracting(Element::id).containsExactly("one");
        }
    }
}
