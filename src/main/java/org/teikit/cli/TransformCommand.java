package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.teikit.Toolkit;
import org.teikit.io.InputFiles;
import org.teikit.io.PipelineFile;
import org.teikit.io.SourceDate;
import org.teikit.transform.OutputFormat;
import org.teikit.transform.Pipeline;
import org.teikit.transform.PublishOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code teikit transform}: TEI to HTML, plain text, XSL-FO and PDF. */
@Command(name = "transform", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Publish TEI: HTML pages (a folder becomes a site with an index.html), plain text (the "
                + "reading edition, or --text-style reading for text alone), XSL-FO, or PDF laid out by Apache FOP.",
            "Any TEI P5 renders; elements a stylesheet renders generically are listed once at the end of the run."},
        footer = {"%nExamples:",
            "  teikit transform out/tei --to html -o site",
            "  teikit transform d247.xml --to pdf -o pdf",
            "  teikit transform tei/ --to text --text-style reading -o text",
            "  teikit transform tei/ --to html --stylesheet my.xsl --param lang=de -o site",
            "  teikit transform tei/ --to html --pipeline steps.xml -o site"})
final class TransformCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "TEI files or folders.")
    List<Path> inputs;

    @Option(names = {"-t", "--to"}, required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "html, text, fo or pdf.")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTDIR", description = "Folder for the results.")
    Path output;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A stylesheet parameter (repeatable).")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--stylesheet", paramLabel = "XSL", description = "Your own XSLT 3.0 stylesheet instead of teikit's.")
    Path stylesheet;

    @Option(names = "--pipeline", paramLabel = "FILE", description = {"XSLT steps run one after another, from a small "
            + "XML file: <pipeline xmlns=\"urn:teikit:pipeline\"><step stylesheet=\"fix.xsl\"><param name=\"a\" "
            + "value=\"b\"/></step><step stylesheet=\"teikit:html\"/></pipeline>. Stylesheet paths are relative "
            + "to the file; teikit:html, teikit:text and teikit:fo are teikit's own. For --to pdf the last step "
            + "makes the FO."})
    Path pipeline;

    @Mixin
    JobsOption jobs;

    @Option(names = "--text-style", defaultValue = "edition", paramLabel = "edition|reading",
            description = "For --to text: edition (page and note markers, notes at the end; default) or reading (text only).")
    String textStyle;

    @Mixin
    GlobOption glob;

    @Option(names = {"-f", "--force"}, description = "Overwrite existing output files.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!textStyle.equals("edition") && !textStyle.equals("reading")) {
            err.println("teikit transform: --text-style is edition or reading, not " + textStyle);
            return ExitCode.USAGE;
        }
        if (stylesheet != null && pipeline != null) {
            err.println("teikit transform: --stylesheet or --pipeline, not both (a pipeline names its stylesheets)");
            return ExitCode.USAGE;
        }
        List<InputFiles.Input> files;
        Pipeline steps;
        try {
            files = InputFiles.expand(inputs, glob.pattern());
            steps = pipeline != null ? PipelineFile.read(pipeline) : stylesheet != null ? Pipeline.of(stylesheet) : null;
        } catch (IOException e) {
            err.println("teikit transform: " + e.getMessage());
            return ExitCode.INPUT_OUTPUT;
        }
        Map<String, String> params = new LinkedHashMap<>(parameters);
        if (format == OutputFormat.TEXT) {
            params.putIfAbsent("style", textStyle);
        }
        Instant creationDate;
        try {
            // no wall-clock time in outputs: SOURCE_DATE_EPOCH when set, else the epoch
            creationDate = SourceDate.from(System.getenv()).orElse(Instant.EPOCH);
        } catch (IllegalArgumentException e) {
            err.println("teikit transform: " + e.getMessage());
            return ExitCode.USAGE;
        }
        PublishOptions options = PublishOptions.of(format).withPipeline(steps).withParameters(params)
                .withCreationDate(creationDate);
        PublishRun.Summary summary = new PublishRun(new Toolkit(), options, force, jobs.jobs(), err).run(files, output);
        if (!summary.unhandled().isEmpty()) {
            err.println("teikit: note: rendered generically (no rule of their own): " + String.join(", ", summary.unhandled()));
        }
        err.printf("rendered %d of %d documents to %s (%s)%n", summary.written(), summary.files(), output, format.cliName());
        return summary.exitCode();
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return OutputFormat.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
