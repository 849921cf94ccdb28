package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.teikit.OrderedParallel;
import org.teikit.Toolkit;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;
import org.teikit.export.DocumentFiles;
import org.teikit.export.DublinCoreResult;
import org.teikit.export.ExportSource;
import org.teikit.export.MetsOptions;
import org.teikit.io.AtomicFiles;
import org.teikit.io.InputFiles;

/**
 * The exports made one file per document (Dublin Core, METS), for {@code export dc}, {@code export mets}
 * and {@code build} alike: {@code jobs} documents at a time, each one's messages printed in input order.
 */
final class DocumentExports {
    /** What a run did: records written, findings, the exit code. */
    record Summary(int documents, int written, int warnings, int errors, int exitCode) {
    }

    /** One document's result, made on a worker thread. */
    private record Outcome(boolean written, List<String> messages, int warnings, int errors, int exitCode) {
        static Outcome failed(String message, int exitCode) {
            return new Outcome(false, List.of(message), 0, 1, exitCode);
        }
    }

    private final Toolkit toolkit;
    private final int jobs;
    private final PrintWriter err;

    DocumentExports(Toolkit toolkit, int jobs, PrintWriter err) {
        this.toolkit = toolkit;
        this.jobs = jobs;
        this.err = err;
    }

    /** {@code folder/NAME.xml} per TEI file, NAME its place below its input folder. */
    Summary dublinCore(List<InputFiles.Input> tei, Path folder, boolean force) {
        return run(tei, input -> {
            Path target = folder.resolve(input.outputStem() + ".xml");
            try {
                if (Files.exists(target) && Files.isSameFile(input.file(), target)) {
                    throw new IOException(target + " is the input; choose another output folder");
                }
                DublinCoreResult result = toolkit.dublinCoreExporter().export(
                        new ExportSource(toolkit.renderer().readWithLines(input.file()), input.file().toString()));
                AtomicFiles.write(target, result.dc(), force);
                List<Diagnostic> found = result.diagnostics();
                return new Outcome(true, found.stream().map(Diagnostic::toString).toList(), count(found, Severity.WARNING),
                        count(found, Severity.ERROR), ExitCode.OK);
            } catch (IOException e) {
                return Outcome.failed(input.file() + ": error: [IO-001] " + e.getMessage(), ExitCode.INPUT_OUTPUT);
            }
        });
    }

    /** {@code folder/NAME.mets.xml} per document, binding the files it has. */
    Summary mets(List<DocumentFiles> documents, Path folder, MetsOptions options) {
        return run(documents, document -> {
            try {
                toolkit.metsExporter().export(document, folder, options);
                return new Outcome(true, List.of(), 0, 0, ExitCode.OK);
            } catch (IOException e) {
                return Outcome.failed(document.tei() + ": error: [IO-001] " + e.getMessage(), ExitCode.INPUT_OUTPUT);
            } catch (IllegalArgumentException | IllegalStateException e) {
                return Outcome.failed(document.tei() + ": error: [MET-001] " + e.getMessage(), ExitCode.PROBLEMS);
            }
        });
    }

    private <T> Summary run(List<T> documents, Function<T, Outcome> work) {
        int[] counts = new int[4];
        OrderedParallel.map(documents, jobs, work, outcome -> {
            outcome.messages().forEach(err::println);
            counts[0] += outcome.written() ? 1 : 0;
            counts[1] += outcome.warnings();
            counts[2] += outcome.errors();
            counts[3] = Math.max(counts[3], outcome.exitCode());
        });
        return new Summary(documents.size(), counts[0], counts[1], counts[2], counts[3]);
    }

    private static int count(List<Diagnostic> diagnostics, Severity severity) {
        return (int) diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
