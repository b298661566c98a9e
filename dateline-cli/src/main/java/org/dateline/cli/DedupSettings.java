package org.dateline.cli;

import java.nio.file.Path;
import org.dateline.dedup.DedupOptions;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The deduplication options shared by {@code dateline dedup} and {@code dateline run}. */
final class DedupSettings {
    @Option(names = "--drop-duplicates",
            description = "Write canonical records only, each with its cluster's earliest published date "
                    + "(its own kept as published_own when different) and versions (the cluster's URLs).")
    boolean dropDuplicates;

    @Option(names = "--index", paramLabel = "DIR",
            description = "A persistent dedup index (Lucene): records are deduplicated against those indexed by earlier "
                    + "runs, then added to it. Committed only when the run completes; an interrupted run leaves it as it was.")
    @Nullable Path index;

    @Option(names = "--shingle-size", paramLabel = "N", defaultValue = "" + DedupOptions.DEFAULT_SHINGLE_SIZE,
            description = "Words per shingle. Default: ${DEFAULT-VALUE}.")
    int shingleSize = DedupOptions.DEFAULT_SHINGLE_SIZE;

    @Option(names = "--permutations", paramLabel = "K", defaultValue = "" + DedupOptions.DEFAULT_PERMUTATIONS,
            description = "MinHash slots; the LSH banding follows (37 bands x 3 rows for 128). Default: ${DEFAULT-VALUE}.")
    int permutations = DedupOptions.DEFAULT_PERMUTATIONS;

    @Option(names = "--near", paramLabel = "J", defaultValue = "" + DedupOptions.DEFAULT_NEAR,
            description = "Least shingle Jaccard similarity of a near-duplicate. Default: ${DEFAULT-VALUE}.")
    double near = DedupOptions.DEFAULT_NEAR;

    @Option(names = "--version-threshold", paramLabel = "C", defaultValue = "" + DedupOptions.DEFAULT_VERSION,
            description = "Least containment of the shorter text in the longer for a version. Default: ${DEFAULT-VALUE}.")
    double version = DedupOptions.DEFAULT_VERSION;

    /** The options, checked; {@code keepShingles} is decided per run from the input size. */
    DedupOptions options() {
        return DedupOptions.defaults().withShingleSize(shingleSize).withPermutations(permutations)
                .withThresholds(near, version);
    }
}
