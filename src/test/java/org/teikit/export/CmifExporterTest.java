package org.teikit.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.export.ExportFixtures.TOOLKIT;
import static org.teikit.export.ExportFixtures.value;
import static org.teikit.export.ExportFixtures.values;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Toolkit;
import org.teikit.diag.Diagnostic;

/**
 * {@code CmifExporter}: the CMIF of teikit's golden TEI, of real letters from other projects and of
 * the fixtures is valid against CMIF's RELAX NG and Schematron without a finding; letters carry the
 * documents' senders, addressees, places, dates and authority URIs; what cannot be listed is
 * reported by code; header values come from the options or the documents, else are refused; the
 * bytes depend on neither the clock nor the run.
 */
class CmifExporterTest {
    private static final CmifOptions OPTIONS = CmifOptions.defaults().withTitle("Letters").withPublishers(List.of("teikit"))
            .withEditors(List.of("Jane Doe")).withEmail("jane@example.org").withUrl("https://example.org/letters.cmif.xml")
            .withDate(Instant.ofEpochSecond(1_000_000_000));
    private static final String SENT = "/tei:correspAction[@type = 'sent']";
    private static final String RECEIVED = "/tei:correspAction[@type = 'received']";

    private static CmifResult export(List<Path> files, CmifOptions options) {
        return TOOLKIT.cmifExporter().export(ExportFixtures.sources(files), options);
    }

    /** The listed letter whose @key is given. */
    private static String letter(String key) {
        return "//tei:correspDesc[@key = '" + key + "']";
    }

    /** The documents each code names, in order. */
    private static Map<String, List<String>> byCode(List<Diagnostic> diagnostics) {
        return diagnostics.stream().collect(Collectors.groupingBy(Diagnostic::code, TreeMap::new,
                Collectors.mapping(d -> d.position().file(), Collectors.toList())));
    }

    @Test
    void corpusGivesValidCmif(@TempDir Path dir) throws Exception {
        CmifResult result = export(ExportFixtures.corpusDocuments(), OPTIONS);
        assertEquals(List.of(), ExportFixtures.validateCmif(result.cmif(), dir));
        assertEquals(9, result.letters());
        XdmNode cmif = ExportFixtures.parse(result.cmif());
        assertEquals("Senator Charles W. Redmond", value(cmif, letter("d87") + SENT + "/tei:persName"));
        assertEquals("Washington", value(cmif, letter("d87") + SENT + "/tei:placeName"));
        assertEquals("1978-03-09", value(cmif, letter("d87") + SENT + "/tei:date/@when"));
        assertEquals("Secretary of State Vance", value(cmif, letter("d87") + RECEIVED + "/tei:persName"));
        assertEquals("Embassy in Poland", value(cmif, letter("d214") + SENT + "/tei:orgName"));
        assertEquals("1986-11-14", value(cmif, letter("d214") + SENT + "/tei:date/@when"), "a date-time is shortened to its day");
        assertEquals("2001-09-09T01:46:40Z", value(cmif, "//tei:publicationStmt/tei:date/@when"));
        assertEquals("https://example.org/letters.cmif.xml", value(cmif, "//tei:publicationStmt/tei:idno[@type = 'url']"));
        assertEquals(CmifOptions.CC_BY_4, value(cmif, "//tei:licence/@target"));
        assertEquals("jane@example.org", value(cmif, "//tei:titleStmt/tei:editor/tei:email"));
        assertEquals(List.of("Letters. teikit"), values(cmif, "//tei:sourceDesc/tei:bibl/string()"),
                "documents that name no edition of their own are the CMIF's edition");
        assertEquals(List.of("#" + value(cmif, "//tei:bibl/@xml:id")), values(cmif, "distinct-values(//tei:correspDesc/@source)"));
    }

    @Test
    void documentsWithoutCorrespondentsAreReportedNotListed() throws Exception {
        CmifResult result = export(ExportFixtures.corpusDocuments(), OPTIONS);
        assertEquals(Map.of(
                "EXP-CMIF-001", List.of("04-editorial-note-no-footnotes/expected.xml", "07-heading-note-only/expected.xml",
                        "13-roman-page-numbers/expected.xml"),
                "EXP-CMIF-002", List.of("03-memcon-subject-participants/expected.xml", "12-table-participants/expected.xml")),
                byCode(result.notListed()));
        assertTrue(result.notListed().stream().allMatch(d -> d.position().line() > 0), "findings give the line");
    }

    @Test
    void realLettersOfOtherProjects(@TempDir Path dir) throws Exception {
        CmifResult result = export(ExportFixtures.sharedLetters(), OPTIONS);
        assertEquals(List.of(), ExportFixtures.validateCmif(result.cmif(), dir));
        assertEquals(Map.of(
                "EXP-CMIF-001", List.of("letters/frus-history_1957-03-21-kennan-to-leopold.xml"),
                "EXP-CMIF-003", List.of("letters/escher_K_0133_AE_an_Heer_Oswald_1836-10-12_1836-10-17.xml",
                        "letters/escher_K_5350_Welti_Emil_an_Escher_1872-09-09.xml")),
                byCode(result.notListed()), "Escher types the writer as \"addressee\" inside the sent action: not guessed");
        XdmNode cmif = ExportFixtures.parse(result.cmif());
        assertEquals(List.of("L00001", "L03000"), values(cmif, "//tei:correspDesc/@key/string()"));
        String schnitzler = letter("L00001");
        assertEquals("https://hdl.handle.net/21.11115/0000-000E-6B22-4", value(cmif, schnitzler + "/@ref"));
        assertEquals("Mamroth, Fedor", value(cmif, schnitzler + SENT + "/tei:persName"));
        assertEquals("https://d-nb.info/gnd/118609807/", value(cmif, schnitzler + RECEIVED + "/tei:persName/@ref"),
                "#pmb2121 followed to the listPerson entry's GND idno");
        assertEquals(List.of("1889-08-03", "1889-08-07", "conjecture"),
                values(cmif, schnitzler + RECEIVED + "/tei:date/(@notBefore, @notAfter, @evidence)/string()"));
        assertEquals("Arthur Schnitzler: Briefwechsel mit Autorinnen und Autoren. Austrian Centre for Digital Humanities, Vienna",
                value(cmif, "id(substring-after(" + schnitzler + "/@source, '#'))"));
        assertEquals(List.of("Mamroth, Fedor", "Frankfurt am Main", "Wien", "Reichenau an der Rax", "Salten, Felix", "Wien"),
                result.diagnostics("EXP-CMIF-008").stream().map(d -> d.message().substring(0, d.message().indexOf(": @ref"))).toList(),
                "pointers to entries without an authority idno are reported, the names written without @ref");
    }

    @Test
    void headerDerivedFromTheListedDocuments(@TempDir Path dir) throws Exception {
        CmifResult result = export(ExportFixtures.sharedLetters(), CmifOptions.defaults().withUrl("https://example.org/s.xml"));
        assertEquals(List.of(), ExportFixtures.validateCmif(result.cmif(), dir));
        XdmNode cmif = ExportFixtures.parse(result.cmif());
        assertEquals("Arthur Schnitzler: Briefwechsel mit Autorinnen und Autoren", value(cmif, "//tei:titleStmt/tei:title"),
                "the series title both listed documents share; Escher and frus-history are not listed");
        assertEquals(List.of("Austrian Centre for Digital Humanities"), values(cmif, "//tei:publicationStmt/tei:publisher/string()"));
        assertEquals(List.of("Müller, Martin Anton", "Susen, Gerd-Hermann", "Untner, Laura"),
                values(cmif, "//tei:titleStmt/tei:editor/string()"));
        assertEquals("2024-06-10", value(cmif, "//tei:publicationStmt/tei:date/@when"), "the latest revision, not the clock");
    }

    @Test
    void fixturesPartialDatesSeveralSendersNonLatinNames(@TempDir Path dir) throws Exception {
        CmifResult result = export(ExportFixtures.fixtures(), OPTIONS);
        assertEquals(List.of(), ExportFixtures.validateCmif(result.cmif(), dir));
        assertEquals(6, result.letters());
        XdmNode cmif = ExportFixtures.parse(result.cmif());
        assertEquals(List.of("ru-1880-03", "curie-1", "curie-2", "curie-3", "letter-a", "letter-b"),
                values(cmif, "//tei:correspDesc/@key/string()"), "input order, then document order; curie-3 by its xml:id");

        String russian = letter("ru-1880-03");
        assertEquals(List.of("Лев Николаевич Толстой", "Фёдор Михайлович Достоевский", "Императорская Академия наук"),
                values(cmif, russian + SENT + "/(tei:persName | tei:orgName)/string()"));
        assertEquals(List.of("https://d-nb.info/gnd/1234567890", "https://viaf.org/viaf/0000000001"),
                values(cmif, russian + SENT + "/tei:persName/@ref/string()"), "the local entry's VIAF idno, not its other idno");
        assertEquals(List.of("1880-03", "1880-04"), values(cmif, russian + SENT + "/tei:date/(@notBefore, @notAfter)/string()"));
        assertEquals("Unknown", value(cmif, russian + RECEIVED + "/tei:persName"), "no addressee: \"Unknown\", as CMIF asks");
        assertEquals("https://example.org/letters/ru-1880-03", value(cmif, russian + "/@ref"));

        assertEquals("1903-11", value(cmif, letter("curie-1") + SENT + "/tei:date/@when"));
        assertEquals("https://sws.geonames.org/2988507/", value(cmif, letter("curie-1") + SENT + "/tei:placeName/@ref"));
        assertEquals(List.of("1903-11-20", "low"), values(cmif, letter("curie-1") + RECEIVED + "/tei:date/(@notBefore, @cert)/string()"));
        assertEquals(List.of("1904-01-05"), values(cmif, letter("curie-2") + SENT + "/tei:date/@when/string()"));
        assertEquals(List.of("Royal Society"), values(cmif, letter("curie-2") + RECEIVED + "/tei:orgName/string()"));
        assertEquals(List.of("Unknown", "Sèvres", "1904"), values(cmif, letter("curie-3") + SENT + "/*/(@when, .)[.][1]/string()"));

        assertEquals(Map.of(
                "EXP-CMIF-004", List.of("export/several-senders.xml", "export/partial-dates.xml"),
                "EXP-CMIF-005", List.of("export/partial-dates.xml", "export/partial-dates.xml"),
                "EXP-CMIF-006", List.of("export/partial-dates.xml"),
                "EXP-CMIF-007", List.of("export/partial-dates.xml"),
                "EXP-CMIF-008", List.of("export/partial-dates.xml")), byCode(result.diagnostics()));
        assertEquals(List.of(), result.notListed());
    }

    @Test
    void requiredValuesAreRefusedNotInvented() throws Exception {
        CmifHeaderException missing = assertThrows(CmifHeaderException.class,
                () -> export(ExportFixtures.corpusDocuments(), CmifOptions.defaults()));
        assertEquals(List.of("title", "publisher", "editor", "url"), missing.missing());
        assertTrue(missing.getMessage().contains("no document can say it"), missing.getMessage());

        Path undated = ExportFixtures.corpusDocuments().get(13);
        assertEquals("14-memo-classification-omitted", undated.getParent().getFileName().toString());
        CmifHeaderException noDate = assertThrows(CmifHeaderException.class,
                () -> export(List.of(undated), OPTIONS.withDate(null)));
        assertEquals(List.of("date"), noDate.missing(), "an undated letter and no SOURCE_DATE_EPOCH: no date to state");
        assertThrows(IllegalArgumentException.class, () -> OPTIONS.withUrl("letters.xml"), "the URL must be absolute");
    }

    @Test
    void sameInputSameBytes() throws Exception {
        List<Path> files = new ArrayList<>(ExportFixtures.corpusDocuments());
        files.addAll(ExportFixtures.fixtures());
        CmifOptions derivedDate = OPTIONS.withDate(null);
        byte[] first = export(files, derivedDate).cmif();
        byte[] again = new Toolkit().cmifExporter().export(ExportFixtures.sources(files), derivedDate).cmif();
        assertArrayEquals(first, again, "a second toolkit, a second parse: the same bytes");
        assertEquals("2024-02-29", value(ExportFixtures.parse(first), "//tei:publicationStmt/tei:date/@when"),
                "the latest publication date of the documents");
    }
}
