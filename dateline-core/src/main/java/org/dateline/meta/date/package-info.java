/**
 * Finding an article's publication date: {@link org.dateline.meta.date.DateFinder} weighs the
 * page's evidence (JSON-LD, meta tags, {@code itemprop}, {@code <time>}, the URL, the byline, the
 * page text) and {@link org.dateline.meta.date.DateText} reads dates written in prose in several
 * languages.
 */
@NullMarked
package org.dateline.meta.date;

import org.jspecify.annotations.NullMarked;
