package org.teikit.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.teikit.TestData;
import org.teikit.Toolkit;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/**
 * The golden cases of {@code corpus/render/}: each {@code input.xml} renders to its reviewed
 * {@code expected.html} (the page's tree as XML, compared with XMLUnit), {@code expected.text} (exact; not
 * {@code .txt}, which {@code teikit build corpus} would take for a transcription)
 * and {@code expected.fo} (XMLUnit). Both sides are serialised alike (indented where Saxon may indent
 * without touching mixed content), so every text node counts, spaces between inline elements too. {@code mvn test -Dgolden.update=true} rewrites the expected files (read the diff before
 * committing); a failing case writes what it got to {@code target/golden-actual/render/}.
 */
class RenderCorpusTest {
    private static final Path CORPUS = TestData.project().resolve("corpus/render");
    private static final Toolkit TOOLKIT = new Toolkit();

    static List<Path> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(d -> Files.exists(d.resolve("input.xml"))).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicContainer> goldenRenderings() throws IOException {
        assertTrue(cases().size() >= 5, "corpus/render holds at least 5 cases");
        return cases().stream().map(dir -> DynamicContainer.dynamicContainer(dir.getFileName().toString(), Stream.of(
                DynamicTest.dynamicTest("html", () -> compareXml(dir, "expected.html", tree(dir, OutputFormat.HTML))),
                DynamicTest.dynamicTest("fo", () -> compareXml(dir, "expected.fo", tree(dir, OutputFormat.FO))),
                DynamicTest.dynamicTest("text", () -> compareText(dir, "expected.text", text(dir))))));
    }

    /**
     * A tree parsed for a stylesheet, its declared whitespace left out while parsing (as {@code teikit
     * transform} parses), renders exactly as the whole tree does through Saxon's own stripping.
     */
    @TestFactory
    Stream<DynamicTest> strippingWhileParsingChangesNothing() throws IOException {
        List<Path> inputs = new java.util.ArrayList<>(cases().stream().map(d -> d.resolve("input.xml")).toList());
        try (Stream<Path> samples = Files.walk(TestData.shared("tei-samples"))) {
            samples.filter(f -> f.toString().endsWith(".xml") && !f.toString().contains("bulk")).sorted().forEach(inputs::add);
        }
        Renderer renderer = TOOLKIT.renderer();
        return inputs.stream().flatMap(input -> Stream.of(OutputFormat.HTML, OutputFormat.FO, OutputFormat.TEXT).map(format ->
                DynamicTest.dynamicTest(format + " " + input.getParent().getFileName() + "/" + input.getFileName(), () -> {
                    byte[] whole = renderer.render(renderer.read(input), format, Map.of(), null);
                    XdmNode stripped = renderer.read(input, Pipeline.of(format), false);
                    assertEquals(new String(whole, StandardCharsets.UTF_8),
                            new String(renderer.render(stripped, format, Map.of(), null), StandardCharsets.UTF_8));
                })));
    }

    private static String tree(Path dir, OutputFormat format) throws IOException, SaxonApiException {
        Renderer renderer = TOOLKIT.renderer();
        XdmNode tei = renderer.read(dir.resolve("input.xml"));
        XdmNode result = renderer.tree(tei, TOOLKIT.stylesheets().get(format.stylesheet()), Map.of(), name -> { });
        StringWriter out = new StringWriter();
        Serializer serializer = TOOLKIT.stylesheets().processor().newSerializer(out);
        serializer.setOutputProperty(Serializer.Property.METHOD, "xml");
        serializer.setOutputProperty(Serializer.Property.INDENT, "yes");
        serializer.serializeNode(result);
        return out + "\n";
    }

    private static String text(Path dir) throws IOException {
        Renderer renderer = TOOLKIT.renderer();
        byte[] text = renderer.render(renderer.read(dir.resolve("input.xml")), OutputFormat.TEXT, Map.of(), null);
        return new String(text, StandardCharsets.UTF_8);
    }

    private static void compareXml(Path dir, String name, String actual) throws IOException {
        Path expected = dir.resolve(name);
        if (update(expected, actual)) {
            return;
        }
        Diff diff = DiffBuilder.compare(expected.toFile()).withTest(actual)
                .checkForIdentical().build();
        if (diff.hasDifferences()) {
            fail(dir.getFileName() + "/" + name + " differs (actual in " + keep(dir, name, actual) + "): " + diff);
        }
    }

    private static void compareText(Path dir, String name, String actual) throws IOException {
        Path expected = dir.resolve(name);
        if (update(expected, actual)) {
            return;
        }
        String wanted = Files.readString(expected, StandardCharsets.UTF_8);
        if (!wanted.equals(actual)) {
            assertEquals(wanted, actual, dir.getFileName() + "/" + name + " differs (actual in " + keep(dir, name, actual) + ")");
        }
    }

    private static boolean update(Path expected, String actual) throws IOException {
        if (!Boolean.getBoolean("golden.update")) {
            return false;
        }
        Files.writeString(expected, actual, StandardCharsets.UTF_8);
        return true;
    }

    private static Path keep(Path dir, String name, String actual) throws IOException {
        Path out = TestData.project().resolve("target/golden-actual/render").resolve(dir.getFileName()).resolve(name);
        Files.createDirectories(out.getParent());
        Files.writeString(out, actual, StandardCharsets.UTF_8);
        return out;
    }
}
