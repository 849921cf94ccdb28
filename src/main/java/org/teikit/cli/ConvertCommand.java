package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.teikit.Toolkit;
import org.teikit.diag.Diagnostic;
import org.teikit.io.InputDecodingException;
import org.teikit.io.InputFiles;
import org.teikit.io.TextDecoder;
import org.teikit.io.TextFileConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code teikit convert}: plain text to TEI. */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Convert archival documents typed as plain text (FRUS web-text conventions by default) "
                + "into TEI P5.",
            "INPUT is a file or a folder (every *.txt below it; the output mirrors the tree); '-' reads "
                + "standard input and writes the TEI to standard output. Output: OUTDIR/NAME.xml, written "
                + "atomically; existing files are kept unless --force. Warnings name file:line:col."},
        footer = {"%nExamples:",
            "  teikit convert frus1981-88v05-d247.txt -o out",
            "  teikit convert transcriptions/ -o tei --check-roundtrip",
            "  teikit convert --note-marker '\\[(?<n>\\d+)\\]' --page-marker '\\|(?<n>\\d+)\\|' letter.txt -o out",
            "  cat doc.txt | teikit convert - > doc.xml"})
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Text files or folders, or - for stdin.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUTDIR", description = "Folder for the TEI files.")
    Path output;

    @Option(names = "--check-roundtrip",
            description = "Render each result back to text and report any difference from the input "
                    + "(up to trailing whitespace): proof that nothing was lost.")
    boolean checkRoundTrip;

    @Option(names = "--no-validate",
            description = "Do not validate the TEI written against teikit's own schema (schemas/teikit.rng + teikit.sch).")
    boolean noValidate;

    @Option(names = {"-v", "--verbose"}, description = "Print each file written.")
    boolean verbose;

    @Mixin
    ConversionOptions conversion;

    @Mixin
    JobsOption jobs;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Toolkit toolkit = new Toolkit();
        TextFileConverter.Settings settings = new TextFileConverter.Settings(conversion.toConvertOptions(),
                conversion.encoding, conversion.force, checkRoundTrip, !noValidate);
        if (inputs.size() == 1 && inputs.get(0).toString().equals("-")) {
            return convertStandardInput(toolkit, settings, err);
        }
        if (output == null) {
            err.println("teikit convert: needs -o OUTDIR (or '-' as the only input, to write to standard output)");
            return ExitCode.USAGE;
        }
        List<InputFiles.Input> files;
        try {
            files = InputFiles.expand(inputs, "*.txt");
        } catch (IOException e) {
            err.println("teikit: " + e.getMessage());
            return ExitCode.INPUT_OUTPUT;
        }
        ConversionRun.Summary summary = new ConversionRun(toolkit, settings, spec.commandLine().getOut(), err, verbose, jobs.jobs())
                .run(files, output);
        err.printf("converted %d of %d documents to %s (%d errors, %d warnings)%n", summary.written(), summary.files(),
                output, summary.errors(), summary.warnings());
        return summary.exitCode();
    }

    private static int convertStandardInput(Toolkit toolkit, TextFileConverter.Settings settings, PrintWriter err)
            throws IOException {
        String text;
        try {
            text = new TextDecoder(settings.encoding()).decode(System.in.readAllBytes(), "<stdin>");
        } catch (InputDecodingException e) {
            err.println("teikit: " + e.getMessage());
            return ExitCode.INPUT_OUTPUT;
        }
        TextFileConverter.Outcome outcome = new TextFileConverter(toolkit, settings)
                .convertText(text, "<stdin>", settings.options());
        outcome.diagnostics().forEach(err::println);
        if (outcome.tei() != null) {
            System.out.write(outcome.tei());
            System.out.flush();
        }
        boolean errors = outcome.diagnostics().stream().anyMatch(d -> d.severity() == org.teikit.diag.Severity.ERROR);
        return errors ? ExitCode.PROBLEMS : ExitCode.OK;
    }
}
