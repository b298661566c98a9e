/**
 * Scores main-text extraction against ground truth: the shingle metric of the article-extraction
 * benchmark ({@link Shingles}), the segment metric of trafilatura's evaluation ({@link Segments}),
 * readers for the development sets ({@link EvalSet}) and a runner ({@link Evaluation}) that times
 * an extractor and reports per document, worst first.
 */
@NullMarked
package org.dateline.eval;

import org.jspecify.annotations.NullMarked;
