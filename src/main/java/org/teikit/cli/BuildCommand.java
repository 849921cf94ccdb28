package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.teikit.io.CollectionMetadata;
import org.teikit.io.InputFiles;
import org.teikit.io.SourceDate;
import org.teikit.io.TextFileConverter;
import org.teikit.transform.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code teikit build}: the editorial run on a whole folder. Converts every text to TEI (round trip
 * checked, validated against teikit's schema), renders each TEI to HTML (with the site index), plain
 * text and PDF, writes the CMIF file, a Dublin Core and a METS record per document and, when asked,
 * the bag of it all; ends with a
 * table of what each step did ({@link BuildRun}).
 */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Build a folder of transcriptions: convert every *.txt below FOLDER to TEI in OUT/tei/ "
                + "(mirroring the tree), check that each TEI renders back to its text, validate it against teikit's "
                + "own schema, publish it (OUT/html/, a site with index.html; OUT/text/; OUT/pdf/), list the letters "
                + "in OUT/letters.cmif.xml (CMIF), describe each document in OUT/dc/ (Dublin Core) and OUT/mets/ (METS "
                + "with its files), and with --bag package it all as a BagIt bag in OUT/bag/.",
            "A document that fails a step is reported and left out of the later steps; the others go on.",
            "Ends with a table: documents, pages, notes, warnings, errors and time of each step."},
        footer = {"%nExamples:", "  teikit build corpus -o out", "  teikit build corpus -o out --bag",
            "  teikit build transcriptions -o out --formats html,text"})
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

    @Option(names = "--formats", split = ",", paramLabel = "FORMAT", defaultValue = "html,text,pdf",
            converter = TransformCommand.FormatConverter.class,
            description = "What the TEI is published as: html, text, fo, pdf, comma-separated (default: ${DEFAULT-VALUE}).")
    List<OutputFormat> formats;

    @Option(names = "--bag", description = "Also package everything as a BagIt 1.0 bag in OUT/bag/.")
    boolean bag;

    @Option(names = "--zip", description = "With --bag: write the bag as OUT/bag.zip instead.")
    boolean zip;

    @Option(names = "--collection", paramLabel = "FILE", description = {"The collection's title, publisher, editor, "
            + "email, url and licence.url, for the CMIF file and the bag (default: collection.properties in the first "
            + "FOLDER).", "Values the documents give themselves need not be repeated there."})
    Path collectionFile;

    @Mixin
    ConversionOptions conversion;

    @Mixin
    JobsOption jobs;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<InputFiles.Input> files;
        Instant sourceDate;
        try {
            sourceDate = SourceDate.from(System.getenv()).orElse(null);
            files = InputFiles.expand(inputs, "*.txt");
        } catch (IllegalArgumentException e) {
            err.println("teikit build: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IOException e) {
            err.println("teikit build: " + e.getMessage());
            return ExitCode.INPUT_OUTPUT;
        }
        if (zip && !bag) {
            err.println("teikit build: --zip serialises the bag: give --bag too");
            return ExitCode.USAGE;
        }
        CollectionMetadata collection;
        Path collectionFile = this.collectionFile != null ? this.collectionFile
                : (Files.isDirectory(inputs.get(0)) ? inputs.get(0) : inputs.get(0).toAbsolutePath().getParent())
                        .resolve(CollectionMetadata.FILE_NAME);
        try {
            collection = CollectionMetadata.read(collectionFile);
        } catch (IOException e) {
            err.println("teikit build: " + e.getMessage());
            return ExitCode.INPUT_OUTPUT;
        }
        long start = System.nanoTime();
        BuildRun run = new BuildRun(output, spec.commandLine().getOut(), err, jobs.jobs(), conversion.force, sourceDate);
        TextFileConverter.Settings settings = new TextFileConverter.Settings(conversion.toConvertOptions(),
                conversion.encoding, conversion.force, !noRoundTrip, !noValidate);
        List<InputFiles.Input> tei = run.convert(files, settings);
        run.publish(tei, formats);
        run.cmif(tei, collection);
        run.dublinCore(tei);
        run.mets(tei);
        if (bag) {
            run.bag(zip, collection);
        }
        return run.finish("build: " + files.size() + " documents from " + String.join(", ",
                inputs.stream().map(Path::toString).toList()) + " into " + output, seconds(start));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
