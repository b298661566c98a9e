package org.dateline.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.Dateline;
import org.dateline.Options;
import org.dateline.Result;
import org.dateline.input.PageSource;
import org.dateline.output.ArticleSink;
import org.dateline.output.Format;
import org.dateline.output.ProblemReport;
import org.dateline.output.RunSummary;
import org.dateline.page.Problem;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline extract}: pages and archives in, article records out. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Extracts one clean article record per news page from HTML files, web archives, plain-text page "
                    + "dumps and JSON Lines.",
            "",
            "Inputs are recognised by content and name: HTML (.html, .htm, also .gz); WARC and ARC archives "
                    + "(plain or gzip; only HTTP 200 HTML captures are pages, other records are counted and skipped); "
                    + "WET archives (their conversion records are text pages); plain-text dumps (.txt, also .gz, e.g. "
                    + "lynx -dump or w3m -dump output); JSON Lines with {\"url\":..., \"html\":...} or "
                    + "{\"url\":..., \"text\":...} per line. Text pages go through the text-mode extractor, which "
                    + "reads headline, standfirst, byline and dateline from the lines of the dump. Directories are "
                    + "walked recursively in name order; files that are not pages are counted and skipped.",
            "",
            "A record that cannot be processed is counted, reported (see --errors) and the run goes on. "
                    + "The exit status is 0 when the run completed, even with failed records; 2 when it could not "
                    + "start (bad option, missing input, unwritable output)."
        })
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, or - for standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
            description = "Where to write the records: a file, or a directory (existing, or given with a trailing /) "
                    + "for one file per article named ID.EXT. Missing parent directories are created. Default: standard output.")
    @Nullable String output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (full records, one per line), text (body only), markdown (title and body), "
                    + "dated (' date YYYY-MM-DD ' then the body). Text formats separate records with a form-feed line. "
                    + "Default: ${DEFAULT-VALUE}.")
    String format = "jsonl";

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads. Output order is input order whatever N is. Default: the number of cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write every failed record to FILE as JSON Lines: source, offset, url, outcome, reason, detail.")
    @Nullable Path errors;

    @Option(names = "--summary", paramLabel = "FILE", description = "Also write the run summary to FILE as JSON.")
    @Nullable Path summaryFile;

    @Option(names = "--max-page-size", paramLabel = "SIZE", defaultValue = "20MB",
            description = "Largest page processed, e.g. 512KB, 20MB; larger pages fail with too-large. Default: ${DEFAULT-VALUE}.")
    String maxPageSize = "20MB";

    @Option(names = "--keep-non-articles",
            description = "Keep the text of pages that are not articles (home pages, section indexes, listings). "
                    + "By default their records have is_article false and an empty body, and text formats leave them out.")
    boolean keepNonArticles;

    @Mixin
    Reporting reporting = new Reporting();

    /** Failures listed in the summary when there is no --errors file to hold them. */
    private static final int FAILURES_SHOWN = 5;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        Format fmt;
        Options options;
        try {
            fmt = Format.parse(format);
            options = options(maxPageSize, keepNonArticles, threads);
        } catch (IllegalArgumentException e) {
            err.println("dateline: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        Dateline dateline = Dateline.create(options);
        RunSummary summary = new RunSummary();
        List<Problem> shownFailures = new ArrayList<>();
        try (PageSource source = dateline.open(inputs);
             ArticleSink sink = openSink(fmt);
             ProblemReport report = errors == null ? null : new ProblemReport(Files.newOutputStream(errors))) {
            extractAll(dateline, source, threads, sink, report, summary, shownFailures,
                    reporting.showProgress());
        } catch (NoSuchFileException e) {
            err.println("dateline: input not found: " + e.getFile() + " (give existing files or directories, or - for standard input)");
            return Main.EXIT_USAGE;
        } catch (Unwritable e) {
            err.println("dateline: cannot write " + e.getMessage() + "; check that the directory exists and is writable");
            return Main.EXIT_USAGE;
        } catch (IOException e) {
            err.println("dateline: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        if (!reporting.quiet) {
            err.print(summary.toText());
            if (errors == null) {
                printFailures(err, shownFailures);
            }
        }
        if (summaryFile != null) {
            try {
                Files.writeString(summaryFile, summary.toJson() + "\n");
            } catch (IOException e) {
                err.println("dateline: cannot write the summary to " + summaryFile + ": " + e.getMessage());
                return Main.EXIT_USAGE;
            }
        }
        return 0;
    }

    /**
     * Extracts every record of {@code source} into {@code sink}, counting each in {@code summary};
     * failed records go to {@code report}, or the first few to {@code shownFailures} without one.
     * Shared with {@code dateline run}.
     */
    static void extractAll(Dateline dateline, PageSource source, int threads, ArticleSink sink,
                           @Nullable ProblemReport report, RunSummary summary, List<Problem> shownFailures,
                           boolean showProgress) throws IOException {
        try (Progress bar = new Progress(System.err, showProgress, summary)) {
            IOException[] writeFailure = new IOException[1];
            dateline.processAll(source, threads, result -> {
                if (writeFailure[0] != null) {
                    return;
                }
                try {
                    handle(result, sink, report, summary, shownFailures);
                } catch (IOException e) {
                    writeFailure[0] = e;
                }
                bar.update();
            });
            if (writeFailure[0] != null) {
                throw writeFailure[0];
            }
        }
    }

    /** The extraction options of the command line, checked. */
    static Options options(String maxPageSize, boolean keepNonArticles, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        return Options.defaults().withMaxPageBytes(Sizes.parse(maxPageSize)).withKeepNonArticles(keepNonArticles);
    }

    /** Prints the first failures when there was no error report to hold them. */
    static void printFailures(PrintStream err, List<Problem> shownFailures) {
        if (!shownFailures.isEmpty()) {
            err.println("first failures (use --errors FILE for all of them):");
            for (Problem p : shownFailures) {
                err.println("  " + p.source() + (p.url() == null ? "" : " " + p.url()) + ": " + p.reason() + ": " + p.detail());
            }
        }
    }

    private static void handle(Result result, ArticleSink sink, @Nullable ProblemReport report, RunSummary summary,
                               List<Problem> shownFailures) throws IOException {
        if (result.article() != null) {
            sink.write(result.article());
            summary.countWritten(result.article().isArticle());
            return;
        }
        Problem p = result.problem();
        summary.count(p);
        if (p.outcome() == org.dateline.page.Outcome.FAILED) {
            if (report != null) {
                report.write(p);
            } else if (shownFailures.size() < FAILURES_SHOWN) {
                shownFailures.add(p);
            }
        }
    }

    private ArticleSink openSink(Format fmt) throws IOException {
        if (output == null || output.equals("-")) {
            return ArticleSink.stream(new NonClosingStream(System.out), fmt);
        }
        Path out = Path.of(output);
        try {
            if (output.endsWith("/") || Files.isDirectory(out)) {
                return ArticleSink.directory(out, fmt);
            }
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return ArticleSink.stream(Files.newOutputStream(out), fmt);
        } catch (IOException e) {
            throw new Unwritable("output '" + output + "' (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    /** The output cannot be opened: a usage error, not a record error. */
    static final class Unwritable extends IOException {
        Unwritable(String message) {
            super(message);
        }
    }

    /** Standard output stays open for the JVM's own use after the sink closes. */
    private static final class NonClosingStream extends java.io.FilterOutputStream {
        NonClosingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
