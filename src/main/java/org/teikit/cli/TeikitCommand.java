package org.teikit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code teikit} command: subcommands only. */
@Command(name = "teikit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Plain text to TEI P5: convert archival documents typed as text, validate and publish TEI.",
        subcommands = {ConvertCommand.class, BuildCommand.class, ValidateCommand.class, TransformCommand.class,
            ExportCommand.class, CommandLine.HelpCommand.class})
public final class TeikitCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Runs teikit with the process's streams. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** A command line whose output goes to the given writers, for callers and tests. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine().setOut(out).setErr(err);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new TeikitCommand());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("teikit: internal error: " + e);
            e.printStackTrace(commandLine.getErr());
            return ExitCode.INTERNAL;
        });
        listExitCodes(cl);
        return cl;
    }

    /** Every command's help lists the same exit codes. */
    private static void listExitCodes(CommandLine cl) {
        cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.HELP);
        cl.getSubcommands().values().forEach(TeikitCommand::listExitCodes);
    }
}
