package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.teikit.Toolkit;
import org.teikit.export.CmifHeaderException;
import org.teikit.export.CmifOptions;
import org.teikit.export.CmifResult;
import org.teikit.export.ExportSource;
import org.teikit.io.AtomicFiles;
import org.teikit.io.InputFiles;
import org.teikit.io.SourceDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code teikit export cmif}: the correspondence metadata of TEI documents as one CMIF file. */
@Command(name = "cmif", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"One CMIF 1.1 file (the TEI Correspondence SIG's Correspondence Metadata Interchange Format, "
                + "read by correspSearch) listing the correspDesc of every document, in input order: senders, addressees, "
                + "places, dates, authority URIs. A document without correspondence metadata is reported, never guessed at.",
            "Header values not given are taken from the documents: the title from the edition title they all share "
                + "(titleStmt/title level=\"s\" or \"m\", seriesStmt/title, editionStmt/edition); publishers and editors "
                + "when every document names them (publicationStmt/publisher or authority; titleStmt/editor); the date "
                + "from SOURCE_DATE_EPOCH, else the documents' latest publication or revision date, else their latest "
                + "letter date. --url has no default: it is where you will publish the file. A required value that "
                + "cannot be found is a usage error, never invented."},
        footer = {"%nExamples:",
            "  teikit export cmif tei/ -o cmif.xml --url https://example.org/cmif.xml",
            "  teikit export cmif tei/ -o cmif.xml --url https://example.org/cmif.xml \\",
            "      --title \"Embassy letters\" --publisher \"Office of the Historian\" \\",
            "      --editor \"Jane Doe\" --email jd@example.org"})
final class ExportCmifCommand implements Callable<Integer> {
    /** The option that gives each header value CMIF requires. */
    private static final Map<String, String> OPTIONS = Map.of("title", "--title", "publisher", "--publisher",
            "editor", "--editor", "url", "--url", "date", "SOURCE_DATE_EPOCH", "licence", "--licence-url");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "TEI files or folders.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The CMIF file to write.")
    Path output;

    @Option(names = "--title", paramLabel = "TITLE", description = "Title of the list of letters.")
    String title;

    @Option(names = "--publisher", paramLabel = "NAME", description = "Publisher of the letters' metadata, named in "
            + "CMIF's CC BY attribution (repeatable).")
    List<String> publishers = new ArrayList<>();

    @Option(names = "--editor", paramLabel = "NAME", description = "Contact person for the file (repeatable).")
    List<String> editors = new ArrayList<>();

    @Option(names = "--email", paramLabel = "ADDRESS", description = "The first editor's email address.")
    String email;

    @Option(names = "--url", paramLabel = "URL", description = "Where the file will be published; its identifier.")
    String url;

    @Option(names = "--licence-url", defaultValue = CmifOptions.CC_BY_4, paramLabel = "URL",
            description = "The file's licence (default: ${DEFAULT-VALUE}, which CMIF asks for).")
    String licenceUrl;

    @Option(names = {"-f", "--force"}, description = "Overwrite an existing output file.")
    boolean force;

    @Mixin
    GlobOption glob;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        CmifOptions options;
        try {
            options = CmifOptions.defaults().withTitle(title).withPublishers(publishers).withEditors(editors)
                    .withEmail(email).withUrl(url).withLicenceUrl(licenceUrl).withDate(SourceDate.from(System.getenv()).orElse(null));
        } catch (IllegalArgumentException e) {
            err.println("teikit export cmif: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Toolkit toolkit = new Toolkit();
        List<ExportSource> sources = new ArrayList<>();
        try {
            for (InputFiles.Input input : InputFiles.expand(inputs, glob.pattern())) {
                if (Files.exists(output) && Files.isSameFile(input.file(), output)) {
                    err.println("teikit: note: " + output + " is the output, not read as an input");
                    continue;
                }
                sources.add(new ExportSource(toolkit.renderer().readWithLines(input.file()), input.file().toString()));
            }
        } catch (IOException e) {
            err.println("teikit export cmif: error: [IO-001] " + e.getMessage() + "; nothing written");
            return ExitCode.INPUT_OUTPUT;
        }
        CmifResult result;
        try {
            result = toolkit.cmifExporter().export(sources, options);
        } catch (CmifHeaderException e) {
            e.diagnostics().forEach(err::println);
            if (e.letters() == 0) {
                return nothingToList(err);
            }
            e.missing().forEach(value -> err.println("teikit export cmif: CMIF needs " + CmifHeaderException.explain(value)
                    + "; give " + OPTIONS.get(value)));
            return ExitCode.USAGE;
        }
        result.diagnostics().forEach(err::println);
        if (result.letters() == 0) {
            return nothingToList(err);
        }
        try {
            AtomicFiles.write(output, result.cmif(), force);
        } catch (IOException e) {
            err.println(output + ": error: [IO-001] " + e.getMessage());
            return ExitCode.INPUT_OUTPUT;
        }
        err.printf("listed %d letters from %d documents in %s; %d not listed%n", result.letters(), sources.size(), output,
                result.notListed().size());
        return ExitCode.OK;
    }

    private static int nothingToList(PrintWriter err) {
        err.println("teikit export cmif: no document has correspondence metadata to list; nothing written");
        return ExitCode.PROBLEMS;
    }
}
