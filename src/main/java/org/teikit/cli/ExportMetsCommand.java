package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.teikit.Toolkit;
import org.teikit.export.BuildLayout;
import org.teikit.export.DocumentFiles;
import org.teikit.export.MetsOptions;
import org.teikit.io.SourceDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code teikit export mets}: one METS file per TEI document. */
@Command(name = "mets", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"One METS file per TEI document (OUTDIR/NAME.mets.xml): the TEI and the renderings a build "
                + "made of it (html/, text/, pdf/) with size and SHA-256 checksum, linked relative to the METS file; "
                + "a MODS 3.8 record of the TEI header, and a reference to its Dublin Core record (dc/) when the "
                + "build has one; the document and its pages.",
            "FOLDER is a build output (it has tei/) or a folder of TEI files. CREATEDATE is SOURCE_DATE_EPOCH when "
                + "set, else the newest date the TEI gives for itself, else left out."},
        footer = {"%nExamples:", "  teikit export mets out -o out/mets", "  teikit export mets tei/ -o mets"})
final class ExportMetsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "A build output or a folder of TEI files.")
    Path folder;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTDIR", description = "Folder for the METS files.")
    Path output;

    @Mixin
    JobsOption jobs;

    @Option(names = {"-f", "--force"}, description = "Overwrite existing METS files.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Instant sourceDate;
        try {
            sourceDate = SourceDate.from(System.getenv()).orElse(null);
        } catch (IllegalArgumentException e) {
            err.println("teikit export mets: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (!Files.isDirectory(folder)) {
            err.println("teikit export mets: " + folder + ": no such folder");
            return ExitCode.INPUT_OUTPUT;
        }
        List<DocumentFiles> documents;
        try {
            documents = new BuildLayout(folder).documents();
        } catch (IOException e) {
            err.println("teikit export mets: " + e.getMessage());
            return ExitCode.INPUT_OUTPUT;
        }
        DocumentExports.Summary summary = new DocumentExports(new Toolkit(), jobs.jobs(), err)
                .mets(documents, output, new MetsOptions(sourceDate, force));
        err.printf("wrote %d of %d METS files to %s%n", summary.written(), summary.documents(), output);
        return summary.exitCode();
    }
}
