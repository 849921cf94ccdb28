package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;

/** ISO Schematron as schemas use it: include, let, diagnostics, roles, phases, xslt1 binding. */
class SchematronFeaturesTest {
    private static final String DOC = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>\n<p n=\"1\">a</p>\n"
            + "<p>b</p>\n</body></text></TEI>";

    @Test
    void includeLetDiagnosticsRolesAndXslt1(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("part.sch"), "<pattern xmlns=\"http://purl.oclc.org/dsdl/schematron\" id=\"numbers\">"
                + "<rule context=\"tei:p\"><let name=\"n\" value=\"@n\"/><assert test=\"$n\" id=\"p-n\" role=\"warning\" "
                + "diagnostics=\"why\">paragraph without n</assert></rule></pattern>");
        Path sch = Files.writeString(dir.resolve("main.sch"), "<schema xmlns=\"http://purl.oclc.org/dsdl/schematron\" "
                + "queryBinding=\"xslt\"><ns prefix=\"tei\" uri=\"http://www.tei-c.org/ns/1.0\"/>"
                + "<let name=\"count\" value=\"count(//tei:p)\"/><include href=\"part.sch\"/>"
                + "<pattern id=\"total\"><rule context=\"tei:body\"><report test=\"$count = 2\" id=\"two\" role=\"info\">"
                + "two paragraphs</report></rule></pattern>"
                + "<diagnostics><diagnostic id=\"why\">numbered paragraphs can be cited</diagnostic></diagnostics></schema>");
        Path doc = Files.writeString(dir.resolve("d.xml"), DOC);
        FileReport report = ValidationFixtures.validate(doc, ValidationFixtures.options(List.of(), List.of(sch.toString()), false));
        List<Diagnostic> findings = report.findings();
        Diagnostic warning = findings.stream().filter(d -> d.code().equals("SCH-p-n")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals("paragraph without n (numbered paragraphs can be cited)", warning.message());
        assertEquals(3, warning.position().line());
        assertEquals("/TEI[1]/text[1]/body[1]/p[2]", warning.elementPath());
        assertEquals(Severity.INFO, findings.stream().filter(d -> d.code().equals("SCH-two")).findFirst().orElseThrow().severity());
        var adaptations = ValidationFixtures.TOOLKIT.schematron().compile(sch.toUri(), null).adaptations();
        assertTrue(adaptations.stream().anyMatch(d -> d.code().equals("SCH-ADAPT-QUERYBINDING")), adaptations.toString());
    }

    @Test
    void phasesSelectPatterns(@TempDir Path dir) throws Exception {
        Path sch = Files.writeString(dir.resolve("p.sch"), "<schema xmlns=\"http://purl.oclc.org/dsdl/schematron\" "
                + "queryBinding=\"xslt3\" defaultPhase=\"quick\"><ns prefix=\"tei\" uri=\"http://www.tei-c.org/ns/1.0\"/>"
                + "<phase id=\"quick\"><active pattern=\"a\"/></phase><phase id=\"full\"><active pattern=\"a\"/>"
                + "<active pattern=\"b\"/></phase><pattern id=\"a\"><rule context=\"tei:body\"><report test=\"true()\" "
                + "id=\"ra\">a</report></rule></pattern><pattern id=\"b\"><rule context=\"tei:body\"><report "
                + "test=\"true()\" id=\"rb\">b</report></rule></pattern></schema>");
        Path doc = Files.writeString(dir.resolve("d.xml"), DOC);
        var quick = ValidationFixtures.validate(doc, ValidationFixtures.options(List.of(), List.of(sch.toString()), false));
        assertEquals(List.of("SCH-ra"), quick.findings().stream().map(Diagnostic::code).toList());
        var full = ValidationFixtures.validate(doc, new ValidationOptions(List.of(), List.of(sch.toString()), "full", false,
                false, List.of(), null, 1));
        assertEquals(List.of("SCH-ra", "SCH-rb"), full.findings().stream().map(Diagnostic::code).toList());
    }
}
