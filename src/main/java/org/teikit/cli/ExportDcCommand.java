package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.teikit.Toolkit;
import org.teikit.io.InputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code teikit export dc}: a Dublin Core record per TEI document. */
@Command(name = "dc", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"A Dublin Core record (OAI-PMH oai_dc) per document, at the document's path below OUTDIR: "
                + "title, creator (senders), contributor (addressees, editors), date, type, source, rights, identifier, "
                + "relation (the edition), language, publisher and subject, from the teiHeader and its correspDesc."},
        footer = {"%nExamples:",
            "  teikit export dc tei/ -o dc                 # tei/a/letter.xml gives dc/a/letter.xml",
            "  teikit export dc letter.xml -o dc --force"})
final class ExportDcCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "TEI files or folders.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTDIR", description = "Folder for the records.")
    Path output;

    @Mixin
    JobsOption jobs;

    @Option(names = {"-f", "--force"}, description = "Overwrite existing output files.")
    boolean force;

    @Mixin
    GlobOption glob;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<InputFiles.Input> files;
        try {
            files = InputFiles.expand(inputs, glob.pattern());
        } catch (IOException e) {
            err.println("teikit export dc: " + e.getMessage());
            return ExitCode.INPUT_OUTPUT;
        }
        DocumentExports.Summary summary = new DocumentExports(new Toolkit(), jobs.jobs(), err).dublinCore(files, output, force);
        err.printf("wrote %d of %d Dublin Core records to %s%n", summary.written(), summary.documents(), output);
        return summary.exitCode();
    }
}
