package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.teikit.OrderedParallel;
import org.teikit.Toolkit;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;
import org.teikit.io.AtomicFiles;
import org.teikit.io.InputFiles;
import org.teikit.transform.OutputFormat;
import org.teikit.transform.Publication;
import org.teikit.transform.PublishOptions;
import org.teikit.transform.Publisher;
import org.teikit.transform.SiteIndex;

/**
 * Publishes the TEI files of a command into one folder, {@code jobs} at a time, and reports in input
 * order; HTML made by teikit's own stylesheet gets the site's {@code index.html}.
 */
final class PublishRun {
    /** What a run did: for the summary line and the exit code. */
    record Summary(int files, int written, int pages, int teiPages, int notes, int warnings, int errors, int exitCode,
            Set<String> unhandled) {
    }

    /** One document's result, made on a worker thread and reported on the caller's. */
    private record Outcome(Publication publication, List<String> messages, int exitCode) {
    }

    private final Toolkit toolkit;
    private final Publisher publisher;
    private final boolean force;
    private final int jobs;
    private final PrintWriter err;

    PublishRun(Toolkit toolkit, PublishOptions options, boolean force, int jobs, PrintWriter err) {
        this.toolkit = toolkit;
        if (options.pipeline() == null) {
            // compiled while the first document is read: most of a short run's start
            toolkit.stylesheets().prepare(options.format().stylesheet());
            if (options.format() == OutputFormat.HTML) {
                toolkit.stylesheets().prepare(SiteIndex.STYLESHEET);
            }
        }
        this.publisher = new Publisher(toolkit.renderer(), toolkit::pdfRenderer, new SiteIndex(toolkit.stylesheets()), options);
        this.force = force;
        this.jobs = jobs;
        this.err = err;
    }

    Summary run(List<InputFiles.Input> inputs, Path folder) {
        OutputFormat format = publisher.options().format();
        Progress progress = new Progress(err, inputs.size(), "rendered (" + format.cliName() + ")", true);
        int[] counts = new int[6];
        int[] exit = {ExitCode.OK};
        Set<String> unhandled = new TreeSet<>();
        List<SiteIndex.Entry> entries = new ArrayList<>();
        OrderedParallel.map(inputs, jobs, input -> publish(input, folder), outcome -> {
            progress.clear();
            outcome.messages().forEach(err::println);
            exit[0] = Math.max(exit[0], outcome.exitCode());
            Publication publication = outcome.publication();
            if (publication != null) {
                counts[0]++;
                counts[1] += publication.pages();
                counts[4] += publication.entry().pages();
                counts[5] += publication.entry().notes();
                entries.add(publication.entry());
                unhandled.addAll(publication.unhandled());
                for (Diagnostic d : publication.diagnostics()) {
                    counts[2] += d.severity() == Severity.WARNING ? 1 : 0;
                    counts[3] += d.severity() == Severity.ERROR ? 1 : 0;
                }
            } else {
                counts[3]++;
            }
            progress.step();
        });
        progress.clear();
        if (format == OutputFormat.HTML && publisher.options().pipeline() == null && !entries.isEmpty()) {
            exit[0] = Math.max(exit[0], writeIndex(entries, folder));
        }
        return new Summary(inputs.size(), counts[0], counts[1], counts[4], counts[5], counts[2], counts[3], exit[0], unhandled);
    }

    private Outcome publish(InputFiles.Input input, Path folder) {
        OutputFormat format = publisher.options().format();
        Path target = folder.resolve(input.outputStem() + "." + format.extension());
        String href = folder.relativize(target).toString().replace('\\', '/');
        try {
            Publication publication = publisher.publish(input.file(), href);
            AtomicFiles.write(target, publication.content(), force);
            List<String> messages = publication.diagnostics().stream().map(Diagnostic::toString).toList();
            boolean errors = publication.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
            return new Outcome(publication, messages, errors ? ExitCode.PROBLEMS : ExitCode.OK);
        } catch (IOException e) {
            return new Outcome(null, List.of(input.file() + ": error: [IO-001] " + e.getMessage()), ExitCode.INPUT_OUTPUT);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return new Outcome(null, List.of(input.file() + ": error: [XSL-001] " + e.getMessage()), ExitCode.PROBLEMS);
        }
    }

    private int writeIndex(List<SiteIndex.Entry> entries, Path folder) {
        Path index = folder.resolve("index.html");
        try {
            var renderer = toolkit.renderer();
            byte[] page = renderer.render(renderer.fromXom(SiteIndex.documents(entries)), SiteIndex.STYLESHEET, java.util.Map.of());
            AtomicFiles.write(index, page, force);
            return ExitCode.OK;
        } catch (IOException e) {
            err.println(index + ": error: [IO-001] " + e.getMessage());
            return ExitCode.INPUT_OUTPUT;
        }
    }
}
