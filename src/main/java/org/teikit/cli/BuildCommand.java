package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.teikit.Toolkit;
import org.teikit.io.InputFiles;
import org.teikit.io.TextFileConverter;
import org.teikit.transform.OutputFormat;
import org.teikit.transform.PublishOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code teikit build}: the editorial run on a whole folder. Converts every text to TEI (round trip
 * checked, validated against teikit's schema), renders each TEI to HTML (with the site index), plain
 * text and PDF, and ends with a table of what each step did. A document that fails a step is
 * reported and left out of the later steps; the others go on.
 */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Build a folder of transcriptions: convert every *.txt below FOLDER to TEI in OUT/tei/ "
                + "(mirroring the tree), check that each TEI renders back to its text, validate it against teikit's "
                + "own schema, and publish it: OUT/html/ (a site with index.html), OUT/text/ and OUT/pdf/.",
            "Ends with a table: documents, pages, notes, warnings, errors and time of each step."},
        footer = {"%nExamples:", "  teikit build corpus -o out", "  teikit build transcriptions -o out --formats html,text"})
final class BuildCommand implements Callable<Integer> {
    /** Where each output goes under OUT. */
    private static final Map<OutputFormat, String> FOLDERS = Map.of(OutputFormat.HTML, "html", OutputFormat.TEXT, "text",
            OutputFormat.FO, "fo", OutputFormat.PDF, "pdf");

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

    @Option(names = "--formats", split = ",", paramLabel = "FORMAT", defaultValue = "html,text,pdf",
            converter = TransformCommand.FormatConverter.class,
            description = "What the TEI is published as: html, text, fo, pdf, comma-separated (default: ${DEFAULT-VALUE}).")
    List<OutputFormat> formats;

    @Mixin
    ConversionOptions conversion;

    @Mixin
    JobsOption jobs;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        List<InputFiles.Input> files;
        try {
            files = InputFiles.expand(inputs, "*.txt");
        } catch (IOException e) {
            err.println("teikit build: " + e.getMessage());
            return ExitCode.INPUT_OUTPUT;
        }
        long start = System.nanoTime();
        Toolkit toolkit = new Toolkit();
        SummaryTable table = new SummaryTable();
        TextFileConverter.Settings settings = new TextFileConverter.Settings(conversion.toConvertOptions(),
                conversion.encoding, conversion.force, !noRoundTrip, !noValidate);
        long step = System.nanoTime();
        ConversionRun.Summary converted = new ConversionRun(toolkit, settings, out, err, false, jobs.jobs())
                .run(files, output.resolve("tei"));
        int exit = converted.exitCode();
        List<InputFiles.Input> tei = converted.outputs();
        double convertSeconds = seconds(step);
        List<SummaryTable.Row> publishing = new ArrayList<>();
        PublishRun.Summary first = null;
        Set<String> generic = new TreeSet<>();
        for (OutputFormat format : new LinkedHashSet<>(formats)) {
            step = System.nanoTime();
            PublishOptions options = PublishOptions.of(format).withCreationDate(TransformCommand.creationDate());
            PublishRun.Summary published = new PublishRun(toolkit, options, conversion.force, jobs.jobs(), err)
                    .run(tei, output.resolve(FOLDERS.get(format)));
            exit = Math.max(exit, published.exitCode());
            generic.addAll(published.unhandled());
            first = first == null ? published : first;
            publishing.add(new SummaryTable.Row(format.cliName(), published.written(),
                    format == OutputFormat.PDF ? published.pages() : -1, -1, published.warnings(), published.errors(),
                    seconds(step)));
        }
        // the TEI's pages and notes, as the first publishing step read them
        table.add(new SummaryTable.Row("convert", converted.written(), first == null ? -1 : first.teiPages(),
                first == null ? -1 : first.notes(), converted.warnings(), converted.errors(), convertSeconds));
        publishing.forEach(table::add);
        if (!generic.isEmpty()) {
            err.println("teikit: note: rendered generically (no rule of their own): " + String.join(", ", generic));
        }
        err.flush();
        out.printf("build: %d documents from %s into %s%n", files.size(), String.join(", ", inputs.stream()
                .map(Path::toString).toList()), output);
        table.print(out, seconds(start));
        return exit;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
