package org.teikit;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nu.xom.Document;
import org.teikit.convert.Conversion;
import org.teikit.convert.ConvertOptions;
import org.teikit.convert.PlainTextConverter;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;

/**
 * Where tests find the project and the shared data beside it. Shared data missing is a failure on
 * CI (where it is always laid out) and a skip, naming the path, elsewhere.
 */
public final class TestData {
    private TestData() {
    }

    public static Path project() {
        return Path.of(System.getProperty("teikit.project", ".")).toAbsolutePath().normalize();
    }

    public static Path shared(String relative) {
        Path path = Path.of(System.getProperty("teikit.shared", "../shared")).resolve(relative).toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            if (System.getenv("CI") != null) {
                fail("shared test data missing: " + path);
            }
            assumeTrue(false, "shared test data missing: " + path);
        }
        return path;
    }

    public static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    public static Conversion convert(String text) {
        return new PlainTextConverter(ConvertOptions.defaults()).convert(text, "test.txt");
    }

    public static Document tei(String text) {
        return convert(text).tei();
    }

    public static List<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::code).toList();
    }

    /** Grammar errors only: a test that wants validity asserts this is empty. */
    public static List<Diagnostic> errors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }
}
