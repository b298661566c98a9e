/**
 * Near-duplicates and versions: finds the records that tell the same story and keeps one
 * canonical version of each.
 *
 * <p>The recipe, one step per class:
 * <ol>
 *   <li>{@link org.dateline.dedup.Signer}: normalise the body, hash word n-gram shingles, compute
 *       a MinHash {@link org.dateline.dedup.Signature} (per record, no shared state);</li>
 *   <li>{@link org.dateline.dedup.LshParams}: band the MinHash into b bands of r rows, chosen from
 *       the target similarity; records sharing a band key in a
 *       {@link org.dateline.dedup.BandIndex} are candidate pairs;</li>
 *   <li>verification of each candidate pair on the exact shingle sets
 *       ({@link org.dateline.dedup.Overlap}: Jaccard and containment), giving a
 *       {@link org.dateline.dedup.Relation};</li>
 *   <li>leader clustering over verified relations, one canonical record per
 *       {@link org.dateline.dedup.Cluster}.</li>
 * </ol>
 * {@link org.dateline.dedup.Deduplicator} runs the whole recipe, within one run or against a
 * persistent Lucene {@link org.dateline.dedup.DedupIndex} of earlier runs;
 * {@link org.dateline.dedup.VersionBenchmark} measures it on generated versions of real bodies.
 */
@NullMarked
package org.dateline.dedup;

import org.jspecify.annotations.NullMarked;
