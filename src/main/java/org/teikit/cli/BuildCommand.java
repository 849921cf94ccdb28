package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.teikit.Toolkit;
import org.teikit.io.InputFiles;
import org.teikit.io.TextFileConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code teikit build}: the editorial job on a whole folder. Today it converts every text to TEI under
 * {@code OUT/tei/} and checks each round trip; validation, rendering and export join it later.
 */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Build a folder of transcriptions: convert every *.txt below FOLDER to TEI in OUT/tei/ "
                + "(mirroring the tree), check that each TEI renders back to its text, and validate it against "
                + "teikit's own schema."},
        footer = {"%nExample:", "  teikit build corpus -o out"})
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FOLDER", description = "Folders (or files) of text documents.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Output folder.")
    Path output;

    @Option(names = "--no-roundtrip", description = "Skip the round-trip check.")
    boolean noRoundTrip;

    @Option(names = "--no-validate", description = "Skip validating the TEI against teikit's own schema.")
    boolean noValidate;

    @Mixin
    ConversionOptions conversion;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<InputFiles.Input> files;
        try {
            files = InputFiles.expand(inputs, "*.txt");
        } catch (IOException e) {
            err.println("teikit: " + e.getMessage());
            return ExitCode.INPUT_OUTPUT;
        }
        long start = System.nanoTime();
        TextFileConverter.Settings settings = new TextFileConverter.Settings(conversion.toConvertOptions(),
                conversion.encoding, conversion.force, !noRoundTrip, !noValidate);
        Path tei = output.resolve("tei");
        Files.createDirectories(tei);
        ConversionRun.Summary summary = new ConversionRun(new Toolkit(), settings, spec.commandLine().getOut(), err,
                false).run(files, tei);
        spec.commandLine().getOut().printf("build: %d of %d documents converted to %s (%d errors, %d warnings) in %.1f s%n",
                summary.written(), summary.files(), tei, summary.errors(), summary.warnings(),
                (System.nanoTime() - start) / 1e9);
        return summary.exitCode();
    }
}
