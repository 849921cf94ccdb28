package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TestData;

/** Which schema applies: xml-model instructions, catalogs, a local TEI folder for the canonical URLs. */
class SchemaDiscoveryTest {
    private static final String TEI_URL = "https://tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng";
    private static final String BODY = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt>"
            + "<title>t</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc>"
            + "</fileDesc></teiHeader><text><body><p>x<persname>y</persname></p></body></text></TEI>";

    private static String xmlModel(String href, String typens) {
        return "<?xml-model href=\"" + href + "\" schematypens=\"" + typens + "\"?>\n";
    }

    private static ValidationOptions discovery(List<Path> catalogs, Path teiSchemas) {
        return new ValidationOptions(List.of(), List.of(), null, false, false, catalogs, teiSchemas, 1);
    }

    @Test
    void xmlModelNamesRelaxNgAndSchematron(@TempDir Path dir) throws Exception {
        Path sch = Files.writeString(dir.resolve("rules.sch"), "<schema xmlns=\"http://purl.oclc.org/dsdl/schematron\" "
                + "queryBinding=\"xslt2\"><ns prefix=\"tei\" uri=\"http://www.tei-c.org/ns/1.0\"/><pattern><rule "
                + "context=\"tei:body//tei:p\"><report test=\"true()\" id=\"p-seen\" role=\"info\">a paragraph</report></rule>"
                + "</pattern></schema>");
        Path doc = Files.writeString(dir.resolve("doc.xml"), xmlModel(TestData.shared("schemas/tei_all.rng").toUri().toString(),
                "http://relaxng.org/ns/structure/1.0") + xmlModel("rules.sch", "http://purl.oclc.org/dsdl/schematron") + BODY);
        FileReport report = ValidationFixtures.validate(doc, discovery(List.of(), null));
        assertEquals(List.of("tei_all.rng", "rules.sch"), report.schemas());
        assertEquals(1, ValidationFixtures.count(report, "RNG-001"));
        assertEquals(1, ValidationFixtures.count(report, "SCH-p-seen"));
        var rng = report.findings().stream().filter(d -> d.code().equals("RNG-001")).findFirst().orElseThrow();
        assertEquals("did you mean \"persName\"?", rng.hint());
        assertEquals("/TEI[1]/text[1]/body[1]/p[1]/persname[1]", rng.elementPath());
    }

    @Test
    void canonicalTeiUrlReadFromLocalFolder(@TempDir Path dir) throws Exception {
        Path doc = Files.writeString(dir.resolve("doc.xml"), xmlModel(TEI_URL, "http://relaxng.org/ns/structure/1.0") + BODY);
        Path teiFolder = TestData.shared("schemas");
        FileReport report = ValidationFixtures.validate(doc, discovery(List.of(), teiFolder));
        assertEquals(1, ValidationFixtures.count(report, "RNG-001"), report.findings().toString());
        FileReport offline = ValidationFixtures.validate(doc, discovery(List.of(), null));
        assertTrue(offline.findings().stream().anyMatch(d -> d.code().equals("IO-SCHEMA")
                && d.message().contains("network access is off")), offline.findings().toString());
    }

    @Test
    void catalogMapsASchemaUri(@TempDir Path dir) throws Exception {
        Path catalog = Files.writeString(dir.resolve("catalog.xml"), "<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">"
                + "<uri name=\"http://example.org/schemas/tei.rng\" uri=\"" + TestData.shared("schemas/tei_all.rng").toUri() + "\"/></catalog>");
        Path doc = Files.writeString(dir.resolve("doc.xml"), xmlModel("http://example.org/schemas/tei.rng",
                "http://relaxng.org/ns/structure/1.0") + BODY);
        FileReport report = ValidationFixtures.validate(doc, discovery(List.of(catalog), null));
        assertEquals(1, ValidationFixtures.count(report, "RNG-001"), report.findings().toString());
    }

    @Test
    void bundledCatalogResolvesTeikitsOwnSchema(@TempDir Path dir) throws Exception {
        Path doc = Files.writeString(dir.resolve("doc.xml"), xmlModel("https://teikit.org/schemas/teikit.rng",
                "http://relaxng.org/ns/structure/1.0") + BODY);
        FileReport report = ValidationFixtures.validate(doc, discovery(List.of(), null));
        assertEquals(List.of("teikit.rng"), report.schemas());
        assertTrue(report.findings().stream().noneMatch(d -> d.code().startsWith("IO-")), report.findings().toString());
        assertTrue(ValidationFixtures.count(report, "RNG-001") > 0, "the sample is no teikit output");
    }
}
