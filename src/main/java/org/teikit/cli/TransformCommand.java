package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.time.Instant;
import java.util.concurrent.Callable;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.Toolkit;
import org.teikit.io.AtomicFiles;
import org.teikit.io.InputFiles;
import org.teikit.transform.OutputFormat;
import org.teikit.transform.Renderer;
import org.teikit.transform.SiteIndex;
import org.teikit.transform.pdf.PageSize;
import org.teikit.transform.pdf.PdfOptions;
import org.teikit.transform.pdf.PdfResult;
import picocli.CommandLine.Command;
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
            "  teikit transform tei/ --to html --stylesheet my.xsl --param lang=de -o site"})
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

    @Option(names = "--text-style", defaultValue = "edition", paramLabel = "edition|reading",
            description = "For --to text: edition (page and note markers, notes at the end; default) or reading (text only).")
    String textStyle;

    @Option(names = "--glob", defaultValue = "*.xml", paramLabel = "GLOB", description = "Files taken from folders (default: ${DEFAULT-VALUE}).")
    String glob;

    @Option(names = {"-f", "--force"}, description = "Overwrite existing output files.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!textStyle.equals("edition") && !textStyle.equals("reading")) {
            err.println("teikit transform: --text-style is edition or reading, not " + textStyle);
            return ExitCode.USAGE;
        }
        List<InputFiles.Input> files;
        try {
            files = InputFiles.expand(inputs, glob);
        } catch (IOException e) {
            err.println("teikit transform: " + e.getMessage());
            return ExitCode.INPUT_OUTPUT;
        }
        Toolkit toolkit = new Toolkit();
        if (stylesheet == null) {
            // compiled while the first document is read: most of a short run's start
            toolkit.stylesheets().prepare(format.stylesheet());
            if (format == OutputFormat.HTML) {
                toolkit.stylesheets().prepare(SiteIndex.STYLESHEET);
            }
        }
        Renderer renderer = toolkit.renderer();
        SiteIndex site = new SiteIndex(toolkit.stylesheets());
        Map<String, String> params = new LinkedHashMap<>(parameters);
        if (format == OutputFormat.TEXT) {
            params.putIfAbsent("style", textStyle);
        }
        int exit = ExitCode.OK;
        int written = 0;
        Set<String> generic = new TreeSet<>();
        Progress progress = new Progress(err, files.size(), "rendered", true);
        for (InputFiles.Input input : files) {
            Path target = output.resolve(input.outputStem() + "." + format.extension());
            try {
                XdmNode tei = renderer.read(input.file());
                byte[] result = format == OutputFormat.PDF
                        ? pdf(toolkit, tei, params, input.file().toString(), err, generic)
                        : renderer.render(tei, format, params, stylesheet);
                AtomicFiles.write(target, result, force);
                written++;
                if (format == OutputFormat.HTML) {
                    site.add(tei, output.relativize(target).toString().replace('\\', '/'));
                }
            } catch (IOException e) {
                progress.clear();
                err.println(input.file() + ": error: [IO-001] " + e.getMessage());
                exit = Math.max(exit, ExitCode.INPUT_OUTPUT);
            } catch (IllegalArgumentException | IllegalStateException e) {
                progress.clear();
                err.println(input.file() + ": error: [XSL-001] " + e.getMessage());
                exit = Math.max(exit, ExitCode.PROBLEMS);
            }
            progress.step();
        }
        progress.clear();
        if (format == OutputFormat.HTML && stylesheet == null && !site.isEmpty()) {
            try {
                byte[] index = renderer.render(renderer.fromXom(site.documents()), SiteIndex.STYLESHEET, Map.of());
                AtomicFiles.write(output.resolve("index.html"), index, true);
            } catch (IOException e) {
                err.println(output.resolve("index.html") + ": error: [IO-001] " + e.getMessage());
                exit = Math.max(exit, ExitCode.INPUT_OUTPUT);
            }
        }
        generic.addAll(renderer.unhandledElements());
        if (!generic.isEmpty()) {
            err.println("teikit: note: rendered generically (no rule of their own): " + String.join(", ", generic));
        }
        err.printf("rendered %d of %d documents to %s (%s)%n", written, files.size(), output, format.cliName());
        return exit;
    }

    /** FO laid out by FOP; what it reports (a glyph no font has) is printed, the PDF's generic elements noted. */
    private byte[] pdf(Toolkit toolkit, XdmNode tei, Map<String, String> params, String name, PrintWriter err,
            Set<String> generic) {
        Map<String, String> rest = new LinkedHashMap<>(params);
        String pageSize = rest.remove("page-size");
        PdfOptions options = PdfOptions.defaults().withParameters(rest).withStylesheet(stylesheet)
                .withSourceName(name).withCreationDate(creationDate());
        if (pageSize != null) {
            options = options.withPageSize(PageSize.of(pageSize));
        }
        PdfResult result = toolkit.pdfRenderer().render(tei, options);
        result.diagnostics().forEach(err::println);
        generic.addAll(result.unhandled());
        return result.pdf();
    }

    /** No wall-clock time in outputs: SOURCE_DATE_EPOCH when set, else the epoch. */
    private static Instant creationDate() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        return epoch == null || !epoch.matches("\\d+") ? Instant.EPOCH : Instant.ofEpochSecond(Long.parseLong(epoch));
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return OutputFormat.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
