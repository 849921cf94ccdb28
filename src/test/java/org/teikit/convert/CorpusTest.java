package org.teikit.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.teikit.TestData;
import org.teikit.Toolkit;
import org.teikit.io.TeiSerializer;
import org.teikit.transform.RoundTrip;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/**
 * The golden cases of {@code corpus/convert/}: each {@code input.txt} converts to its reviewed
 * {@code expected.xml}, renders back to itself, and is valid against tei_all.
 * {@code mvn test -Dgolden.update=true} rewrites the expected files (read the diff before committing);
 * a failing case writes what it got to {@code target/golden-actual/}.
 */
class CorpusTest {
    private static final Path CORPUS = TestData.project().resolve("corpus/convert");
    private static Toolkit toolkit;

    @BeforeAll
    static void setUp() {
        toolkit = new Toolkit();
    }

    static List<Path> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(d -> Files.exists(d.resolve("input.txt"))).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> goldenFiles() throws IOException {
        assertTrue(cases().size() >= 12, "corpus/convert holds at least 12 cases");
        return cases().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> golden(dir)));
    }

    private void golden(Path dir) throws IOException {
        String input = TestData.read(dir.resolve("input.txt"));
        Conversion conversion = TestData.convert(input);
        assertTrue(conversion.succeeded());
        byte[] actual = TeiSerializer.toBytes(conversion.tei());
        Path expected = dir.resolve("expected.xml");
        if (Boolean.getBoolean("golden.update")) {
            Files.write(expected, actual);
            return;
        }
        Diff diff = DiffBuilder.compare(expected.toFile()).withTest(new String(actual, StandardCharsets.UTF_8))
                .checkForIdentical().build();
        if (diff.hasDifferences()) {
            Path out = TestData.project().resolve("target/golden-actual").resolve(dir.getFileName()).resolve("expected.xml");
            Files.createDirectories(out.getParent());
            Files.write(out, actual);
            fail(dir.getFileName() + ": differs from expected.xml (actual in " + out + "): " + diff);
        }
    }

    @TestFactory
    Stream<DynamicTest> roundTrips() throws IOException {
        return cases().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            String input = TestData.read(dir.resolve("input.txt"));
            String rendered = toolkit.textRenderer().render(TestData.tei(input));
            var difference = RoundTrip.compare(input, rendered, dir.getFileName() + "/input.txt");
            assertTrue(difference.isEmpty(), () -> difference.get().toString());
        }));
    }

    /** Valid against teikit's own schema and, as its subset, against tei_all. */
    @TestFactory
    Stream<DynamicTest> validAgainstProjectSchemaAndTeiAll() throws IOException {
        Path teiAll = TestData.shared("schemas/tei_all.rng");
        Path teikit = TestData.project().resolve("schemas/teikit.rng");
        return cases().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            var tei = TestData.tei(TestData.read(dir.resolve("input.txt")));
            String name = dir.getFileName().toString();
            assertEquals(List.of(), TestData.errors(toolkit.relaxNg().validate(tei, teikit, name)), "teikit.rng");
            assertEquals(List.of(), TestData.errors(toolkit.relaxNg().validate(tei, teiAll, name)), "tei_all.rng");
        }));
    }
}
