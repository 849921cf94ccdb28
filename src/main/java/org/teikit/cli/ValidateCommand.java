package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.teikit.Toolkit;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;
import org.teikit.io.InputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code teikit validate}: TEI files against a RELAX NG schema (Schematron and reports come later). */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Validate TEI files (folders: every *.xml below) against a RELAX NG schema, XML or "
                + "compact syntax, with Jing. Findings print as path:line:col: error: [CODE] message."},
        footer = {"%nExample:", "  teikit validate --schema ../shared/schemas/tei_all.rng out/"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "TEI files or folders.")
    List<Path> inputs;

    @Option(names = {"-s", "--schema"}, required = true, paramLabel = "SCHEMA", description = "A .rng or .rnc schema.")
    Path schema;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Toolkit toolkit = new Toolkit();
        try {
            toolkit.relaxNg().schema(schema);
            List<InputFiles.Input> files = InputFiles.expand(inputs, ".xml");
            int invalid = 0;
            for (InputFiles.Input file : files) {
                List<Diagnostic> found = toolkit.relaxNg().validate(file.file(), schema);
                found.forEach(out::println);
                invalid += found.stream().anyMatch(d -> d.severity() == Severity.ERROR) ? 1 : 0;
            }
            err.printf("%d of %d files valid against %s%n", files.size() - invalid, files.size(), schema);
            return invalid > 0 ? ExitCode.PROBLEMS : ExitCode.OK;
        } catch (IOException e) {
            err.println("teikit: " + e.getMessage());
            return ExitCode.INPUT_OUTPUT;
        }
    }
}
