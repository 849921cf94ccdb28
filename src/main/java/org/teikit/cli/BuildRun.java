package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.teikit.Toolkit;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;
import org.teikit.export.BagOptions;
import org.teikit.export.BagResult;
import org.teikit.export.BuildLayout;
import org.teikit.export.CmifHeaderException;
import org.teikit.export.CmifOptions;
import org.teikit.export.CmifResult;
import org.teikit.export.DocumentFiles;
import org.teikit.export.ExportSource;
import org.teikit.export.FileKind;
import org.teikit.export.MetsOptions;
import org.teikit.io.AtomicFiles;
import org.teikit.io.CollectionMetadata;
import org.teikit.io.InputFiles;
import org.teikit.io.TextFileConverter;
import org.teikit.transform.OutputFormat;
import org.teikit.transform.PublishOptions;

/**
 * The steps of {@code teikit build} on one output folder, in order: convert, publish, CMIF, Dublin
 * Core, METS, bag.
 * Each step takes the documents the steps before it produced, reports in input order and adds a
 * row to the summary table; a failed document is left out of the later steps.
 */
final class BuildRun {
    /** Where each published format goes under OUT (the layout the exports read). */
    private static final Map<OutputFormat, String> FOLDERS = Map.of(OutputFormat.HTML, FileKind.HTML.folder(),
            OutputFormat.TEXT, FileKind.TEXT.folder(), OutputFormat.FO, "fo", OutputFormat.PDF, FileKind.PDF.folder());

    private final Toolkit toolkit = new Toolkit();
    private final BuildLayout layout;
    private final PrintWriter out;
    private final PrintWriter err;
    private final int jobs;
    private final boolean force;
    /** SOURCE_DATE_EPOCH, or null: the documents' own dates then, and the epoch in PDFs. */
    private final Instant sourceDate;
    private final SummaryTable table = new SummaryTable();
    private final Set<String> generic = new TreeSet<>();
    private int exitCode = ExitCode.OK;

    BuildRun(Path output, PrintWriter out, PrintWriter err, int jobs, boolean force, Instant sourceDate) {
        this.layout = new BuildLayout(output);
        this.out = out;
        this.err = err;
        this.jobs = jobs;
        this.force = force;
        this.sourceDate = sourceDate;
    }

    /** Converts the texts to {@code OUT/tei/}; returns the TEI files written. */
    List<InputFiles.Input> convert(List<InputFiles.Input> texts, TextFileConverter.Settings settings) {
        long start = System.nanoTime();
        ConversionRun.Summary converted = new ConversionRun(toolkit, settings, out, err, false, jobs)
                .run(texts, layout.folder(FileKind.TEI));
        exitCode = Math.max(exitCode, converted.exitCode());
        pending = new SummaryTable.Row("convert", converted.written(), -1, -1, converted.warnings(), converted.errors(),
                seconds(start));
        return converted.outputs();
    }

    /** The convert row waits for the TEI's pages and notes, which the first publishing step counts. */
    private SummaryTable.Row pending;

    void publish(List<InputFiles.Input> tei, List<OutputFormat> formats) {
        List<SummaryTable.Row> rows = new ArrayList<>();
        for (OutputFormat format : new LinkedHashSet<>(formats)) {
            long start = System.nanoTime();
            PublishOptions options = PublishOptions.of(format)
                    .withCreationDate(sourceDate != null ? sourceDate : Instant.EPOCH);
            PublishRun.Summary published = new PublishRun(toolkit, options, force, jobs, err)
                    .run(tei, layout.root().resolve(FOLDERS.get(format)));
            exitCode = Math.max(exitCode, published.exitCode());
            generic.addAll(published.unhandled());
            if (pending != null) {
                pending = new SummaryTable.Row(pending.step(), pending.documents(), published.teiPages(), published.notes(),
                        pending.warnings(), pending.errors(), pending.seconds());
            }
            rows.add(new SummaryTable.Row(format.cliName(), published.written(),
                    format == OutputFormat.PDF ? published.pages() : -1, -1, published.warnings(), published.errors(),
                    seconds(start)));
        }
        addPending();
        rows.forEach(table::add);
    }

    /**
     * The CMIF file of the letters, {@code OUT/letters.cmif.xml}. Header values no document gives
     * come from the collection; when CMIF still lacks one, the file is left out with a warning.
     */
    void cmif(List<InputFiles.Input> tei, CollectionMetadata collection) {
        addPending();
        long start = System.nanoTime();
        Path target = layout.root().resolve(BuildLayout.CMIF_FILE);
        List<ExportSource> sources = new ArrayList<>();
        for (InputFiles.Input input : tei) {
            try {
                sources.add(new ExportSource(toolkit.renderer().readWithLines(input.file()), input.file().toString()));
            } catch (IOException e) {
                report(input.file() + ": error: [IO-001] " + e.getMessage(), ExitCode.INPUT_OUTPUT);
            }
        }
        CmifOptions options = CmifOptions.defaults().withTitle(collection.title()).withPublishers(collection.publishers())
                .withEditors(collection.editors()).withEmail(collection.email()).withUrl(collection.url())
                .withDate(sourceDate);
        if (collection.licenceUrl() != null) {
            options = options.withLicenceUrl(collection.licenceUrl());
        }
        int[] found = new int[2];
        int letters = 0;
        try {
            CmifResult result = toolkit.cmifExporter().export(sources, options);
            result.diagnostics().forEach(d -> count(d, found));
            letters = result.letters();
            if (letters > 0) {
                AtomicFiles.write(target, result.cmif(), force);
            }
        } catch (CmifHeaderException e) {
            e.diagnostics().forEach(d -> count(d, found));
            e.missing().forEach(value -> err.println(target + ": warning: [EXP-CMIF-010] not written: CMIF needs "
                    + CmifHeaderException.explain(value) + "; give " + value + " in " + CollectionMetadata.FILE_NAME));
            found[0] += e.missing().size();
        } catch (IOException e) {
            report(target + ": error: [IO-001] " + e.getMessage(), ExitCode.INPUT_OUTPUT);
            found[1]++;
        }
        table.add(new SummaryTable.Row("cmif", letters, -1, -1, found[0], found[1], seconds(start)));
    }

    /** A Dublin Core record per document, {@code OUT/dc/NAME.xml}. */
    void dublinCore(List<InputFiles.Input> tei) {
        addPending();
        long start = System.nanoTime();
        add("dc", exports().dublinCore(tei, layout.folder(FileKind.DC), force), start);
    }

    /** A METS file per document of OUT/tei/, binding the renderings that exist. */
    void mets(List<InputFiles.Input> tei) {
        addPending();
        long start = System.nanoTime();
        List<DocumentFiles> documents = tei.stream().map(t -> layout.document(t.outputStem())).toList();
        add("mets", exports().mets(documents, layout.metsFolder(), new MetsOptions(sourceDate, force)), start);
    }

    private DocumentExports exports() {
        return new DocumentExports(toolkit, jobs, err);
    }

    private void add(String step, DocumentExports.Summary summary, long start) {
        exitCode = Math.max(exitCode, summary.exitCode());
        table.add(new SummaryTable.Row(step, summary.written(), -1, -1, summary.warnings(), summary.errors(), seconds(start)));
    }

    /** The bag of the whole output, {@code OUT/bag/} (or {@code OUT/bag.zip}). */
    void bag(boolean zip, CollectionMetadata collection) {
        addPending();
        long start = System.nanoTime();
        Path bag = layout.root().resolve(BuildLayout.BAG_FOLDER);
        Map<String, String> info = new java.util.LinkedHashMap<>();
        if (!collection.publishers().isEmpty()) {
            info.put("Source-Organization", String.join("; ", collection.publishers()));
        }
        if (!collection.editors().isEmpty()) {
            info.put("Contact-Name", String.join("; ", collection.editors()));
        }
        if (collection.email() != null) {
            info.put("Contact-Email", collection.email());
        }
        try {
            BagResult result = toolkit.bagWriter().write(layout.root(), bag,
                    new BagOptions(false, zip, force, sourceDate, info));
            table.add(new SummaryTable.Row("bag", result.documents(), -1, -1, 0, 0, seconds(start)));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            err.println(bag + ": error: [BAG-000] the bag was not written: " + e.getMessage());
            exitCode = Math.max(exitCode, e instanceof IOException ? ExitCode.INPUT_OUTPUT : ExitCode.PROBLEMS);
            table.add(new SummaryTable.Row("bag", 0, -1, -1, 0, 1, seconds(start)));
        }
    }

    /** Prints the generic elements, then the table; returns the run's exit code. */
    int finish(String heading, double seconds) {
        addPending();
        if (!generic.isEmpty()) {
            err.println("teikit: note: rendered generically (no rule of their own): " + String.join(", ", generic));
        }
        err.flush();
        out.println(heading);
        table.print(out, seconds);
        return exitCode;
    }

    private void count(Diagnostic d, int[] found) {
        err.println(d);
        found[0] += d.severity() == Severity.WARNING ? 1 : 0;
        found[1] += d.severity() == Severity.ERROR ? 1 : 0;
    }

    private void report(String message, int code) {
        err.println(message);
        exitCode = Math.max(exitCode, code);
    }

    private void addPending() {
        if (pending != null) {
            table.add(pending);
            pending = null;
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
