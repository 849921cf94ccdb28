package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.teikit.Toolkit;
import org.teikit.diag.Severity;
import org.teikit.io.AtomicFiles;
import org.teikit.io.InputFiles;
import org.teikit.validate.TeiValidator;
import org.teikit.validate.ValidationOptions;
import org.teikit.validate.ValidationReport;
import org.teikit.validate.report.ReportFormat;
import org.teikit.validate.report.StreamedReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code teikit validate}: RELAX NG and Schematron, one report, for people and for CI. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Validate TEI files (folders: every file matching --glob below them) against RELAX NG "
                + "(Jing) and ISO Schematron (SchXslt2 on Saxon-HE), with one report.",
            "Schemas: --schema/--schematron when given; otherwise each document's <?xml-model?> instructions; "
                + "otherwise teikit's own schema (schemas/teikit.rng + teikit.sch). Schematron embedded in a RELAX "
                + "NG schema runs too. Offline: URIs resolve through XML catalogs; a rule that reaches for the "
                + "network is reported, not obeyed."},
        footer = {"%nExamples:",
            "  teikit validate out/",
            "  teikit validate --schema ../shared/schemas/tei_all.rng --format junit --report junit.xml tei/",
            "  teikit validate --schema frus.rnc --schematron frus.sch --format sarif --report teikit.sarif volume.xml"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "TEI files or folders.")
    List<Path> inputs;

    @Option(names = {"-s", "--schema"}, paramLabel = "SCHEMA", description = "A RELAX NG schema (.rng, .rnc), a path or a URI.")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--schematron", paramLabel = "SCH", description = "An ISO Schematron schema (.sch).")
    List<String> schematrons = new ArrayList<>();

    @Option(names = "--phase", paramLabel = "PHASE", description = "Schematron phase (default: each schema's defaultPhase, else all).")
    String phase;

    @Option(names = "--no-embedded-schematron", description = "Do not run the Schematron embedded in RELAX NG schemas.")
    boolean noEmbeddedSchematron;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "Report format: text (default), json, junit, sarif, github.")
    String format;

    @Option(names = {"-r", "--report"}, paramLabel = "FILE", description = "Write the report to FILE (atomically) instead of standard output.")
    Path report;

    @Mixin
    JobsOption jobs;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "error|warning",
            description = "Lowest severity that fails the run (exit 1); default: ${DEFAULT-VALUE}.")
    String failOn;

    @Mixin
    GlobOption glob;

    @Option(names = "--catalog", paramLabel = "CATALOG", description = "An XML catalog to resolve schema URIs (repeatable).")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--tei-schemas", paramLabel = "DIR",
            description = "A folder with TEI release schemas (tei_all.rng ...) for the canonical TEI URLs.")
    Path teiSchemas;

    @Option(names = "--allow-network", description = "Let Schematron rules load documents from the network.")
    boolean allowNetwork;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary on standard error.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat reportFormat;
        Severity threshold;
        try {
            reportFormat = ReportFormat.ofCliName(format.toLowerCase(Locale.ROOT));
            threshold = Severity.valueOf(failOn.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("teikit validate: " + e.getMessage().replace("No enum constant org.teikit.diag.Severity.",
                    "unknown severity for --fail-on: "));
            return ExitCode.USAGE;
        }
        List<Path> files;
        try {
            files = InputFiles.expand(inputs, glob.pattern()).stream().map(InputFiles.Input::file).toList();
        } catch (IOException e) {
            err.println("teikit validate: " + e.getMessage());
            return ExitCode.INPUT_OUTPUT;
        }
        ValidationOptions options = new ValidationOptions(schemas, schematrons, phase, !noEmbeddedSchematron,
                allowNetwork, catalogs, teiSchemas, jobs.jobs());
        TeiValidator validator = new Toolkit().validator(options);
        Progress progress = new Progress(err, files.size(), "validated", !quiet);
        PrintWriter out = spec.commandLine().getOut();
        // text and GitHub annotations on stdout are written as the files are done, the others at the end
        StreamedReport streamed = report == null && reportFormat.writer() instanceof StreamedReport s ? s : null;
        ValidationReport result;
        try {
            result = validator.validate(files, file -> {
                if (streamed != null && !file.findings().isEmpty()) {
                    progress.clear();
                    try {
                        streamed.writeFile(file, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    out.flush();
                }
                progress.step();
            });
            progress.clear();
            if (!quiet) {
                validator.schemaNotes().forEach(n -> err.println("teikit: note: " + n.message() + " [" + n.code()
                        + "] (" + n.position() + ")"));
            }
            if (streamed != null) {
                streamed.writeEnd(result, out);
                out.flush();
            } else {
                writeReport(reportFormat, result);
            }
        } catch (IOException | UncheckedIOException e) {
            err.println("teikit validate: cannot write the report: " + e.getMessage());
            return ExitCode.INPUT_OUTPUT;
        }
        boolean unreadable = result.files().stream().flatMap(f -> f.findings().stream())
                .anyMatch(d -> d.code().startsWith("IO-"));
        if (!quiet && (report != null || reportFormat != ReportFormat.TEXT)) {
            err.printf("%d files: %d valid, %d invalid; %d errors, %d warnings%n", files.size(),
                    files.size() - result.failedFiles(Severity.ERROR), result.failedFiles(Severity.ERROR),
                    result.count(Severity.ERROR), result.count(Severity.WARNING));
        }
        err.flush();
        if (unreadable) {
            return ExitCode.INPUT_OUTPUT;
        }
        return result.failedFiles(threshold) > 0 ? ExitCode.PROBLEMS : ExitCode.OK;
    }

    private void writeReport(ReportFormat reportFormat, ValidationReport result) throws IOException {
        if (report == null) {
            PrintWriter out = spec.commandLine().getOut();
            reportFormat.writer().write(result, out);
            out.flush();
            return;
        }
        StringWriter text = new StringWriter();
        reportFormat.writer().write(result, text);
        AtomicFiles.write(report, text.toString().getBytes(StandardCharsets.UTF_8), true);
    }
}
