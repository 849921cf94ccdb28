package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.teikit.Toolkit;
import org.teikit.export.BagOptions;
import org.teikit.export.BagResult;
import org.teikit.export.BagVerification;
import org.teikit.io.SourceDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code teikit export bag}: a BagIt bag of a build output or a folder of TEI, and its verification. */
@Command(name = "bag", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"A BagIt 1.0 bag (RFC 8493) of a build output or a folder of TEI files: the TEI, its renderings "
                + "and a METS file per document under data/ (the build layout kept), SHA-256 manifests and tag "
                + "manifests, bag-info.txt from the documents. The same folder gives the same bytes; the bag is "
                + "built beside BAGDIR and renamed into place.",
            "--verify BAGDIR checks that every file is there with its checksum and names each bad, missing or "
                + "extra file (exit 1 when any)."},
        footer = {"%nExamples:", "  teikit export bag out -o out/bag", "  teikit export bag out -o edition-2026 --zip --sha512",
            "  teikit export bag tei/ -o bag --info Contact-Name='A. Editor'", "  teikit export bag --verify out/bag"})
final class ExportBagCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FOLDER", description = "A build output or a folder of TEI files.")
    Path folder;

    @Option(names = {"-o", "--output"}, paramLabel = "BAGDIR", description = "The bag folder to write.")
    Path output;

    @Option(names = "--verify", paramLabel = "BAGDIR", description = "Verify this bag instead of writing one.")
    Path verify;

    @Option(names = "--zip", description = "Write BAGDIR.zip (unpacking to BAGDIR/) instead of the folder.")
    boolean zip;

    @Option(names = "--sha512", description = "SHA-512 manifests as well as SHA-256.")
    boolean sha512;

    @Option(names = {"-i", "--info"}, paramLabel = "LABEL=VALUE",
            description = "A bag-info.txt field, replacing the one made from the documents (repeatable).")
    Map<String, String> info = new LinkedHashMap<>();

    @Option(names = {"-f", "--force"}, description = "Replace an existing bag.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (verify != null) {
            if (folder != null || output != null) {
                err.println("teikit export bag: --verify BAGDIR takes no FOLDER and no --output");
                return ExitCode.USAGE;
            }
            return verify(err);
        }
        if (folder == null || output == null) {
            err.println("teikit export bag: give FOLDER and -o BAGDIR, or --verify BAGDIR");
            return ExitCode.USAGE;
        }
        BagOptions options;
        try {
            Instant sourceDate = SourceDate.from(System.getenv()).orElse(null);
            options = new BagOptions(sha512, zip, force, sourceDate, info);
        } catch (IllegalArgumentException e) {
            err.println("teikit export bag: " + e.getMessage());
            return ExitCode.USAGE;
        }
        try {
            BagResult result = new Toolkit().bagWriter().write(folder, output, options);
            if (!result.leftOut().isEmpty()) {
                err.println("teikit: note: not in the bag (outside the build layout): "
                        + String.join(", ", result.leftOut().stream().map(Path::toString).toList()));
            }
            err.printf("bagged %d documents (%d files, %d bytes) in %s%n", result.documents(), result.payloadFiles(),
                    result.payloadBytes(), result.bag());
            return ExitCode.OK;
        } catch (IOException e) {
            err.println("teikit export bag: " + e.getMessage());
            return ExitCode.INPUT_OUTPUT;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("teikit export bag: error: [MET-001] " + e.getMessage());
            return ExitCode.PROBLEMS;
        }
    }

    private int verify(PrintWriter err) {
        PrintWriter out = spec.commandLine().getOut();
        BagVerification verification;
        try {
            verification = new Toolkit().bagVerifier().verify(verify);
        } catch (IOException e) {
            err.println("teikit export bag: " + e.getMessage());
            return ExitCode.INPUT_OUTPUT;
        }
        verification.problems().forEach(out::println);
        if (verification.isValid()) {
            out.printf("%s: valid bag (%d checksums verified)%n", verify, verification.checksums());
            return ExitCode.OK;
        }
        out.printf("%s: invalid bag (%d problems)%n", verify, verification.problems().size());
        return ExitCode.PROBLEMS;
    }
}
