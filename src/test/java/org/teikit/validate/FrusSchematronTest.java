package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TestData;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;

/**
 * The Office of the Historian's frus.rnc + frus.sch, which SchXslt2 alone refuses (top-level extends
 * of whole schemas, a global let declared twice, xs: undeclared), run offline on their own encoding
 * of Document 247, wrapped as a TEI document.
 */
class FrusSchematronTest {
    private static String wrapped(String footnoteId) throws Exception {
        String fragment = TestData.read(TestData.shared("corpus/frus1981-88v05-d247.tei.xml"));
        String div = fragment.substring(fragment.indexOf("<div"));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" "
                + "xmlns:frus=\"http://history.state.gov/frus/ns/1.0\" xml:id=\"frus1981-88v05\"><teiHeader><fileDesc>"
                + "<titleStmt><title type=\"complete\">Test</title></titleStmt><publicationStmt><p>x</p></publicationStmt>"
                + "<sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader><text><body>"
                + div.replace("xml:id=\"d247fn3\"", "xml:id=\"" + footnoteId + "\"") + "</body></text></TEI>";
    }

    private static FileReport validate(Path file) {
        String rnc = TestData.shared("schemas/frus/frus.rnc").toString();
        String sch = TestData.shared("schemas/frus/frus.sch").toString();
        return ValidationFixtures.validate(file, ValidationFixtures.options(List.of(rnc), List.of(sch), false));
    }

    @Test
    void runsOfflineAndNamesTheRuleThatWantsTheNetwork(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("frus1981-88v05.xml"), wrapped("d247fn3"));
        FileReport report = validate(file);
        List<Diagnostic> network = report.findings().stream().filter(d -> d.code().equals("SCH-NETWORK")).toList();
        assertEquals(1, network.size(), report.findings().toString());
        assertTrue(network.get(0).message().startsWith("let $vol-ids reaches for the network"), network.get(0).message());
        assertEquals(Severity.WARNING, network.get(0).severity());
        assertEquals(List.of(), report.findings().stream().filter(d -> d.code().equals("IO-SCHEMA")
                || d.code().equals("SCH-RULE-ERROR")).toList());
        assertTrue(report.findings().stream().anyMatch(d -> d.code().startsWith("SCH-") && d.position().line() > 0),
                "Schematron findings carry lines");
    }

    @Test
    void brokenFootnoteIdGetsFrusSchOwnMessage(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("frus1981-88v05.xml"), wrapped("d247fn3"));
        Files.createDirectories(dir.resolve("broken"));
        Path bad = Files.writeString(dir.resolve("broken/frus1981-88v05.xml"), wrapped("d248fn3"));
        String mismatch = "Footnote ID mismatch. Document ID portion of footnote @xml:id 'd248fn3' must match its "
                + "document's @xml:id 'd247'.";
        assertTrue(validate(good).findings().stream().noneMatch(d -> d.message().startsWith("Footnote ID mismatch")));
        List<Diagnostic> found = validate(bad).findings().stream().filter(d -> d.message().equals(mismatch)).toList();
        assertEquals(1, found.size());
        assertEquals("frus.sch", found.get(0).source());
        assertTrue(found.get(0).position().line() > 0);
    }

    @Test
    void adaptationsAreReportedNotFatal() throws Exception {
        var compiled = ValidationFixtures.TOOLKIT.schematron()
                .compile(TestData.shared("schemas/frus/frus.sch").toUri(), null);
        var codes = ValidationFixtures.codes(compiled.adaptations());
        assertEquals(4L, codes.get("SCH-ADAPT-EXTENDS"));
        assertEquals(1L, codes.get("SCH-ADAPT-LET"));
        assertEquals(1L, codes.get("SCH-ADAPT-NS"));
    }
}
