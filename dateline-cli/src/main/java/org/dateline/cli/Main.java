package org.dateline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dateline} command: one subcommand per use. */
@Command(name = "dateline",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns raw news web pages into a clean, dated, deduplicated news corpus.",
        subcommands = {RunCommand.class, ExtractCommand.class, DedupCommand.class, EvalCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run 'dateline help COMMAND' for a command's options."})
public final class Main {
    /** Exit status for a run that could not start: bad arguments, missing input, unwritable output. */
    static final int EXIT_USAGE = 2;

    private Main() {
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (for tests). */
    static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExitCodeExceptionMapper(e -> EXIT_USAGE);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("dateline: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Run 'dateline " + (ex.getCommandLine().getCommandName().equals("dateline") ? "" : ex.getCommandLine().getCommandName() + " ") + "--help' for usage.");
            return EXIT_USAGE;
        });
        return cli.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"dateline " + (v == null ? "(development build)" : v)};
        }
    }
}
