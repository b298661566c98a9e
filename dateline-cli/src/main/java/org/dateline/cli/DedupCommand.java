package org.dateline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline dedup}: article records in, the same records with their clusters and relations out. */
@Command(name = "dedup",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Finds exact duplicates, near-duplicates and versions among article records (JSON Lines, plain or gzip, "
                    + "as written by 'dateline extract') and writes every record with cluster_id, duplicate_of, "
                    + "relation (exact, near, version, or null for a canonical record) and similarity. "
                    + "Other fields pass through untouched; a record without a body gets null in all four.",
            "",
            "Memory: only file offsets (16 bytes per record) and per-record signature data (about 30 bytes) stay "
                    + "in memory; bodies are read again from disk when needed, and shingle sets are kept only when "
                    + "the bodies fit in a quarter of the heap."
        })
final class DedupCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "RECORDS", description = "JSON Lines files of article records (.jsonl, .jsonl.gz), or - for standard input.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "Where to write the records (JSON Lines).")
    Path output;

    @Mixin
    DedupSettings settings = new DedupSettings();

    @Option(names = "--clusters", paramLabel = "FILE",
            description = "Write one JSON object per cluster of two or more records: id, canonical, size, "
                    + "earliest_published, urls, members (id, url, published, relation, similarity).")
    @Nullable Path clusters;

    @Option(names = "--summary", paramLabel = "FILE", description = "Also write the summary to FILE as JSON.")
    @Nullable Path summaryFile;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Worker threads. Default: the number of cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    Reporting reporting = new Reporting();

    @Override
    public Integer call() {
        PrintStream err = System.err;
        try {
            settings.options();
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
            }
        } catch (IllegalArgumentException e) {
            err.println("dateline: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        Map<String, Object> summary;
        try (RecordFile records = RecordFile.open(inputs)) {
            DedupJob job = new DedupJob(settings, threads, err, reporting.showProgress());
            summary = job.run(records, output, clusters);
        } catch (NoSuchFileException e) {
            err.println("dateline: input not found: " + e.getFile());
            return Main.EXIT_USAGE;
        } catch (IOException | IllegalArgumentException e) {
            err.println("dateline: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        if (!reporting.quiet) {
            err.print(DedupJob.toText(summary));
        }
        if (summaryFile != null) {
            try {
                Files.writeString(summaryFile, DedupJob.toJson(summary) + "\n");
            } catch (IOException e) {
                err.println("dateline: cannot write the summary to " + summaryFile + ": " + e.getMessage());
                return Main.EXIT_USAGE;
            }
        }
        return 0;
    }
}
