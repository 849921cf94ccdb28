package org.teikit.validate.report;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.teikit.TestData;
import org.teikit.validate.ValidationReport;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

class JUnitReportTest {
    private final String xml = SampleReport.write(ReportFormat.JUNIT);

    @Test
    void isValidAgainstAntsJUnitXsd() throws Exception {
        Schema ant = schema("JUnit.xsd");
        assertDoesNotThrow(() -> validate(ant, xml));
        // the schema is strict enough to notice a missing attribute it requires
        assertThrows(SAXException.class, () -> validate(ant, xml.replace(" hostname=\"localhost\"", "")));
    }

    @Test
    void isValidAgainstJenkinsJUnit10Xsd() throws Exception {
        Schema jenkins = schema("junit-10.xsd");
        assertDoesNotThrow(() -> validate(jenkins, xml));
        assertThrows(SAXException.class, () -> validate(jenkins, xml.replace(" tests=\"4\"", "")));
    }

    @Test
    void anEmptyReportIsValidToo() throws Exception {
        String empty = SampleReport.write(new JUnitReport(), new ValidationReport(List.of()));
        assertDoesNotThrow(() -> validate(schema("JUnit.xsd"), empty));
        assertDoesNotThrow(() -> validate(schema("junit-10.xsd"), empty));
    }

    @Test
    void oneTestCasePerFileFailingOnErrors() throws Exception {
        Element suite = (Element) parse(xml).getElementsByTagName("testsuite").item(0);
        assertEquals("teikit validate", suite.getAttribute("name"));
        assertEquals("4", suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"));
        assertEquals("1.251", suite.getAttribute("time"));
        assertEquals("1970-01-01T00:00:00", suite.getAttribute("timestamp"));
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(4, cases.getLength());
        Element brief = (Element) cases.item(1);
        assertEquals(SampleReport.BRIEF, brief.getAttribute("name"));
        assertEquals("1.234", brief.getAttribute("time"));
        Element failure = (Element) brief.getElementsByTagName("failure").item(0);
        assertEquals("2 errors", failure.getAttribute("message"));
        String text = SampleReport.write(new TextReport(), new ValidationReport(List.of(SampleReport.REPORT.files().get(1))));
        assertEquals(text.substring(0, text.lastIndexOf("1 file:")), failure.getTextContent(),
                "all findings of the file, as the text report prints them");
        assertEquals(0, ((Element) cases.item(0)).getElementsByTagName("failure").getLength(), "a valid file passes");
        assertEquals(0, ((Element) cases.item(2)).getElementsByTagName("failure").getLength(), "warnings do not fail");
        Element control = (Element) ((Element) cases.item(3)).getElementsByTagName("failure").item(0);
        assertEquals("1 error", control.getAttribute("message"));
        assertTrue(control.getTextContent().contains("bad character \\u0007 in <p>"), control.getTextContent());
    }

    @Test
    void warningsAndNotesGoToSystemOut() throws Exception {
        String out = parse(xml).getElementsByTagName("system-out").item(0).getTextContent();
        assertEquals(List.of(
                SampleReport.BRIEF + ":7:1: warning: [SCH-date] date \"1981-13-01\" is no date:",
                "  month 13 > 12",
                "  (source: frus.sch)",
                SampleReport.BRIEF + ":9:0: info: [CNV-010] Grüße, Straße: ümlaut",
                "odd,name:100%.xml:2:3: warning: [RNG-003] attribute 'n' is empty"), out.lines().toList());
    }

    @Test
    void timestampIsTheGivenTimeInUtcWithoutZone() throws Exception {
        String stamped = SampleReport.write(new JUnitReport(Instant.ofEpochSecond(1_700_000_000L)), SampleReport.REPORT);
        assertEquals("2023-11-14T22:13:20", ((Element) parse(stamped).getElementsByTagName("testsuite").item(0)).getAttribute("timestamp"));
        assertDoesNotThrow(() -> validate(schema("JUnit.xsd"), stamped));
    }

    // the JDK's own factory: the Xerces that Jing brings along knows no JAXP access properties
    private static Schema schema(String name) throws SAXException {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file");
        return factory.newSchema(TestData.shared("schemas/formats/junit/" + name).toFile());
    }

    private static void validate(Schema schema, String document) throws Exception {
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.validate(new StreamSource(new StringReader(document)));
    }

    private static Document parse(String document) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(document)));
    }
}
