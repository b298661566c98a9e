package org.dateline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.Dateline;
import org.dateline.Options;
import org.dateline.input.PageSource;
import org.dateline.output.ArticleSink;
import org.dateline.output.Format;
import org.dateline.output.ProblemReport;
import org.dateline.output.RunSummary;
import org.dateline.page.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline run}: the main job, extraction then deduplication, into one directory. */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "The main job end to end: extracts article records from the inputs (as 'dateline extract' does), "
                    + "deduplicates them (as 'dateline dedup' does) and writes into DIR:",
            "  articles.jsonl   the records with cluster_id, duplicate_of, relation, similarity "
                    + "(canonical records only with --drop-duplicates)",
            "  clusters.jsonl   one line per cluster of two or more records",
            "  errors.jsonl     every failed input record",
            "  summary.json     {\"extract\": extraction counts, \"dedup\": dedup counts}",
            "",
            "The exit status is 0 when the run completed, even with failed records; 2 when it could not start."
        })
final class RunCommand implements Callable<Integer> {
    /** The extracted records before deduplication, deleted when the run ends. */
    static final String EXTRACTED = ".extracted.jsonl";

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, or - for standard input (as for extract).")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "The directory to write into (created if missing).")
    Path output;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Worker threads. Default: the number of cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-page-size", paramLabel = "SIZE", defaultValue = "20MB",
            description = "Largest page processed, e.g. 512KB, 20MB; larger pages fail with too-large. Default: ${DEFAULT-VALUE}.")
    String maxPageSize = "20MB";

    @Option(names = "--keep-non-articles", description = "Keep the text of pages that are not articles (see extract).")
    boolean keepNonArticles;

    @Mixin
    DedupSettings settings = new DedupSettings();

    @Mixin
    Reporting reporting = new Reporting();

    @Override
    public Integer call() {
        PrintStream err = System.err;
        Options options;
        try {
            options = ExtractCommand.options(maxPageSize, keepNonArticles, threads);
            settings.options();
        } catch (IllegalArgumentException e) {
            err.println("dateline: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        boolean showProgress = reporting.showProgress();
        Path extracted = output.resolve(EXTRACTED);
        RunSummary extraction = new RunSummary();
        List<Problem> shownFailures = new ArrayList<>();
        Map<String, Object> dedup;
        Dateline dateline = Dateline.create(options);
        try (PageSource source = dateline.open(inputs)) {
            try {
                Files.createDirectories(output);
            } catch (IOException e) {
                throw new ExtractCommand.Unwritable("output directory '" + output + "' (" + e.getMessage() + ")");
            }
            try (ArticleSink sink = ArticleSink.stream(Files.newOutputStream(extracted), Format.JSONL);
                 ProblemReport report = new ProblemReport(Files.newOutputStream(output.resolve("errors.jsonl")))) {
                ExtractCommand.extractAll(dateline, source, threads, sink, report, extraction,
                        shownFailures, showProgress);
            }
            try (RecordFile records = RecordFile.open(List.of(extracted))) {
                dedup = new DedupJob(settings, threads, err, showProgress)
                        .run(records, output.resolve("articles.jsonl"), output.resolve("clusters.jsonl"));
            }
        } catch (NoSuchFileException e) {
            err.println("dateline: input not found: " + e.getFile() + " (give existing files or directories, or - for standard input)");
            return Main.EXIT_USAGE;
        } catch (ExtractCommand.Unwritable e) {
            err.println("dateline: cannot write " + e.getMessage() + "; check that the directory exists and is writable");
            return Main.EXIT_USAGE;
        } catch (IOException | IllegalArgumentException e) {
            err.println("dateline: " + e.getMessage());
            return Main.EXIT_USAGE;
        } finally {
            try {
                Files.deleteIfExists(extracted);
            } catch (IOException e) {
                err.println("dateline: cannot delete " + extracted + ": " + e.getMessage());
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        try {
            summary.put("extract", RecordFile.JSON.readTree(extraction.toJson()));
            summary.put("dedup", dedup);
            Files.writeString(output.resolve("summary.json"), DedupJob.toJson(summary) + "\n");
        } catch (IOException e) {
            err.println("dateline: cannot write the summary: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        if (!reporting.quiet) {
            err.print(extraction.toText());
            err.print(DedupJob.toText(dedup));
            err.println("written to:       " + output + " (articles.jsonl, clusters.jsonl, errors.jsonl, summary.json)");
        }
        return 0;
    }
}
