package org.dateline.bench;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.dateline.Dateline;
import org.dateline.Options;
import org.dateline.Result;
import org.dateline.page.Page;
import org.dateline.page.SourceRef;

/**
 * Extracts one generated page of a given size, to find the heap a large page needs: run it with
 * decreasing {@code -Xmx} until it fails.
 *
 * <pre>
 * java -Xmx200m -cp dateline-bench/target/benchmarks.jar org.dateline.bench.LargePage 20
 * </pre>
 *
 * <p>The page is an article of the given size in MB: a navigation bar, then paragraphs of
 * seeded random words with a link every few sentences, then a footer. Prints the outcome, the
 * body length and the time taken.
 */
public final class LargePage {
    private static final String[] WORDS = ("the of and to in a is that for it as was with be by on not he this are or his from at "
            + "which but have an they you were her she there been one all we their has would when if so no will more "
            + "government minister election market police court said people year report city council health school").split(" ");

    private LargePage() {
    }

    public static void main(String[] args) {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        byte[] page = generate(megabytes * 1024 * 1024).getBytes(StandardCharsets.UTF_8);
        System.err.printf("page: %,d bytes, max heap %,d MB%n", page.length, Runtime.getRuntime().maxMemory() >> 20);
        Dateline dateline = Dateline.create(Options.defaults().withMaxPageBytes(page.length + 1));
        long start = System.nanoTime();
        Result result = dateline.process(new Page(SourceRef.of("large.html"), null, page, null, null));
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (result.article() != null) {
            System.out.printf("ok: body %,d chars in %,d ms%n", result.article().body().length(), millis);
        } else {
            System.out.printf("%s: %s in %,d ms%n", result.problem().outcome(), result.problem().detail(), millis);
        }
    }

    /** An article page of about {@code bytes} bytes. */
    static String generate(int bytes) {
        Random random = new Random(42);
        StringBuilder html = new StringBuilder(bytes + 4096);
        html.append("<!DOCTYPE html><html lang=en><head><title>A very long report | Example News</title>")
                .append("<meta property=og:type content=article></head><body>")
                .append("<nav><ul><li><a href=/>Home</a><li><a href=/world>World</a><li><a href=/sport>Sport</a></ul></nav>")
                .append("<article><h1>A very long report</h1>");
        while (html.length() < bytes - 200) {
            html.append("<p>");
            int sentences = 2 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                int words = 8 + random.nextInt(16);
                for (int w = 0; w < words; w++) {
                    String word = WORDS[random.nextInt(WORDS.length)];
                    if (w == 0) {
                        html.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
                    } else if (random.nextInt(40) == 0) {
                        html.append(" <a href=\"/topic/").append(word).append("\">").append(word).append("</a>");
                    } else {
                        html.append(' ').append(word);
                    }
                }
                html.append(". ");
            }
            html.append("</p>\n");
        }
        return html.append("</article><footer><p>© Example News</p></footer></body></html>").toString();
    }
}
