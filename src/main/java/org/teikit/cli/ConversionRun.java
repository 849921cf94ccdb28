package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.teikit.Toolkit;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;
import org.teikit.io.InputFiles;
import org.teikit.io.TextFileConverter;

/** Converts the text files of a command, reports what it found and works out the exit code. */
final class ConversionRun {
    /** What a run did, for the summary line. */
    record Summary(int files, int written, int warnings, int errors, int exitCode) {
    }

    private final TextFileConverter converter;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean verbose;

    ConversionRun(Toolkit toolkit, TextFileConverter.Settings settings, PrintWriter out, PrintWriter err,
            boolean verbose) {
        this.converter = new TextFileConverter(toolkit, settings);
        this.out = out;
        this.err = err;
        this.verbose = verbose;
    }

    Summary run(List<InputFiles.Input> inputs, Path outputFolder) {
        int written = 0;
        int warnings = 0;
        int errors = 0;
        int exit = ExitCode.OK;
        Progress progress = new Progress(err, inputs.size(), "converted", true);
        java.util.Set<Path> outputs = new java.util.HashSet<>();
        for (InputFiles.Input input : inputs) {
            Path output = outputFolder.resolve(input.outputStem() + ".xml");
            if (!outputs.add(output.toAbsolutePath().normalize())) {
                progress.clear();
                err.println(input.file() + ": error: [IO-001] another input of this run writes " + output
                        + " already; this one is skipped (give the inputs different names or folders)");
                errors++;
                exit = Math.max(exit, ExitCode.INPUT_OUTPUT);
                continue;
            }
            TextFileConverter.Result result = converter.convert(input.file(), output);
            progress.clear();
            for (Diagnostic d : result.diagnostics()) {
                err.println(d);
                warnings += d.severity() == Severity.WARNING ? 1 : 0;
                errors += d.severity() == Severity.ERROR ? 1 : 0;
            }
            if (result.written()) {
                written++;
                if (verbose) {
                    out.println(input.file() + " -> " + output);
                }
            }
            exit = Math.max(exit, result.ioFailure() ? ExitCode.INPUT_OUTPUT
                    : result.hasErrors() ? ExitCode.PROBLEMS : ExitCode.OK);
            progress.step();
        }
        progress.clear();
        err.flush();
        return new Summary(inputs.size(), written, warnings, errors, exit);
    }
}
