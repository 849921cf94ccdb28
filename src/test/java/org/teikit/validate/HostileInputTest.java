package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TestData;

/** Hostile input is reported, never obeyed. */
class HostileInputTest {
    private static FileReport validate(Path file) {
        String teiAll = TestData.shared("schemas/tei_all.rng").toString();
        return ValidationFixtures.validate(file, ValidationFixtures.options(List.of(teiAll), List.of(), false));
    }

    @Test
    void billionLaughsIsReportedNotExpanded(@TempDir Path dir) throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE TEI [<!ENTITY l0 \"ha\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        Path file = Files.writeString(dir.resolve("laughs.xml"), dtd + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">&l10;</TEI>");
        FileReport report = validate(file);
        assertEquals(1, ValidationFixtures.count(report, "XML-001"), report.findings().toString());
        assertTrue(report.findings().get(0).message().contains("entity"), report.findings().get(0).message());
    }

    @Test
    void externalEntitiesAreNotFetched(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET CONTENT");
        Path file = Files.writeString(dir.resolve("xxe.xml"), "<!DOCTYPE TEI [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]><TEI xmlns=\"http://www.tei-c.org/ns/1.0\">&x;</TEI>");
        FileReport report = validate(file);
        assertTrue(report.findings().stream().noneMatch(d -> d.message().contains("TOP SECRET")));
        assertFalse(report.passes(org.teikit.diag.Severity.ERROR));
    }

    @Test
    void malformedFileIsAFindingAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("a.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader>");
        Path binary = Files.write(dir.resolve("b.xml"), new byte[] {0, 1, 2, 3, (byte) 0xff});
        String teiAll = TestData.shared("schemas/tei_all.rng").toString();
        ValidationReport report = ValidationFixtures.TOOLKIT.validator(ValidationFixtures.options(List.of(teiAll), List.of(), false))
                .validate(List.of(broken, binary), r -> { });
        assertEquals(2, report.files().size());
        assertEquals(List.of("XML-001"), report.files().get(0).findings().stream().map(d -> d.code()).distinct().toList());
        assertEquals(1, report.files().get(0).findings().get(0).position().line());
        assertEquals("XML-001", report.files().get(1).findings().get(0).code());
    }
}
