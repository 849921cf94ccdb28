package org.teikit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code teikit export}: what archival repositories ingest, derived from the TEI. Subcommands only. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Export TEI for archival repositories and aggregators.",
        subcommands = {ExportCmifCommand.class, ExportDcCommand.class, ExportMetsCommand.class, ExportBagCommand.class,
            CommandLine.HelpCommand.class})
final class ExportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "an export format is required");
    }
}
