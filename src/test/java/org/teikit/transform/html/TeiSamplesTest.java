package org.teikit.transform.html;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.teikit.TestData;

/**
 * Real TEI from other projects (../shared/tei-samples, without bulk/) and teikit's own converter
 * corpus: each renders without error to a page that holds together, and the elements that fall to
 * the generic rendering are listed in the test log.
 */
class TeiSamplesTest {
    /** Elements the stylesheet renders on purpose: none of them may ever be reported as unhandled. */
    private static final Set<String> HANDLED = Set.of("TEI", "text", "body", "front", "back", "div", "head", "p", "ab", "lg",
            "l", "sp", "speaker", "stage", "list", "item", "label", "table", "row", "cell", "quote", "q", "cit", "floatingText",
            "opener", "closer", "dateline", "salute", "signed", "seg", "hi", "emph", "title", "foreign", "persName", "placeName",
            "orgName", "name", "rs", "date", "term", "gloss", "ref", "ptr", "lb", "pb", "cb", "milestone", "note", "figure",
            "graphic", "gap", "unclear", "supplied", "choice", "abbr", "expan", "sic", "corr", "add", "del", "space", "fw",
            "castList", "castItem", "epigraph", "bibl", "listBibl", "listPerson", "person", "anchor", "c", "postscript");

    private static List<Path> samples() throws IOException {
        Path folder = TestData.shared("tei-samples");
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".xml") && !folder.relativize(f).startsWith("bulk")).sorted().toList();
        }
    }

    @Test
    void everySampleRendersToAPageThatHoldsTogether() throws Exception {
        List<Path> samples = samples();
        assertEquals(9, samples.size(), "the samples of ../shared/tei-samples/README.md");
        TreeMap<String, List<String>> unhandled = new TreeMap<>();
        for (Path sample : samples) {
            String name = sample.getFileName().toString();
            Rendered page = Rendered.file(sample);
            int breaks = pageBreaksInText(sample);
            assertAll(name,
                    () -> assertEquals(List.of(), page.problems()),
                    () -> assertEquals(1, page.count("/h:html/h:body/h:header/h:h1")),
                    () -> assertEquals(1, page.count("/h:html/h:body/h:main")),
                    () -> assertFalse(page.string("/h:html/@lang").isEmpty()),
                    () -> assertEquals(breaks, page.count("//h:a[tokenize(@class) = 'pb']"), "a marker for every pb"),
                    () -> assertEquals(page.count("//h:a[@class = 'noteref']"),
                            page.count("//h:a[@class = 'backref'][substring(@href, 2) = //h:a[@class = 'noteref']/@id]"),
                            "every note link has its way back"),
                    () -> assertTrue(page.messages().stream().allMatch(m -> m.startsWith("teikit:unhandled ")), page.messages()::toString),
                    () -> assertEquals(List.of(), page.unhandled().stream().filter(HANDLED::contains).toList()));
            page.unhandled().forEach(element -> unhandled.computeIfAbsent(element, e -> new ArrayList<>()).add(name));
        }
        System.out.println("Elements rendered generically in tei-samples (" + unhandled.size() + "):");
        unhandled.forEach((element, files) -> System.out.println("  " + element + "  " + files));
    }

    @Test
    void teikitsOwnOutputIsRenderedWithoutAGenericElement() throws Exception {
        List<Path> expected;
        try (Stream<Path> files = Files.walk(TestData.project().resolve("corpus/convert"))) {
            expected = files.filter(f -> f.getFileName().toString().equals("expected.xml")).sorted().toList();
        }
        assertFalse(expected.isEmpty());
        for (Path tei : expected) {
            Rendered page = Rendered.file(tei);
            String name = tei.getParent().getFileName().toString();
            assertAll(name,
                    () -> assertEquals(List.of(), page.messages()),
                    () -> assertEquals(List.of(), page.problems()),
                    () -> assertEquals(pageBreaksInText(tei), page.count("//h:a[@class = 'pb']")),
                    () -> assertEquals(notesWithMarkers(tei), page.count("//h:a[@class = 'noteref']")));
        }
    }

    private static int pageBreaksInText(Path tei) throws Exception {
        return (int) evaluate(tei, "count(//tei:pb[not(ancestor::tei:teiHeader | ancestor::tei:facsimile | ancestor::tei:standOff)])");
    }

    /** teikit's notes: all have a marker but those not anchored and those standing between blocks. */
    private static int notesWithMarkers(Path tei) throws Exception {
        return (int) evaluate(tei, "count(//tei:text//tei:note[not(@anchored = 'false')][not(parent::tei:div)])");
    }

    private static long evaluate(Path tei, String xpath) throws Exception {
        XdmNode document = Rendered.PROCESSOR.newDocumentBuilder().build(new StreamSource(tei.toFile()));
        XPathCompiler compiler = Rendered.PROCESSOR.newXPathCompiler();
        compiler.declareNamespace("tei", Rendered.TEI);
        return Long.parseLong(compiler.evaluateSingle(xpath, document).getStringValue());
    }
}
