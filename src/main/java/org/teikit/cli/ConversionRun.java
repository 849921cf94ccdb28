package org.teikit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.teikit.OrderedParallel;
import org.teikit.Toolkit;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;
import org.teikit.io.InputFiles;
import org.teikit.io.TextFileConverter;

/**
 * Converts the text files of a command, {@code jobs} at a time, reports what it found in input order
 * and works out the exit code.
 */
final class ConversionRun {
    /** What a run did, for the summary line; {@code outputs} are the TEI files written, in input order. */
    record Summary(int files, int written, int warnings, int errors, int exitCode, List<InputFiles.Input> outputs) {
    }

    /** One input with what became of it. */
    private record Converted(InputFiles.Input input, TextFileConverter.Result result) {
    }

    private final TextFileConverter converter;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean verbose;
    private final int jobs;

    ConversionRun(Toolkit toolkit, TextFileConverter.Settings settings, PrintWriter out, PrintWriter err,
            boolean verbose, int jobs) {
        this.converter = new TextFileConverter(toolkit, settings);
        this.out = out;
        this.err = err;
        this.verbose = verbose;
        this.jobs = jobs;
    }

    Summary run(List<InputFiles.Input> inputs, Path outputFolder) {
        int[] counts = new int[3];
        int[] exit = {ExitCode.OK};
        List<InputFiles.Input> outputs = new ArrayList<>();
        List<InputFiles.Input> unique = new ArrayList<>();
        Set<Path> targets = new HashSet<>();
        for (InputFiles.Input input : inputs) {
            Path output = outputFolder.resolve(input.outputStem() + ".xml");
            if (targets.add(output.toAbsolutePath().normalize())) {
                unique.add(input);
            } else {
                err.println(input.file() + ": error: [IO-001] another input of this run writes " + output
                        + " already; this one is skipped (give the inputs different names or folders)");
                counts[2]++;
                exit[0] = ExitCode.INPUT_OUTPUT;
            }
        }
        Progress progress = new Progress(err, unique.size(), "converted", true);
        OrderedParallel.map(unique, jobs,
                input -> new Converted(input, converter.convert(input.file(), outputFolder.resolve(input.outputStem() + ".xml"))),
                converted -> {
                    TextFileConverter.Result result = converted.result();
                    progress.clear();
                    for (Diagnostic d : result.diagnostics()) {
                        err.println(d);
                        counts[1] += d.severity() == Severity.WARNING ? 1 : 0;
                        counts[2] += d.severity() == Severity.ERROR ? 1 : 0;
                    }
                    if (result.written()) {
                        counts[0]++;
                        outputs.add(new InputFiles.Input(result.output(), converted.input().outputStem()));
                        if (verbose) {
                            out.println(result.input() + " -> " + result.output());
                        }
                    }
                    exit[0] = Math.max(exit[0], result.ioFailure() ? ExitCode.INPUT_OUTPUT
                            : result.hasErrors() ? ExitCode.PROBLEMS : ExitCode.OK);
                    progress.step();
                });
        progress.clear();
        err.flush();
        return new Summary(inputs.size(), counts[0], counts[1], counts[2], exit[0], List.copyOf(outputs));
    }
}
