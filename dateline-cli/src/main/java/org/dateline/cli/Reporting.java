package org.dateline.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options of the long-running commands that say how much to report on stderr. */
final class Reporting {
    @Option(names = "--progress", negatable = true, description = "Show progress on stderr. Default: on when stderr is a terminal.")
    @Nullable Boolean progress;

    @Option(names = {"-q", "--quiet"}, description = "Do not print the summary on stderr.")
    boolean quiet;

    /** Whether to show progress: as asked, else when stderr is a terminal. */
    boolean showProgress() {
        return progress != null ? progress : Terminals.stderrIsTerminal();
    }
}
