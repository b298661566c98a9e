package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, for deciding to show progress. */
final class Terminals {
    private Terminals() {
    }

    static boolean stderrIsTerminal() {
        // the launcher script knows for sure ([ -t 2 ]); Java 17 cannot ask about stderr alone
        String fromLauncher = System.getenv("DATELINE_STDERR_TTY");
        if (fromLauncher != null) {
            return fromLauncher.equals("1");
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
