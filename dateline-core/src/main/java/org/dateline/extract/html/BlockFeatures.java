package org.dateline.extract.html;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.dateline.extract.StopWords;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The features of every block of a page that the {@link BlockModel} reads: what the block says
 * (length, links, function words, punctuation, tag), where it stands (in the chosen containers, in
 * page furniture, position, distance to the text the rules kept) and what its neighbours are.
 * The rules' own decision is a feature too, so the model learns where to overrule them.
 */
final class BlockFeatures {
    /** How many features {@link #of} gives per candidate block. */
    static final int COUNT = 27;
    private static final int NEIGHBOUR_REACH = 20;

    private BlockFeatures() {
    }

    /**
     * The features of each block of {@code page} that the model should judge, {@code null} for the
     * others: a candidate is a block whose text could be article text, in the chosen containers or
     * near the blocks the rules kept. The others are never article text, which spares the model
     * most of a long page's navigation and footer.
     *
     * @param page       every block of the page body, in order
     * @param kept       per block of {@code page}, whether the rules kept it
     * @param containers the elements the content finder chose
     * @param furniture  the elements marked as page furniture
     * @param language   the stop words of the page's language, if guessed
     * @param titleKey   the normalised headline, if any
     * @param reads      whether what a block says could be article text (no prompt, label, credit); true of
     *                   every kept block
     */
    static double[][] of(List<Blocks.Block> page, boolean[] kept, Set<Element> containers, Set<Element> furniture,
                         @Nullable StopWords language, @Nullable String titleKey, Predicate<Blocks.Block> reads) {
        int n = page.size();
        int first = -1;
        int last = -1;
        int keptChars = 0;
        for (int i = 0; i < n; i++) {
            if (kept[i]) {
                first = first < 0 ? i : first;
                last = i;
                keptChars += page.get(i).text().length();
            }
        }
        int[] distance = distances(kept);
        double[][] features = new double[n][];
        for (int i = 0; i < n; i++) {
            Blocks.Block b = page.get(i);
            boolean inContainer = inside(b.owner(), containers);
            // a block the rules kept was found to read as text when they kept it
            if (!(inContainer || distance[i] < NEIGHBOUR_REACH) || !(kept[i] || reads.test(b))) {
                continue; // not a candidate: its text cannot be article text, or it is far from any
            }
            String text = b.text();
            String tag = b.tag();
            double[] f = new double[COUNT];
            f[0] = kept[i] ? 1 : 0;
            f[1] = inContainer ? 1 : 0;
            f[2] = inside(b.owner(), furniture) ? 1 : 0;
            f[3] = Math.log1p(text.length());
            f[4] = b.linkDensity();
            f[5] = language == null ? -1 : language.density(text);
            f[6] = Blocks.endsSentence(text) ? 1 : 0;
            f[7] = b.isHeading() ? 1 : 0;
            f[8] = tag.equals("li") ? 1 : 0;
            f[9] = tag.equals("p") ? 1 : 0;
            f[10] = tag.equals("figcaption") || tag.equals("caption") ? 1 : 0;
            f[11] = tag.equals("tr") || tag.equals("td") || tag.equals("th") ? 1 : 0;
            f[12] = tag.equals("blockquote") || tag.equals("pre") ? 1 : 0;
            f[13] = 1; // kept for the model's layout: only blocks that read as text get here
            f[14] = HtmlExtractor.isByline(text) ? 1 : 0;
            f[15] = n == 1 ? 0 : (double) i / (n - 1);
            f[16] = Math.log1p(distance[i]);
            f[17] = i > 0 && kept[i - 1] ? 1 : 0;
            f[18] = i + 1 < n && kept[i + 1] ? 1 : 0;
            f[19] = 100.0 * count(text, ',') / text.length();
            f[20] = digits(text);
            f[21] = Math.log1p(words(text));
            f[22] = Math.log1p(keptChars);
            f[23] = HtmlExtractor.isTitle(text, titleKey) ? 1 : 0;
            f[24] = i > 0 ? Math.log1p(page.get(i - 1).text().length()) : 0;
            f[25] = i + 1 < n ? Math.log1p(page.get(i + 1).text().length()) : 0;
            f[26] = first < 0 ? 0 : i < first ? -1 : i > last ? 1 : 0;
            features[i] = f;
        }
        return features;
    }

    /** For each block, how many blocks away the nearest kept block is (capped). */
    private static int[] distances(boolean[] kept) {
        int n = kept.length;
        int[] d = new int[n];
        int since = NEIGHBOUR_REACH;
        for (int i = 0; i < n; i++) {
            since = kept[i] ? 0 : Math.min(NEIGHBOUR_REACH, since + 1);
            d[i] = since;
        }
        since = NEIGHBOUR_REACH;
        for (int i = n - 1; i >= 0; i--) {
            since = kept[i] ? 0 : Math.min(NEIGHBOUR_REACH, since + 1);
            d[i] = Math.min(d[i], since);
        }
        return d;
    }

    private static boolean inside(Element e, Set<Element> elements) {
        if (elements.isEmpty()) {
            return false;
        }
        for (Element a = e; a != null; a = a.parent()) {
            if (elements.contains(a)) {
                return true;
            }
        }
        return false;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += text.charAt(i) == c ? 1 : 0;
        }
        return n;
    }

    private static double digits(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += Character.isDigit(text.charAt(i)) ? 1 : 0;
        }
        return (double) n / text.length();
    }

    private static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letter = c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
            n += letter && !in ? 1 : 0;
            in = letter;
        }
        return n;
    }
}
