package org.teikit.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code teikit} command: subcommands only. */
@Command(name = "teikit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Plain text to TEI P5: convert archival documents typed as text, validate and publish TEI.")
public final class TeikitCommand implements Runnable {
    /** The subcommands, in the order help lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("convert", ConvertCommand::new);
        SUBCOMMANDS.put("build", BuildCommand::new);
        SUBCOMMANDS.put("validate", ValidateCommand::new);
        SUBCOMMANDS.put("transform", TransformCommand::new);
        SUBCOMMANDS.put("export", ExportCommand::new);
        SUBCOMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /**
     * Runs teikit with the process's streams. Only the subcommand the arguments name is built:
     * picocli reads each command's annotations when it is added, and in a run of a second or two
     * the others would cost a noticeable part of the start.
     */
    public static int run(String... args) {
        return commandLineFor(args).execute(args);
    }

    /** The command line for these arguments: all subcommands unless the first argument names one (not help). */
    static CommandLine commandLineFor(String... args) {
        boolean named = args.length > 0 && !args[0].equals("help") && SUBCOMMANDS.containsKey(args[0]);
        return commandLine(named ? args[0] : null);
    }

    /** A command line with every subcommand, its output going to the given writers, for callers and tests. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(null).setOut(out).setErr(err);
    }

    /** @param only the one subcommand to build, or null for all of them */
    private static CommandLine commandLine(String only) {
        CommandLine cl = new CommandLine(new TeikitCommand());
        SUBCOMMANDS.forEach((name, command) -> {
            if (only == null || only.equals(name)) {
                cl.addSubcommand(name, command.get());
            }
        });
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
