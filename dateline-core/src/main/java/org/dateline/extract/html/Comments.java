package org.dateline.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads the readers' comments out of the comment sections the {@link Cleaner} set aside: the
 * furniture whose class or id names comments ({@code #comments}, {@code .comment-list},
 * {@code #disqus_thread}...). Every block of text inside one comment's markup ({@code li.comment},
 * {@code .comment-content}...) that is not a link list, a heading or a button becomes a
 * paragraph; the section's own prompts ("Sign in to comment") do not. Comments loaded by script after the page are not in the HTML.
 */
final class Comments {
    private static final Pattern SECTION = Pattern.compile(
            "(?i)(?:^|[-_ ])(?:comments?|commentlist|comment-list|disqus|disqus_thread|replies|responses|reactions)(?:$|[-_ ])");
    /** The markup of a single comment, inside the section: the section's own prompts are not comments. */
    private static final Pattern ONE_COMMENT = Pattern.compile("(?i)comment|reply|message");
    private static final double MAX_LINK_DENSITY = 0.5;
    /** Shorter lines are buttons and counters: "Reply", "12 likes", "Log in". */
    private static final int MIN_CHARS = 15;

    private Comments() {
    }

    static @Nullable String find(Set<Element> furniture) {
        List<String> paragraphs = new ArrayList<>();
        for (Element e : furniture) {
            if (!SECTION.matcher(e.className() + " " + e.id()).find()) {
                continue;
            }
            for (Blocks.Block block : Blocks.of(e)) {
                if (!block.isHeading() && block.text().length() >= MIN_CHARS && block.linkDensity() <= MAX_LINK_DENSITY
                        && insideOneComment(block.owner(), e)) {
                    paragraphs.add(block.text());
                }
            }
        }
        return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
    }

    /** Whether some element between the block and the section is one comment ({@code li.comment}...). */
    private static boolean insideOneComment(Element owner, Element section) {
        for (Element e = owner; e != null && e != section; e = e.parent()) {
            if (ONE_COMMENT.matcher(e.className() + " " + e.id()).find()) {
                return true;
            }
        }
        return false;
    }
}
