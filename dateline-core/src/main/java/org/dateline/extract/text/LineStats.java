package org.dateline.extract.text;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * How many pages of one site each line appears on, in memory: a line printed on many pages of a
 * site is its template (menus, footers, prompts, the standing blurb about the paper), however
 * much it reads like prose. Keep one per site (host), feed it the site's dumps with {@link #add},
 * and hand it to {@link TextExtractor#withCommonLines}.
 *
 * <pre>{@code
 * LineStats site = LineStats.create(3);
 * dumps.forEach(site::add);
 * TextExtractor x = TextExtractor.create().withCommonLines(site);
 * }</pre>
 *
 * <p>Lines are counted once per page, as the extractor cuts them (hard-wrapped paragraphs are
 * joined first). At most {@code maxLines} distinct lines are tracked; later new lines are not
 * counted, so memory stays bounded on a large crawl. Thread-safe.
 */
public final class LineStats implements Predicate<String> {
    /** Distinct lines tracked by {@link #create(int)}. */
    public static final int DEFAULT_MAX_LINES = 1 << 20;
    /** Lines shorter than this are not counted: single words are judged by the extractor alone. */
    private static final int MIN_LENGTH = 8;

    private final int minPages;
    private final int maxLines;
    private final Map<String, AtomicInteger> pages = new ConcurrentHashMap<>();
    private final AtomicInteger pageCount = new AtomicInteger();

    private LineStats(int minPages, int maxLines) {
        this.minPages = minPages;
        this.maxLines = maxLines;
    }

    /** Stats that call a line common once it is on {@code minPages} pages (at least 2). */
    public static LineStats create(int minPages) {
        return create(minPages, DEFAULT_MAX_LINES);
    }

    /** As {@link #create(int)}, tracking at most {@code maxLines} distinct lines. */
    public static LineStats create(int minPages, int maxLines) {
        if (minPages < 2) {
            throw new IllegalArgumentException("minPages must be at least 2, was " + minPages);
        }
        if (maxLines < 1) {
            throw new IllegalArgumentException("maxLines must be positive, was " + maxLines);
        }
        return new LineStats(minPages, maxLines);
    }

    /** Counts the lines of one page's dump. */
    public void add(String dump) {
        pageCount.incrementAndGet();
        List<Unit> units = Units.split(dump);
        Set<String> once = new HashSet<>(units.size() * 2);
        for (Unit u : units) {
            if (u.text.length() >= MIN_LENGTH && once.add(u.text)) {
                AtomicInteger n = pages.get(u.text);
                if (n == null && pages.size() < maxLines) {
                    n = pages.computeIfAbsent(u.text, k -> new AtomicInteger());
                }
                if (n != null) {
                    n.incrementAndGet();
                }
            }
        }
    }

    /** The number of pages {@code line} was seen on. */
    public int pages(String line) {
        AtomicInteger n = pages.get(line.strip());
        return n == null ? 0 : n.get();
    }

    /** The number of pages added. */
    public int pageCount() {
        return pageCount.get();
    }

    /** Whether {@code line} is on at least {@code minPages} pages. */
    @Override
    public boolean test(String line) {
        return pages(line) >= minPages;
    }
}
